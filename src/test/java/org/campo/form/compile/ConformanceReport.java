package org.campo.form.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summarises case outcomes per pyxform test module (one module per XLSForm feature) and writes
 * the Markdown report plus a TSV of failures, so the figure in docs/forms-conformance.md can be
 * regenerated and checked.
 */
final class ConformanceReport {
    private final List<CaseOutcome> outcomes;

    ConformanceReport(List<CaseOutcome> outcomes) {
        this.outcomes = outcomes;
    }

    long inScopeTotal() {
        return outcomes.stream().filter(o -> ConformanceScope.inScope(o.testCase())).count();
    }

    long inScopePassed() {
        return outcomes.stream().filter(o -> ConformanceScope.inScope(o.testCase()) && o.passed()).count();
    }

    double inScopeRate() {
        return inScopeTotal() == 0 ? 1.0 : (double) inScopePassed() / inScopeTotal();
    }

    String markdown() {
        Map<String, long[]> byFeature = new TreeMap<>();
        Map<String, Long> excluded = new TreeMap<>();
        for (CaseOutcome o : outcomes) {
            if (ConformanceScope.EXCLUDED_CASES.containsKey(o.testCase().caseId())) {
                excluded.merge(o.testCase().feature(), 1L, Long::sum);
                continue;
            }
            long[] counts = byFeature.computeIfAbsent(o.testCase().feature(), k -> new long[2]);
            counts[0]++;
            if (o.passed()) {
                counts[1]++;
            }
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "In scope: %d/%d cases pass (%.1f%%)%n%n", inScopePassed(),
                inScopeTotal(), 100 * inScopeRate()));
        sb.append("| feature (pyxform test module) | passed | cases | rate | scope |\n|---|---:|---:|---:|---|\n");
        byFeature.forEach((feature, c) -> sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %.0f%% | %s |%n",
                feature, c[1], c[0], 100.0 * c[1] / c[0],
                ConformanceScope.OUT_OF_SCOPE.containsKey(feature) ? "out of scope"
                        : excluded.containsKey(feature) ? "in scope (" + excluded.get(feature) + " cases excluded)"
                        : "in scope")));
        if (!excluded.isEmpty()) {
            sb.append("\nCases excluded one by one (not counted above):\n\n");
            for (CaseOutcome o : outcomes) {
                String reason = ConformanceScope.EXCLUDED_CASES.get(o.testCase().caseId());
                if (reason != null) {
                    sb.append("- ").append(o.testCase().caseId()).append(o.passed() ? " (passes)" : " (fails)")
                            .append(": ").append(reason).append('\n');
                }
            }
        }
        return sb.toString();
    }

    String failuresTsv() {
        StringBuilder sb = new StringBuilder("case_id\treason\n");
        for (CaseOutcome o : outcomes) {
            if (!o.passed()) {
                sb.append(o.testCase().caseId()).append('\t')
                        .append(String.valueOf(o.reason()).replace('\n', ' ').replace('\t', ' ')).append('\n');
            }
        }
        return sb.toString();
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("md-cases.md"), markdown(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("md-cases-failures.tsv"), failuresTsv(), StandardCharsets.UTF_8);
    }
}
