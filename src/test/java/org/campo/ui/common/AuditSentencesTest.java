package org.campo.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campo.audit.AuditAction;
import org.campo.audit.AuditEntry;
import org.campo.common.Messages;
import org.campo.model.Correction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditSentencesTest {
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @Test
    void everyRecordedActionHasASentenceInBothLanguages() throws IllegalAccessException {
        List<String> actions = new ArrayList<>();
        for (Field f : AuditAction.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
                actions.add((String) f.get(null));
            }
        }
        assertThat(actions).hasSizeGreaterThan(50);
        for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
            List<String> keys = Messages.keys("ui", locale);
            assertThat(actions).allSatisfy(a -> assertThat(keys).contains("ui.audit.sentence." + a));
        }
    }

    @Test
    void eachSentenceHasAPlaceForEveryDetailItNames() {
        for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
            for (Map.Entry<String, List<String>> e : AuditSentences.ARGUMENTS.entrySet()) {
                String key = "ui.audit.sentence." + e.getKey();
                assertThat(Messages.keys("ui", locale)).as(key).contains(key);
                int places = new MessageFormat(rawPattern(locale, key)).getFormatsByArgumentIndex().length;
                assertThat(places).as(key + " in " + locale).isEqualTo(e.getValue().size());
            }
        }
    }

    private static String rawPattern(Locale locale, String key) {
        return java.util.ResourceBundle.getBundle("org.campo.i18n.ui", locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_DEFAULT))
                .getString(key);
    }

    @Test
    void detailsBecomeASentenceInTheInterfaceLanguageWithCodesAndDatesTranslated() {
        Messages.setLocale(SPANISH);
        assertThat(text("shift.started", "site=CEBAF date=2026-03-05 shift=morning"))
                .isEqualTo("Turno iniciado en CEBAF el 05/03/2026 (Mañana)");
        assertThat(text("member.added", "user=luis role=researcher"))
                .isEqualTo("Miembro luis añadido como Investigador/a");
        assertThat(text("export", "dataset form=flow format=csv submissions=12 sensitive=excluded"))
                .isEqualTo("Datos del formulario flow exportados como csv (12 registros)");
        assertThat(text("export", "kind=consent-log format=pdf")).isEqualTo("Registro de consentimientos exportado como pdf");
        assertThat(text("submission.reviewed", "status=approved")).isEqualTo("Estado de revisión: Aprobado");
        assertThat(text("study.backup", "file=copia de marzo.campo"))
                .isEqualTo("Copia de seguridad escrita en copia de marzo.campo");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(text("qda.summary.changed", "nothing to remove")).isEqualTo("No matrix summary to remove");
        assertThat(text("qda.coding.added", "all search hits=7")).isEqualTo("All 7 search hits coded");
        assertThat(text("qda.consensus.recorded", "decision=both code=c1 [3,9) consensus=k removed=1 added=2"))
                .isEqualTo("Consensus decision on a disputed passage: both versions (1 codings removed, 2 added)");
        assertThat(text("site.retired", "code=CEBAF"))
                .isEqualTo("Monitoring point CEBAF retired: no longer offered for new work");
        assertThat(text("shift.started", "site=CEBAF date=2026-03-05 shift=night"))
                .doesNotContain("=", "shift.started").contains("CEBAF", "Night");
    }

    @Test
    void aCorrectionIsToldInFullWhenItsRevisionIsKnownAndAnUnknownActionIsNotShownRaw() {
        Messages.setLocale(Locale.ENGLISH);
        AuditEntry corrected = entry("submission.corrected", "question=name rev=3");
        Correction c = new Correction("c1", "s1", 3, Instant.EPOCH, "m1", "name", "Ana", "Ana María", "spelt out");
        assertThat(AuditSentences.describe(corrected, List.of(c)).text())
                .isEqualTo("Correction of name: «Ana» became «Ana María». Reason: spelt out");
        Correction date = new Correction("c2", "s1", 3, Instant.EPOCH, "m1", "arrival", "2026-03-05", "", "typo");
        Messages.setLocale(SPANISH);
        assertThat(AuditSentences.describe(corrected, List.of(date)).text())
                .isEqualTo("Corrección de arrival: «05/03/2026» pasó a «(vacío)». Motivo: typo");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(AuditSentences.describe(corrected).text()).isEqualTo("Answer to name corrected (revision 3)");
        assertThat(text("some.future.action", "x=1")).doesNotContain("some.future.action", "x=1");
    }

    @Test
    void aFormIsNamedByItsTitleInTheInterfaceLanguageAndByItsIdWhenUnknown() {
        java.util.function.Function<String, String> titles = id -> !id.equals("campo_flow_monitoring_survey") ? null
                : Messages.locale().getLanguage().equals("es") ? "Encuesta de monitoreo de flujo" : "Flow monitoring survey";
        AuditEntry imported = entry("form.imported", "form=campo_flow_monitoring_survey version=2026112301");
        Messages.setLocale(SPANISH);
        assertThat(AuditSentences.describe(imported, List.of(), titles).text())
                .contains("Encuesta de monitoreo de flujo", "2026112301").doesNotContain("campo_flow_monitoring_survey");
        Messages.setLocale(Locale.ENGLISH);
        assertThat(AuditSentences.describe(imported, List.of(), titles).text())
                .contains("Flow monitoring survey", "2026112301").doesNotContain("campo_flow_monitoring_survey");
        AuditEntry deleted = entry("submission.created", "form=old_census version=1");
        assertThat(AuditSentences.describe(deleted, List.of(), titles).text()).contains("old_census");
        assertThat(AuditSentences.describe(imported).text()).contains("campo_flow_monitoring_survey");
    }

    private static String text(String action, String details) {
        return AuditSentences.describe(entry(action, details)).text();
    }

    private static AuditEntry entry(String action, String details) {
        return new AuditEntry(1, Instant.EPOCH, "ana", action, null, null, null, details, "", "");
    }
}
