package org.campo.cli;

import java.lang.reflect.Constructor;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/**
 * Creates command objects for picocli, handing each the {@link CliEnvironment} when its
 * constructor asks for one. Constructor injection keeps commands free of statics, so tests
 * run them in-process with their own services and streams.
 */
final class CommandFactory implements IFactory {
    private final CliEnvironment env;
    private final IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(CliEnvironment env) {
        this.env = env;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
        Constructor<K> withEnv;
        try {
            withEnv = cls.getDeclaredConstructor(CliEnvironment.class);
        } catch (NoSuchMethodException e) {
            return fallback.create(cls);
        }
        withEnv.setAccessible(true);
        return withEnv.newInstance(env);
    }
}
