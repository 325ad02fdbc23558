package org.campo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.campo.common.Messages;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.DailyFlow;
import org.campo.export.summary.FlowReport;
import org.campo.export.summary.PublishedTable;
import org.campo.export.summary.SummaryHeader;
import org.campo.export.summary.SummaryReport;
import org.campo.model.FormVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The closed question's answers at 1366x800, in Spanish: one labelled horizontal bar per
 * option with its count beside it, a suppressed count written out and never drawn, and a long
 * option label cut inside its column rather than squeezing the bars.
 */
class DashboardViewUiTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private static final String LONG = "Otro medio de transporte no mencionado en la lista anterior, por ejemplo una"
            + " embarcación fluvial o un camión de carga";

    @AfterEach
    void english() throws Exception {
        FxToolkit.cleanupStages();
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void eachOptionIsALabelledBarWithItsCountAndSuppressedCountsAreNotDrawn() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        FxToolkit.registerPrimaryStage();
        DashboardViewModel model = new DashboardViewModel(() -> List.of(form()), (o, p) -> report(),
                new SameThreadTaskExecutor());
        FxToolkit.setupStage(stage -> {
            stage.setScene(new javafx.scene.Scene(new DashboardView(model), 1166, 745));
            // the shared test stage may keep the size an earlier app window gave it
            stage.sizeToScene();
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        FxRobot robot = new FxRobot();

        assertThat(robot.lookup("#dashboard-option-0").queryAs(Label.class).getText()).isEqualTo("Bus");
        assertThat(robot.lookup("#dashboard-count-0").queryAs(Label.class).getText()).isEqualTo("1.234");
        assertThat(robot.lookup("#dashboard-count-1").queryAs(Label.class).getText())
                .isEqualTo(Messages.get("ui.dashboard.suppressed"));
        Label longOption = robot.lookup("#dashboard-option-3").queryAs(Label.class);
        assertThat(longOption.getWidth()).isLessThanOrEqualTo(360.5);
        assertThat(longOption.getTooltip().getText()).isEqualTo(LONG);
        List<Region> bars = robot.lookup(".dashboard-bar").queryAllAs(Region.class).stream().toList();
        assertThat(bars).hasSize(4);
        assertThat(bars.get(0).getWidth()).isGreaterThan(bars.get(2).getWidth()).isGreaterThan(100);
        assertThat(bars.get(1).getWidth()).as("a suppressed count is never drawn").isZero();
        assertThat(robot.lookup("#dashboard-question-chart").queryAs(Region.class).getWidth())
                .isLessThanOrEqualTo(1166);
    }

    private static FormVersion form() {
        return new FormVersion("f-v1", "campo_flow_monitoring_survey", "1", "0".repeat(64), "Encuesta", null, null,
                Instant.EPOCH);
    }

    private static SummaryReport report() {
        CountTable transport = CountTable.additive("transport", "Medio de transporte", "Medio de transporte", null,
                List.of("Bus", "A pie", "Taxi", LONG), List.of("n"), new long[][] {{1234}, {3}, {400}, {20}});
        FlowReport flow = new FlowReport(List.of(), List.of(
                new DailyFlow(DAY, "CEBAF-TUMBES", "CEBAF Tumbes", 30, 8, false, false)));
        SummaryHeader header = new SummaryHeader("Monitoreo", "campo_flow_monitoring_survey", "f", DAY, DAY, 1657, 5,
                false, "h", Instant.EPOCH);
        return new SummaryReport(header, List.of(PublishedTable.of(transport, 5)), List.of(), List.of(), flow, null,
                List.of());
    }
}
