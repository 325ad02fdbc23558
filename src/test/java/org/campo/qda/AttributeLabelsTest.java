package org.campo.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FieldSchema.ChoiceSchema;
import org.campo.form.runtime.FormSchema;
import org.junit.jupiter.api.Test;

/** Case attributes read as the interview form's option labels in the language asked for. */
class AttributeLabelsTest {
    private static final String ES = "Español (es)";
    private static final String EN = "English (en)";

    private static FieldSchema select(String name, FieldKind kind, String es, String en, ChoiceSchema... choices) {
        return new FieldSchema("/data/" + name, name, kind, Map.of(ES, es, EN, en), List.of(choices), null, false, false);
    }

    private static ChoiceSchema choice(String value, String es, String en) {
        return new ChoiceSchema(value, Map.of(ES, es, EN, en));
    }

    private static final FormSchema INTERVIEW = new FormSchema("ki", "Entrevista", List.of(ES, EN), "/data", List.of(
            select("sector", FieldKind.SELECT_ONE, "Sector", "Sector",
                    choice("government", "Gobierno", "Government"),
                    choice("international", "Cooperación internacional", "International cooperation")),
            select("city", FieldKind.SELECT_ONE, "Ciudad", "City", choice("tumbes", "Tumbes", "Tumbes")),
            select("languages", FieldKind.SELECT_MULTIPLE, "Idiomas que habla", "Languages spoken",
                    choice("es", "Español", "Spanish"), choice("wayuu", "Wayuunaiki", "Wayuunaiki"))), Map.of());

    @Test
    void storedOptionNamesReadAsTheFormsLabelsInTheLanguageAsked() {
        AttributeDisplay es = AttributeLabels.of(List.of(INTERVIEW), new Locale("es"));
        AttributeDisplay en = AttributeLabels.of(List.of(INTERVIEW), Locale.ENGLISH);

        assertThat(es.value("source_group", "international")).isEqualTo("Cooperación internacional");
        assertThat(en.value("source_group", "international")).isEqualTo("International cooperation");
        assertThat(es.value("city", "tumbes")).isEqualTo("Tumbes");
        assertThat(es.name("source_group")).isEqualTo("Grupo de fuente");
        assertThat(en.name("city")).isEqualTo("City");
        assertThat(es.value("source_group", "migrant")).isEqualTo("Personas migrantes");
        assertThat(en.value("interview", "key_informant")).isEqualTo("Key informant");
        // Another question of the form: titled by its label.
        assertThat(en.name("languages")).isEqualTo("Languages spoken");
        assertThat(es.value("languages", "es wayuu")).isEqualTo("Español, Wayuunaiki");
    }

    @Test
    void aValueWithNoKnownLabelReadsAsStored() {
        AttributeDisplay es = AttributeLabels.of(List.of(INTERVIEW), new Locale("es"));

        assertThat(es.value("city", "Sullana")).isEqualTo("Sullana"); // an answer in the participant's words
        assertThat(es.value("languages", "es quechua")).isEqualTo("es quechua"); // not every option is known
        assertThat(es.value("role", "coordinadora")).isEqualTo("coordinadora"); // typed by hand
        assertThat(es.name("role")).isEqualTo("role");
        assertThat(AttributeDisplay.STORED.value("source_group", "government")).isEqualTo("government");
    }

    @Test
    void aLabelTypedInAFilterFindsTheStoredOptionName() {
        AttributeDisplay es = AttributeLabels.of(List.of(INTERVIEW), new Locale("es"));

        assertThat(es.storedValueOf("source_group", "cooperacion internacional")).isEqualTo("international");
        assertThat(es.storedValueOf("source_group", "government")).isEqualTo("government");
    }
}
