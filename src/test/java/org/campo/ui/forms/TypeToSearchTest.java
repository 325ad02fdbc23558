package org.campo.ui.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypeToSearchTest {
    private static final List<String> STATES = List.of("Amazonas", "Anzoátegui", "Apure", "Aragua", "Barinas",
            "Bolívar", "Carabobo", "Cojedes", "Delta Amacuro", "Distrito Capital", "Falcón", "Guárico", "Mérida",
            "Nueva Esparta", "Táchira", "Zulia", "Dependencias Federales");
    private long now;
    private final TypeToSearch search = new TypeToSearch(() -> now);

    private int type(String text) {
        for (char c : text.toCharArray()) {
            search.take(c);
        }
        return search.find(STATES);
    }

    @Test
    void lettersFindTheOptionStartingWithThemIgnoringAccents() {
        assertThat(STATES.get(type("tach"))).isEqualTo("Táchira");
    }

    @Test
    void aWordInsideTheLabelIsFoundWhenNoLabelStartsWithIt() {
        assertThat(STATES.get(type("capital"))).isEqualTo("Distrito Capital");
        now += TypeToSearch.RESET_NANOS + 1;
        assertThat(STATES.get(type("federal"))).isEqualTo("Dependencias Federales");
    }

    @Test
    void aPauseStartsANewSearchAndDigitsAloneAreNotTaken() {
        assertThat(search.take('3')).isFalse();
        assertThat(STATES.get(type("zu"))).isEqualTo("Zulia");
        now += TypeToSearch.RESET_NANOS + 1;
        assertThat(STATES.get(type("me"))).isEqualTo("Mérida");
        assertThat(search.text()).isEqualTo("me");
    }

    @Test
    void nothingMatchingFindsNothing() {
        assertThat(type("xyz")).isEqualTo(-1);
    }
}
