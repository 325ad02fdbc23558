package org.campo.form.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Stores parsed form definitions in JavaRosa's binary serialization, keyed by a hash of the XForm
 * text. Parsing a large form (hundreds of KB, hundreds of binds) takes seconds on a field laptop;
 * reading the serialized definition back takes a fraction of that. The key includes the engine
 * format, so a JavaRosa upgrade never reads stale bytes.
 */
public interface FormDefinitionCache {

    Optional<byte[]> get(String key);

    void put(String key, byte[] serializedDefinition);

    /** Keeps definitions for the life of the process. */
    static FormDefinitionCache inMemory() {
        ConcurrentHashMap<String, byte[]> map = new ConcurrentHashMap<>();
        return new FormDefinitionCache() {
            @Override
            public Optional<byte[]> get(String key) {
                return Optional.ofNullable(map.get(key)).map(byte[]::clone);
            }

            @Override
            public void put(String key, byte[] serializedDefinition) {
                map.put(key, serializedDefinition.clone());
            }
        };
    }

    /** Keeps definitions as files in a directory, surviving restarts. Failures to write only cost speed. */
    static FormDefinitionCache directory(Path directory) {
        Logger log = Logger.getLogger(FormDefinitionCache.class.getName());
        return new FormDefinitionCache() {
            @Override
            public Optional<byte[]> get(String key) {
                Path file = directory.resolve(key + ".formdef");
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllBytes(file));
                } catch (IOException e) {
                    log.log(Level.WARNING, "Cannot read cached form definition " + file, e);
                    return Optional.empty();
                }
            }

            @Override
            public void put(String key, byte[] serializedDefinition) {
                try {
                    Files.createDirectories(directory);
                    Path tmp = Files.createTempFile(directory, key, ".tmp");
                    Files.write(tmp, serializedDefinition);
                    Path target = directory.resolve(key + ".formdef");
                    try {
                        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                    } catch (AtomicMoveNotSupportedException e) {
                        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException | UncheckedIOException e) {
                    log.log(Level.WARNING, "Cannot cache form definition in " + directory, e);
                }
            }
        };
    }

    /** Never caches; every load parses. */
    static FormDefinitionCache none() {
        return new FormDefinitionCache() {
            @Override
            public Optional<byte[]> get(String key) {
                return Optional.empty();
            }

            @Override
            public void put(String key, byte[] serializedDefinition) {
            }
        };
    }
}
