package org.campo.demo;

import java.util.Random;

/**
 * What the demo contributors are asked to build.
 *
 * @param submissions how many synthetic flow monitoring surveys to generate; the four weeks of flow
 *                    counts and the handful of interviews come on top, so that even a small demo
 *                    shows every form
 * @param seed        seed for synthetic data, so a demo (or a benchmark) can be rebuilt identically
 */
public record DemoSettings(int submissions, long seed) {
    public DemoSettings {
        if (submissions < 0) {
            throw new IllegalArgumentException("submissions must not be negative");
        }
    }

    /** A fresh random source for one contributor; each gets the same sequence for the same seed. */
    public Random random() {
        return new Random(seed);
    }
}
