package org.campo.ui.triangulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.triangulation.MatrixColumn;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.TriangulationFixture;
import org.junit.jupiter.api.Test;

class TriangulationViewModelTest {
    private final Map<String, String> stored = new HashMap<>();
    private final TriangulationViewModel model = new TriangulationViewModel(TriangulationFixture::snapshot,
            new TriangulationViewModel.SummaryStore() {
                @Override
                public CellSummaries all() {
                    return new CellSummaries(stored);
                }

                @Override
                public void save(String codeId, String columnKey, String text) {
                    stored.put(CellSummaries.key(codeId, columnKey), text);
                }
            }, new SameThreadTaskExecutor());

    @Test
    void offersOnlyAttributesThatAreNotSensitiveAndStartsBySourceGroup() {
        model.load();
        assertThat(model.attributes()).containsExactly("source_group", "city");
        assertThat(model.firstAttributeProperty().get()).isEqualTo("source_group");
        assertThat(model.matrixProperty().get().columns()).hasSize(4);
    }

    @Test
    void selectingACellListsItsSegmentsAndSavingKeepsItsSummary() {
        model.load();
        model.select(0, 3); // Documentation × Migrant: m1's sub-code segments and m2's refused one
        assertThat(model.segments()).hasSize(3);
        assertThat(model.segments()).anySatisfy(s -> assertThat(s.code()).isEqualTo("Documentation/CPP not accepted"));
        model.summaryProperty().set("Migrants report the CPP refused.");
        model.saveSummary();
        assertThat(stored).containsValue("Migrants report the CPP refused.");
        assertThat(model.hasSummary(0, 3)).isTrue();
        assertThat(model.statusProperty().get().key()).isEqualTo("ui.triangulation.saved");
    }

    @Test
    void crossingTwoAttributesRebuildsTheMatrix() {
        model.load();
        model.secondAttributeProperty().set("city");
        assertThat(model.matrixProperty().get().attributes()).containsExactly("source_group", "city");
        assertThat(model.selectionProperty().get()).isNull();
    }

    @Test
    void groupsReadAsTheLabelsOfTheStoredValuesAndKeepTheirKeys() {
        AttributeDisplay spanish = new AttributeDisplay(Map.of("source_group", "Grupo de fuente", "city", "Ciudad"),
                Map.of("city", Map.of("Piura", "Piura (región)")));
        TriangulationViewModel labelled = new TriangulationViewModel(TriangulationFixture::snapshot,
                new TriangulationViewModel.SummaryStore() {
                    @Override
                    public CellSummaries all() {
                        return CellSummaries.NONE;
                    }

                    @Override
                    public void save(String codeId, String columnKey, String text) {
                    }
                }, new SameThreadTaskExecutor(), () -> spanish);
        labelled.load();
        labelled.firstAttributeProperty().set("city");

        assertThat(labelled.attributeName("source_group")).isEqualTo("Grupo de fuente");
        assertThat(labelled.matrixProperty().get().attributeNames()).containsExactly("Ciudad");
        assertThat(labelled.matrixProperty().get().columns()).extracting(MatrixColumn::label)
                .containsExactly("Lima", "Trujillo", "Piura (región)"); // no label: read as stored
        assertThat(labelled.matrixProperty().get().columns()).extracting(MatrixColumn::key)
                .containsExactly("city=Lima", "city=Trujillo", "city=Piura");
    }
}
