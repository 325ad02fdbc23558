package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** table-list groups expand as pyxform 4.5.0 expands them; plain triggers get no bind. */
class TableListExpansionTest {

    private static final String FORM = """
            | survey |
            | | type | name | label | hint | appearance |
            | | begin_group | t | Table | shown above | table-list minimal |
            | | note | intro | Intro | | |
            | | select_one yn | a | A | | |
            | | select_one yn | b | B | | |
            | | end_group | | | | |
            | | trigger | ok | OK | | |
            | choices |
            | | list_name | name | label |
            | | yn | yes | Yes |
            """;

    @Test
    void groupLabelAndHintMoveToGeneratedNoteAndHeaderRowPrecedesFirstSelect() {
        CompileResult r = new XlsFormCompiler().compileMarkdown(FORM, "data");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        String x = r.xform();
        assertThat(x).contains("<group ref=\"/data/t\" appearance=\"field-list minimal\">")
                .contains("<input ref=\"/data/t/generated_table_list_label_2\">")
                .contains("<hint>shown above</hint>")
                .contains("ref=\"/data/t/reserved_name_for_field_list_labels_4\"")
                .contains("appearance=\"list-nolabel\"");
        assertThat(x.indexOf("reserved_name_for_field_list_labels_4\" appearance"))
                .isGreaterThan(x.indexOf("<input ref=\"/data/t/intro\""));
    }

    @Test
    void plainTriggerHasNoBindButAcknowledgeHasAStringBind() {
        String x = new XlsFormCompiler().compileMarkdown(FORM.replace("| | trigger | ok | OK | | |",
                "| | trigger | ok | OK | | |\n| | acknowledge | ack | Ack | | |"), "data").xform();
        assertThat(x).doesNotContain("nodeset=\"/data/ok\"").contains("nodeset=\"/data/ack\"");
    }
}
