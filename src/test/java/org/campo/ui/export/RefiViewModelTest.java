package org.campo.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.campo.common.SameThreadTaskExecutor;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.model.Code;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.ui.common.ScriptedDialogService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefiViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture a;
    ConsentFixture b;

    @BeforeEach
    void setUp() throws Exception {
        a = new ConsentFixture(Files.createDirectories(tmp.resolve("a")));
        b = new ConsentFixture(Files.createDirectories(tmp.resolve("b")));
        QdaServices qda = a.ctx.qda(a.study);
        Participant p = a.participant("KI-LIM-01", Map.of());
        Source s = qda.sources().addNote("Notas", SourceKind.INTERVIEW_NOTES, p.id(), "Hola 😀 señor\nNiños y niñas");
        Code c = qda.codebook().create(null, "Infancia", "Niñez migrante", "#336699");
        qda.codings().code(s.id(), 13, 26, c.id());
    }

    @AfterEach
    void tearDown() {
        a.close();
        b.close();
    }

    @Test
    void exportsThenImportsOnlyAfterTheUserConfirmsWhatThePlanAdds() {
        Path file = tmp.resolve("out.qdpx");
        ScriptedDialogService dialogsA = new ScriptedDialogService().choosing(file);
        RefiViewModel exporting = new RefiViewModel(a.study, a.ctx.refi(a.study), new SameThreadTaskExecutor(), dialogsA);
        assertThat(exporting.canIncludeSensitive()).isTrue();
        assertThat(exporting.exportProject()).isTrue();
        assertThat(file).exists();
        assertThat(exporting.reportLines()).first().asString().contains("out.qdpx");
        assertThat(exporting.reportLines()).anySatisfy(l -> assertThat(l).contains("1 coded segments"));

        ScriptedDialogService refusing = new ScriptedDialogService().choosing(file).answering(false);
        RefiViewModel declined = new RefiViewModel(b.study, b.ctx.refi(b.study), new SameThreadTaskExecutor(), refusing);
        assertThat(declined.importProject()).isTrue();
        assertThat(b.ctx.qda(b.study).snapshot().sources()).isEmpty();
        assertThat(declined.reportLines()).first().asString().isEqualTo("Nothing was imported.");

        ScriptedDialogService accepting = new ScriptedDialogService().choosing(file).answering(true);
        RefiViewModel importing = new RefiViewModel(b.study, b.ctx.refi(b.study), new SameThreadTaskExecutor(), accepting);
        assertThat(importing.importProject()).isTrue();
        assertThat(b.ctx.qda(b.study).snapshot().codings()).hasSize(1);
        assertThat(importing.reportLines()).first().asString().contains("Imported project");
        assertThat(accepting.errors()).isEmpty();
    }

    @Test
    void aBrokenFileIsShownAsATranslatedErrorAndNothingIsStored() throws Exception {
        Path bad = Files.writeString(tmp.resolve("bad.qdpx"), "not a zip");
        ScriptedDialogService dialogs = new ScriptedDialogService().choosing(bad);
        RefiViewModel model = new RefiViewModel(b.study, b.ctx.refi(b.study), new SameThreadTaskExecutor(), dialogs);
        model.importProject();
        assertThat(dialogs.errors()).singleElement().satisfies(m -> assertThat(m.key()).isEqualTo("refi.import.notZip"));
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(b.ctx.qda(b.study).snapshot().sources()).isEmpty();
    }
}
