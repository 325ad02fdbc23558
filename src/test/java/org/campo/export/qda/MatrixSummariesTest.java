package org.campo.export.qda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.campo.common.AccessDeniedException;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.MatrixSummaries;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cell summaries are kept encrypted in the study, reach the matrix exports, and are closed to the IRB role. */
class MatrixSummariesTest {
    private static final String SUMMARY = "Los migrantes describen el rechazo del carnet como habitual (resumen-7c2).";

    @TempDir
    Path dir;

    @Test
    void aSummaryIsSealedInTheFileAndReachesTheExport() throws Exception {
        try (AnalysedStudy s = new AnalysedStudy(dir)) {
            QdaExports exports = s.f.ctx.qdaExports(s.f.study);
            MatrixSummaries summaries = s.f.ctx.matrixSummaries(s.f.study);
            TriangulationMatrix m = exports.matrix(new MatrixRequest(List.of("source_group"), false));
            String migrants = m.columns().stream().filter(c -> c.label().equals("Migrant")).findFirst().orElseThrow()
                    .key();
            summaries.save(s.documentation.id(), migrants, SUMMARY);
            summaries.save(s.health.id(), migrants, "temporary");
            summaries.save(s.health.id(), migrants, "  ");

            assertThat(summaries.all().of(s.documentation.id(), migrants)).isEqualTo(SUMMARY);
            assertThat(summaries.all().byCell()).hasSize(1);
            Path xlsx = dir.resolve("matrix.xlsx");
            exports.exportMatrix(new MatrixRequest(List.of("source_group"), false), QdaFormat.XLSX, xlsx,
                    Locale.ENGLISH);
            assertThat(ExportedText.of(xlsx)).contains(SUMMARY);
        }
        byte[] raw = Files.readAllBytes(dir.resolve("lgbtqi.campo"));
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("resumen-7c2");
        assertThat(new String(raw, StandardCharsets.UTF_8)).doesNotContain("resumen-7c2");
    }

    @Test
    void theIrbRoleCannotReadSummaries() {
        try (AnalysedStudy s = new AnalysedStudy(dir)) {
            s.f.reopenAsIrb();
            assertThatThrownBy(() -> s.f.ctx.matrixSummaries(s.f.study).all())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
