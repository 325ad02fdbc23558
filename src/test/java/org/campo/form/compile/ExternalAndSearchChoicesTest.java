package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** External choices become pyxform's itemsets.csv; search() selects keep their choices inline. */
class ExternalAndSearchChoicesTest {

    @Test
    void externalChoicesSheetBecomesItemsetsCsvWithShortRows() {
        String md = """
                | survey |
                | | type | name | label |
                | | select_one states | state | State |
                | | select_one_external counties | county | County |
                | choices |
                | | list_name | name | label |
                | | states | texas | Texas |
                | external_choices |
                | | list_name | name | label | state |
                | | counties | king | King | texas |
                | | other | x | "X" |  |
                """;
        CompileResult r = new XlsFormCompiler().compileMarkdown(md, "data");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.itemsetsCsv()).isEqualTo("\"list_name\",\"name\",\"label\",\"state\"\r\n"
                + "\"counties\",\"king\",\"King\",\"texas\"\r\n"
                + "\"other\",\"x\",\"\"\"X\"\"\"\r\n");
    }

    @Test
    void formWithoutExternalChoicesHasNoItemsetsCsv() {
        CompileResult r = new XlsFormCompiler().compileMarkdown("""
                | survey |
                | | type | name | label |
                | | text | q | Q |
                """, "data");
        assertThat(r.itemsetsCsv()).isNull();
    }

    @Test
    void searchAppearanceWritesInlineItemsAndNoSecondaryInstance() {
        CompileResult r = new XlsFormCompiler().compileMarkdown("""
                | survey |
                | | type | name | label | appearance |
                | | select_one fruits | fruit | Fruit | search('fruits') |
                | choices |
                | | list_name | name | label |
                | | fruits | name_key | name |
                """, "data");
        assertThat(r.ok()).as(r.errors().toString()).isTrue();
        assertThat(r.xform()).contains("<item>").contains("<value>name_key</value>")
                .doesNotContain("instance id=\"fruits\"").doesNotContain("<itemset");
    }
}
