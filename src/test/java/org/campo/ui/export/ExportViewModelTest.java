package org.campo.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.campo.app.AppContext;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.export.dataset.DatasetFormat;
import org.campo.export.summary.SummaryFormat;
import org.campo.study.OpenStudy;
import org.campo.model.Role;
import org.campo.ui.common.MutableClock;
import org.campo.ui.common.ScriptedDialogService;
import org.campo.ui.common.TestStudies;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportViewModelTest {
    @TempDir
    Path tmp;
    OpenStudy study;
    AppContext ctx;
    ScriptedDialogService dialogs = new ScriptedDialogService();
    ExportViewModel model;

    @BeforeEach
    void setUp() {
        Messages.setLocale(Locale.ENGLISH);
        ctx = TestStudies.context(tmp.resolve("home"), MutableClock.startingNow());
        study = ctx.studies().create(tmp.resolve("s.campo"), "Monitoreo Tumbes", "ana", Role.COORDINATOR,
                TestStudies.PASSPHRASE.toCharArray()).study();
        ctx.forms(study).importWorkbook(Path.of("forms/flow-monitoring-survey.xlsx"));
        model = new ExportViewModel(study, ctx.forms(study), ctx.datasets(study), ctx.summaries(study),
                new SameThreadTaskExecutor(), dialogs);
        model.load();
    }

    @AfterEach
    void tearDown() {
        study.lock();
    }

    @Test
    void theFirstFormIsChosenWithSafeDefaultsAndItsClosedQuestionsToCrossBy() {
        assertThat(model.formChoices()).hasSize(1);
        ExportForm form = model.formProperty().get();
        assertThat(form.formId()).isEqualTo("campo_flow_monitoring_survey");
        assertThat(form.closedQuestions()).isNotEmpty().noneMatch(f -> f.sensitive());
        assertThat(model.dataset().includeSensitiveProperty().get()).isFalse();
        assertThat(model.dataset().includeDraftsProperty().get()).isFalse();
        assertThat(model.summary().minCellProperty().get()).isEqualTo(5);
        assertThat(model.canIncludeSensitive()).isTrue();
    }

    @Test
    void aCancelledFolderChoiceExportsNothing() {
        dialogs.cancellingChooser();
        assertThat(model.exportDataset()).isFalse();
        assertThat(model.outcomeProperty().get()).isNull();
    }

    @Test
    void aDatasetIsWrittenIntoTheChosenFolderAndReportsTheFiles() throws Exception {
        Path out = Files.createDirectory(tmp.resolve("out"));
        model.dataset().formatProperty().set(DatasetFormat.XLSX);
        dialogs.choosing(out);

        assertThat(model.exportDataset()).isTrue();

        ExportOutcome outcome = model.outcomeProperty().get();
        assertThat(outcome.files()).isNotEmpty().allSatisfy(f -> assertThat(f).exists());
        assertThat(outcome.files()).anySatisfy(f -> assertThat(f.toString()).endsWith(".xlsx"));
        assertThat(outcome.submissions()).isZero();
        assertThat(outcome.sensitiveOmitted()).isEqualTo(model.formProperty().get().hasSensitive());
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aSummaryIsWrittenToTheChosenFileWithTheChosenThreshold() {
        Path file = tmp.resolve("resumen.pdf");
        model.summary().formatProperty().set(SummaryFormat.PDF);
        model.summary().minCellProperty().set(10);
        dialogs.choosing(file);

        assertThat(model.exportSummary()).isTrue();

        assertThat(model.outcomeProperty().get().files()).containsExactly(file);
        assertThat(file).exists();
        assertThat(study.audit().entries(0, 1000).stream().map(Object::toString))
                .anyMatch(line -> line.contains("minCell=10"));
    }
}
