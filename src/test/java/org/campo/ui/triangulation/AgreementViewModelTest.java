package org.campo.ui.triangulation;

import static org.assertj.core.api.Assertions.assertThat;

import org.campo.common.SameThreadTaskExecutor;
import org.campo.qda.QdaFixture;
import org.junit.jupiter.api.Test;

class AgreementViewModelTest {

    @Test
    void comparesTwoCodersAndPutsEachDifferenceInTheColumnOfWhoCodedIt() {
        String text = QdaFixture.text(1000);
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto").code("x", null, "Documentation")
                .source("s1", null, text);
        f.coding("s1", "x", "a", 0, 150).coding("s1", "x", "b", 100, 200);
        AgreementViewModel model = new AgreementViewModel(f::snapshot, new SameThreadTaskExecutor());

        model.load();
        model.compare();

        assertThat(model.codes()).hasSize(2);
        assertThat(model.codes().get(0).code()).isEqualTo("Documentation");
        assertThat(model.codes().get(0).kappa()).isBetween(0.318, 0.3182);
        assertThat(model.codes().get(1).overall()).isTrue();
        assertThat(model.differences()).hasSize(2);
        assertThat(model.differences().get(0).onlyFirst()).isEqualTo(text.substring(0, 100));
        assertThat(model.differences().get(0).onlySecond()).isEmpty();
        assertThat(model.differences().get(1).onlySecond()).isEqualTo(text.substring(150, 200));
        assertThat(model.statusProperty().get().key()).isEqualTo("ui.agreement.compared");
    }
}
