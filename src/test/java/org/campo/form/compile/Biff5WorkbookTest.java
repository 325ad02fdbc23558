package org.campo.form.compile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

/** Old .xls files in the Excel 5.0/95 format (BIFF5), which pyxform reads, compile in Campo. */
class Biff5WorkbookTest {

    static byte[] form() throws Exception {
        return new Biff5Writer()
                .row("survey", "type", "name", "label::English (en)", "label::Français (fr)", "constraint")
                .row("survey", "select_one yn", "consent", "Do you agree?", "Êtes-vous d'accord ?")
                .row("survey", "integer", "age", "Age", "Âge", ". < 120")
                .row("survey", "integer", "rooms", "Rooms", "Pièces", ". <= 20")
                .row("choices", "list_name", "name", "label::English (en)", "label::Français (fr)")
                .row("choices", "yn", "yes", "Yes", "Oui")
                .row("choices", "yn", 0, "No", "Non")
                .row("settings", "form_id", "version")
                .row("settings", "old_tool", 1995)
                .bytes();
    }

    @Test
    void anExcel95WorkbookCompilesWithItsTextsNumbersAndAccents() throws Exception {
        CompileResult r = new XlsFormCompiler().compile(new ByteArrayInputStream(form()), "old_tool.xls");

        assertThat(r.errors()).isEmpty();
        assertThat(r.formId()).isEqualTo("old_tool");
        assertThat(r.version()).isEqualTo("1995");
        XFormAssertions x = new XFormAssertions(r.xform());
        assertThat(x.values("//x:translation[@lang='Français (fr)']/x:text[@id='/data/age:label']/x:value/text()"))
                .containsExactly("Âge");
        assertThat(x.count("//x:bind[@nodeset='/data/rooms' and @constraint='. <= 20']")).isEqualTo(1);
        assertThat(x.values("//x:instance[@id='yn']/x:root/x:item/x:name/text()")).containsExactlyInAnyOrder("yes", "0");
    }
}
