package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;
import org.junit.jupiter.api.Test;

class FormSchemaTest {
    static final String FORM = String.join("\n",
            "| settings |",
            "| | form_id | version | default_language |",
            "| | flow | 1 | Español (es) |",
            "| survey |",
            "| | type | name | label::Español (es) | label::English (en) | bind::campo:sensitive | choice_filter | calculation |",
            "| | select_one country | country | País | Country | | | |",
            "| | select_one city | city | Ciudad | City | | country=${country} | |",
            "| | select_one yn | lgbt | ¿LGBTIQ+? | LGBTIQ+? | yes | | |",
            "| | begin repeat | member | Miembro | Member | | | |",
            "| | integer | age | Edad | Age | | | |",
            "| | end repeat | | | | | | |",
            "| | calculate | referral_flag | | | | | 1 |",
            "| choices |",
            "| | list_name | name | label::Español (es) | label::English (en) | country |",
            "| | country | pe | Perú | Peru | |",
            "| | country | ec | Ecuador | Ecuador | |",
            "| | city | tumbes | Tumbes | Tumbes | pe |",
            "| | city | quito | Quito | Quito | ec |",
            "| | yn | yes | Sí | Yes | |",
            "| | yn | no | No | No | |");

    @Test
    void describesVariablesRepeatsLabelsAndEveryChoice() {
        CompileResult compiled = new XlsFormCompiler().compileMarkdown(FORM, "data");
        assertThat(compiled.errors()).isEmpty();
        FormDefinition def = new FormLoader(FormDefinitionCache.none()).load(compiled.xform());
        FormSchema schema = def.schema();

        FieldSchema country = schema.field("/data/country").orElseThrow();
        assertThat(country.kind()).isEqualTo(FieldKind.SELECT_ONE);
        assertThat(country.label("English (en)")).isEqualTo("Country");
        assertThat(country.choices()).extracting(FieldSchema.ChoiceSchema::value).containsExactly("pe", "ec");

        FieldSchema city = schema.field("/data/city").orElseThrow();
        assertThat(city.choices()).extracting(c -> c.label("Español (es)")).containsExactly("Tumbes", "Quito");

        assertThat(schema.field("/data/lgbt").orElseThrow().sensitive()).isTrue();
        assertThat(schema.repeats()).containsKey("/data/member");
        assertThat(schema.field("/data/member/age").orElseThrow().repeatPath()).isEqualTo("/data/member");
        assertThat(schema.field("/data/referral_flag")).isPresent();
        assertThat(schema.fieldsOf(null)).extracting(FieldSchema::name).contains("country", "city", "referral_flag");
    }

    @Test
    void calculationsAndMetadataKeepTheirTranslatedLabelsForExports() {
        CompileResult compiled = new XlsFormCompiler().compileMarkdown(String.join("\n",
                "| survey |",
                "| | type | name | label::English (en) | label::French (fr) | calculation |",
                "| | integer | n | Number | Nombre | |",
                "| | calculate | twice | Twice the number | Deux fois | ${n} * 2 |",
                "| | start | began | Started at | Commencé à | |",
                "| | calculate | unlabelled | | | 1 |"), "data");
        FormSchema schema = new FormLoader(FormDefinitionCache.none()).load(compiled.xform()).schema();

        assertThat(schema.field("/data/twice").orElseThrow().labels())
                .containsEntry("English (en)", "Twice the number").containsEntry("French (fr)", "Deux fois");
        assertThat(schema.field("/data/began").orElseThrow().label("French (fr)")).isEqualTo("Commencé à");
        assertThat(schema.field("/data/unlabelled").orElseThrow().labels()).isEmpty();
    }
}
