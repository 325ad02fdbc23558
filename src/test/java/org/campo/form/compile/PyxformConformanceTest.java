package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Runs every markdown case of pyxform's test suite from the shared corpus and writes the
 * per-feature report to {@code <build dir>/forms-conformance/}. Skipped when the corpus is absent.
 * Cases whose own pyxform run failed (e.g. needing ODK Validate) and cases given as Python
 * structures rather than tables are not counted.
 */
class PyxformConformanceTest {
    /** The conformance reached; raise it as the compiler improves, never lower it. */
    static final double FLOOR = 0.98;

    @Test
    void markdownCasesConformToPyxform() throws Exception {
        Path corpus = CorpusLocation.sharedCorpus();
        assumeTrue(corpus != null, "shared corpus not available");
        List<PyxformCase> cases = PyxformCase.load(corpus.resolve("pyxform/md_cases/cases.jsonl"));
        PyxformCaseRunner runner = new PyxformCaseRunner();
        List<CaseOutcome> outcomes = new ArrayList<>();
        for (PyxformCase c : cases) {
            if (c.md() != null && c.authorsTestPassed()) {
                outcomes.add(runner.run(c));
            }
        }
        ConformanceReport report = new ConformanceReport(outcomes);
        report.write(CorpusLocation.reportDirectory());
        assertThat(report.inScopeRate())
                .as(String.format(Locale.ROOT, "in-scope pass rate (%d/%d)", report.inScopePassed(),
                        report.inScopeTotal()))
                .isGreaterThanOrEqualTo(FLOOR);
    }
}
