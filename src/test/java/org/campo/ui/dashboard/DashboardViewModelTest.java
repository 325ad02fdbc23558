package org.campo.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.export.summary.CountTable;
import org.campo.export.summary.DailyFlow;
import org.campo.export.summary.FlowReport;
import org.campo.export.summary.PublishedTable;
import org.campo.export.summary.SummaryHeader;
import org.campo.export.summary.SummaryOptions;
import org.campo.export.summary.SummaryReport;
import org.campo.model.FormVersion;
import org.junit.jupiter.api.Test;

class DashboardViewModelTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 2);
    private final List<SummaryOptions> asked = new ArrayList<>();

    @Test
    void theFlowCountOpensFirstAndSuppressedCountsHaveNoValue() {
        DashboardViewModel model = new DashboardViewModel(
                () -> List.of(form("campo_flow_monitoring_survey"), form("campo_flow_count")),
                (options, progress) -> {
                    asked.add(options);
                    return report(options.formId());
                }, new SameThreadTaskExecutor());

        model.load();

        assertThat(model.formProperty().get().formId()).isEqualTo("campo_flow_count");
        assertThat(asked).singleElement().satisfies(o -> assertThat(o.minCell()).isEqualTo(5));
        assertThat(model.points()).containsExactly("CEBAF-TUMBES", "DESAGUADERO");
        assertThat(model.dailyFlow()).containsExactly(new DayFlow(DAY, 30L, 8L, 22L));
        model.pointProperty().set("DESAGUADERO");
        assertThat(model.dailyFlow()).singleElement()
                .satisfies(d -> {
                    assertThat(d.entries()).isNull();
                    assertThat(d.exits()).isEqualTo(6L);
                    assertThat(d.net()).as("net would give the hidden entries back").isNull();
                });

        assertThat(model.frequencies()).containsExactly(new Bar("Bus", 12L), new Bar("On foot", null),
                new Bar("Taxi", null));
        assertThat(model.minCell()).isEqualTo(5);
    }

    @Test
    void aStudyWithoutFormsShowsNothing() {
        DashboardViewModel model = new DashboardViewModel(List::of, (o, p) -> {
            throw new AssertionError("nothing to count");
        }, new SameThreadTaskExecutor());
        model.load();
        assertThat(model.dailyFlow()).isEmpty();
        assertThat(model.frequencies()).isEmpty();
    }

    private static FormVersion form(String id) {
        return new FormVersion(id + "-v1", id, "1", "0".repeat(64), id, null, null, Instant.EPOCH);
    }

    private static SummaryReport report(String formId) {
        CountTable transport = CountTable.additive("transport", "Transport", "Transport", null,
                List.of("Bus", "On foot", "Taxi"), List.of("n"), new long[][] {{12}, {3}, {2}});
        PublishedTable published = PublishedTable.of(transport, 5);
        FlowReport flow = new FlowReport(List.of(), List.of(
                new DailyFlow(DAY, "CEBAF-TUMBES", "CEBAF Tumbes", 30, 8, false, false),
                new DailyFlow(DAY, "DESAGUADERO", "Desaguadero", 2, 6, true, false)));
        SummaryHeader header = new SummaryHeader("Monitoreo", formId, formId, DAY, DAY, 40, 5, false, "h",
                Instant.EPOCH);
        return new SummaryReport(header, List.of(published), List.of(), List.of(), flow, null, List.of());
    }
}
