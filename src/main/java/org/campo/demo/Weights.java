package org.campo.demo;

import java.util.Random;

/**
 * A discrete distribution over answer codes, written the way field reports give them
 * ("86% Venezuelan, 6% Colombian …"), so synthetic data has the skew of real flow data instead
 * of the uniform spread a plain random pick would give.
 */
final class Weights {
    private final String[] values;
    private final double[] cumulative;

    private Weights(String[] values, double[] cumulative) {
        this.values = values;
        this.cumulative = cumulative;
    }

    /** Alternating value and weight: {@code of("venezuelan", 86, "colombian", 6)}. */
    static Weights of(Object... valueWeightPairs) {
        if (valueWeightPairs.length == 0 || valueWeightPairs.length % 2 != 0) {
            throw new IllegalArgumentException("expected value, weight pairs");
        }
        int n = valueWeightPairs.length / 2;
        String[] values = new String[n];
        double[] cumulative = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            values[i] = (String) valueWeightPairs[2 * i];
            total += ((Number) valueWeightPairs[2 * i + 1]).doubleValue();
            cumulative[i] = total;
        }
        for (int i = 0; i < n; i++) {
            cumulative[i] /= total;
        }
        return new Weights(values, cumulative);
    }

    String draw(Random random) {
        double u = random.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
