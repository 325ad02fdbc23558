package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus's core set of workbooks must compile to XForms equivalent to pyxform's. */
class RecommendedPairsTest {

    @Test
    void recommendedPairsMatchPyxform() throws Exception {
        Path corpus = CorpusLocation.sharedCorpus();
        assumeTrue(corpus != null, "shared corpus not available");
        List<String> failures = new ArrayList<>();
        StringBuilder report = new StringBuilder("id\tresult\n");
        for (RecommendedPairs.Pair pair : RecommendedPairs.load(corpus)) {
            RecommendedPairs.Outcome o = RecommendedPairs.check(pair);
            report.append(pair.id()).append('\t').append(o.passed() ? "pass" : o.difference()).append('\n');
            if (!o.passed()) {
                failures.add(pair.id());
            }
        }
        Path dir = CorpusLocation.reportDirectory();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("recommended-pairs.tsv"), report.toString(), StandardCharsets.UTF_8);
        assertThat(failures).as("pairs differing from pyxform (details in recommended-pairs.tsv)")
                .isSubsetOf(KnownGaps.RECOMMENDED_PAIRS);
    }
}
