package org.campo.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.campo.collect.ImportOutcome;
import org.campo.common.AppDirectories;
import org.campo.consent.ConsentServices;
import org.campo.crypto.KdfParameters;
import org.campo.form.compile.CompileMessage;
import org.campo.model.Role;
import org.campo.study.OpenStudy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kobo tools name their language columns without codes ({@code label::English}); their consent still records. */
class ScreeningConsentLanguagesTest {
    @TempDir
    Path tmp;
    private AppContext ctx;
    private OpenStudy study;

    @BeforeEach
    void open() {
        ctx = new AppContext(new AppDirectories(tmp.resolve("home")), Clock.systemUTC(), new KdfParameters(8192, 1, 1));
        study = ctx.studies().create(tmp.resolve("s.campo"), "Needs", "ana", Role.COORDINATOR,
                "correct horse battery".toCharArray()).study();
    }

    @AfterEach
    void lock() {
        study.lock();
    }

    private static String form(String lang1, String lang2) {
        return String.join("\n",
                "| settings |",
                "| | form_id | version | form_title |",
                "| | msna | 1 | Needs assessment |",
                "| survey |",
                "| | type | name | label::" + lang1 + " | label::" + lang2 + " |",
                "| | select_one yn | consent | Do you agree to take part? | Acceptez-vous de participer ? |",
                "| | text | village | Village | Village |",
                "| choices |",
                "| | list_name | name | label::" + lang1 + " | label::" + lang2 + " |",
                "| | yn | yes | Yes | Oui |",
                "| | yn | no | No | Non |");
    }

    @Test
    void languageNamesWithoutCodesBecomeConsentScriptsInThoseLanguages() {
        ImportOutcome outcome = ctx.forms(study)
                .importWorkbook(form("English", "french").getBytes(StandardCharsets.UTF_8), "msna.md");

        assertThat(outcome.warnings()).extracting(CompileMessage::key).doesNotContain("collect.screeningScriptSkipped");
        ConsentServices consent = ctx.consent(study);
        assertThat(consent.scripts().latest("screening-msna", "en").orElseThrow().body())
                .isEqualTo("Do you agree to take part?");
        assertThat(consent.scripts().latest("screening-msna", "fr").orElseThrow().body())
                .isEqualTo("Acceptez-vous de participer ?");
    }

    @Test
    void aLanguageThatIsNoCodeNorNameIsImportedWithAWarningNamingFormSheetAndRow() {
        ImportOutcome outcome = ctx.forms(study)
                .importWorkbook(form("English", "Lingo42").getBytes(StandardCharsets.UTF_8), "msna.md");

        assertThat(study.forms().find("msna", "1")).isPresent();
        assertThat(ctx.consent(study).scripts().latest("screening-msna", "en")).isPresent();
        List<CompileMessage> skipped = outcome.warnings().stream()
                .filter(w -> w.key().equals("collect.screeningScriptSkipped")).toList();
        assertThat(skipped).hasSize(1);
        CompileMessage warning = skipped.get(0);
        assertThat(warning.sheet()).isEqualTo("survey");
        assertThat(warning.row()).isEqualTo(2);
        assertThat(warning.text(Locale.ENGLISH)).contains("msna", "Lingo42", "survey!2");
    }
}
