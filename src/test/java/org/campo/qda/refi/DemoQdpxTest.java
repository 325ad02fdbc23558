package org.campo.qda.refi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.campo.app.AppContext;
import org.campo.consent.ConsentFixture;
import org.campo.demo.DemoStudy;
import org.campo.qda.QdaSnapshot;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The demo study's analysis as a REFI-QDA project: valid in every mode, and the same after a round trip. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoQdpxTest {
    Path dir;
    AppContext ctx;
    OpenStudy demo;

    @BeforeAll
    void createDemo(@TempDir Path tmp) {
        dir = tmp;
        ctx = TestApp.context(dir.resolve("home"));
        demo = DemoStudy.create(ctx, dir.resolve("demo.campo"), DemoStudy.DEFAULT_PASSPHRASE.toCharArray(), 10);
    }

    @AfterAll
    void close() {
        demo.close();
    }

    @Test
    void everyExportOfTheDemoValidatesAndABrokenOneDoesNot() throws Exception {
        QdaSnapshot snapshot = ctx.refi(demo).snapshot();
        assertThat(snapshot.sources()).isNotEmpty();
        assertThat(snapshot.codings()).isNotEmpty();
        for (LineEndings endings : LineEndings.values()) {
            for (boolean sensitive : new boolean[] {false, true}) {
                Path file = dir.resolve("demo-" + endings + sensitive + ".qdpx");
                ctx.refi(demo).exportProject(file, QdpxExporter.Options.defaults().withLineEndings(endings)
                        .withSensitive(sensitive));
                byte[] qde = RefiFixtures.unzip(file).get("project.qde");
                assertThat(ProjectSchema.validate(qde)).as(file.toString()).isEmpty();
                String broken = new String(qde, StandardCharsets.UTF_8)
                        .replaceFirst("<PlainTextSelection ", "<PlainTextSelection startPosition=\"x\" ")
                        .replaceFirst("startPosition=\"x\" (.*?)startPosition=\"\\d+\"", "startPosition=\"x\" $1");
                assertThat(ProjectSchema.validate(broken.getBytes(StandardCharsets.UTF_8))).isNotEmpty();
            }
        }
    }

    @Test
    void importingTheDemosProjectTwiceAddsNothingTheSecondTimeAndTheReportSaysWhy() throws Exception {
        Path file = dir.resolve("twice.qdpx");
        ctx.refi(demo).exportProject(file, QdpxExporter.Options.defaults());
        try (ConsentFixture empty = new ConsentFixture(Files.createDirectories(dir.resolve("twice")))) {
            RefiService refi = empty.ctx.refi(empty.study);
            refi.importProject(file);
            QdaSnapshot once = refi.snapshot();

            ImportPlan second = refi.importProject(file);

            QdaSnapshot twice = refi.snapshot();
            assertThat(second.sources()).isEmpty();
            assertThat(second.codings()).isEmpty();
            assertThat(second.isEmpty()).isTrue();
            assertThat(twice.sources()).hasSameSizeAs(once.sources()).hasSameSizeAs(ctx.refi(demo).snapshot().sources());
            assertThat(twice.codings()).hasSameSizeAs(once.codings());
            assertThat(twice.memos()).hasSameSizeAs(once.memos());
            assertThat(second.report().of(RefiReport.Kind.LOST))
                    .filteredOn(e -> e.key().equals("refi.import.sourceAlreadyThere")).hasSameSizeAs(once.sources())
                    .allSatisfy(e -> assertThat(e.text(java.util.Locale.ENGLISH))
                            .contains("is already in the study (imported before): not imported again")
                            .endsWith("none is added."));
        }
    }

    @Test
    void exportTheDemoImportIntoAnEmptyStudyExportAgain() throws Exception {
        for (LineEndings endings : LineEndings.values()) {
            QdpxExporter.Options options = QdpxExporter.Options.defaults().withLineEndings(endings).withSensitive(true);
            Path first = dir.resolve("first-" + endings + ".qdpx");
            ctx.refi(demo).exportProject(first, options);
            try (ConsentFixture empty = new ConsentFixture(Files.createDirectories(dir.resolve("empty-" + endings)))) {
                RefiService refi = empty.ctx.refi(empty.study);
                ImportPlan plan = refi.importProject(first);
                assertThat(plan.report().has("refi.import.positionOutside")).isFalse();
                QdaSnapshot imported = refi.snapshot();
                QdaSnapshot original = ctx.refi(demo).snapshot();
                assertThat(imported.sources()).hasSameSizeAs(original.sources());
                assertThat(imported.codings()).hasSameSizeAs(original.codings());
                Path second = dir.resolve("second-" + endings + ".qdpx");
                refi.exportProject(second, options);
                var canonical = QdpxRoundTripTest.canonical(first);
                assertThat(canonical).containsKeys("texts", "codes", "codings", "cases", "variables", "sets");
                assertThat(QdpxRoundTripTest.canonical(second)).isEqualTo(canonical);
            }
        }
    }
}
