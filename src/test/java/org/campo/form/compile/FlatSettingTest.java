package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code flat} setting removes groups from the instance and from paths, as pyxform 4.5.0 does. */
class FlatSettingTest {

    private static final String FORM = """
            | survey |
            | | type | name | label | relevant | appearance |
            | | text | first | First | | |
            | | begin_group | outer | Outer | ${first} != '' | |
            | | text | a | A | | |
            | | begin_group | inner | | | field-list |
            | | text | b | B ${a} | ${a} = 'x' | |
            | | end_group | | | | |
            | | end_group | | | | |
            | | text | last | Last | | |
            | settings |
            | | form_id | flat |
            | | f | 1 |
            """;

    @Test
    void groupsLeaveTheInstanceAndPathsAndPassTheirRelevantDown() {
        CompileResult r = new XlsFormCompiler().compileMarkdown(FORM, "data");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        String x = r.xform();
        assertThat(x).contains("<first/>", "<a/>", "<b/>", "<last/>")
                .doesNotContain("<outer>", "<inner>", "/data/outer", "/data/inner");
        assertThat(x).containsPattern("<bind nodeset=\"/data/a\"[^>]*relevant=\" /data/first  != ''\"")
                .containsPattern("<bind nodeset=\"/data/b\"[^>]*relevant=\" /data/first  != '' and "
                        + "\\( /data/a  = 'x'\\)\"")
                .doesNotContainPattern("<bind nodeset=\"/data/last\"[^>]*relevant")
                .doesNotContain("<bind nodeset=\"/data\"");
        assertThat(x).contains("<group>", "<group appearance=\"field-list\">")
                .contains("<label>Outer</label>")
                .contains("<output value=\" /data/a \"/>");
    }

    @Test
    void withoutTheSettingGroupsKeepTheirNodes() {
        String x = new XlsFormCompiler().compileMarkdown(FORM.replace("| | f | 1 |", "| | f | |"), "data").xform();
        assertThat(x).contains("<group ref=\"/data/outer\">", "nodeset=\"/data/outer/inner/b\"")
                .containsPattern("<bind nodeset=\"/data/outer\"[^>]*relevant");
    }
}
