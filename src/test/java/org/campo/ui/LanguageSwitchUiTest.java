package org.campo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.campo.common.Messages;
import org.campo.ui.common.TestStudies;
import org.campo.ui.pages.StartPage;
import org.campo.ui.pages.StudyHomePage;
import org.junit.jupiter.api.Test;

class LanguageSwitchUiTest extends CampoUiTest {

    @Test
    void switchingToSpanishInSettingsRelabelsTheWholeWindowAndIsRemembered() {
        dialogs.choosing(home.resolve("idioma.campo"));
        StudyHomePage study = new StartPage(robot).createStudy()
                .fill("Idioma", "rosa", TestStudies.PASSPHRASE).submit();
        assertThat(study.navigationLabel("forms")).isEqualTo("Forms");

        study.openSettings().language().choose("Español");

        assertThat(study.navigationLabel("forms")).isEqualTo("Formularios");
        assertThat(study.navigationLabel("settings")).isEqualTo("Configuración");
        assertThat(study.userAndRole()).contains("Coordinador/a");
        assertThat(Messages.locale().getLanguage()).isEqualTo("es");
        assertThat(context.settings().language()).contains(new Locale("es"));

        assertThat(study.lock().unlockButtonText()).isEqualTo("Desbloquear");
    }

    @Test
    void theStartScreenOffersTheLanguageBeforeAnyStudyIsOpen() {
        StartPage start = new StartPage(robot);
        assertThat(start.createButtonText()).isEqualTo("Create study");
        start.language().choose("Español");
        assertThat(start.createButtonText()).isEqualTo("Crear estudio");
    }
}
