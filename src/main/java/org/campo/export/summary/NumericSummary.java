package org.campo.export.summary;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * n, mean, median, minimum and maximum of a number question. The minimum and maximum are one
 * person's own answer, so with fewer than {@code minCell} answers everything but n is withheld.
 */
public record NumericSummary(String name, String label, long n, double mean, double median, double min, double max,
                             boolean suppressed) {

    public static NumericSummary of(String name, String label, List<SummaryRecord> records, int minCell) {
        List<Double> xs = new ArrayList<>();
        for (SummaryRecord r : records) {
            String v = r.value(name);
            if (!v.isEmpty()) {
                try {
                    xs.add(Double.parseDouble(v));
                } catch (NumberFormatException ignored) {
                    // not a number: not counted
                }
            }
        }
        if (xs.isEmpty() || xs.size() < minCell) {
            return new NumericSummary(name, label, xs.size(), Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                    !xs.isEmpty());
        }
        Collections.sort(xs);
        int n = xs.size();
        double sum = 0;
        for (double x : xs) {
            sum += x;
        }
        double median = n % 2 == 1 ? xs.get(n / 2) : (xs.get(n / 2 - 1) + xs.get(n / 2)) / 2;
        return new NumericSummary(name, label, n, sum / n, median, xs.get(0), xs.get(n - 1), false);
    }

    public boolean hasValues() {
        return n > 0 && !suppressed;
    }
}
