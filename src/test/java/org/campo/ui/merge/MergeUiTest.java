package org.campo.ui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.campo.common.Messages;
import org.campo.merge.MergeService.PackageStatus;
import org.campo.testsupport.MergeFixture;
import org.campo.ui.CampoUiTest;
import org.campo.ui.pages.MergePage;
import org.campo.ui.pages.StartPage;
import org.junit.jupiter.api.Test;

/**
 * The coordinator, in Spanish and with the keyboard, adds the packages of two laptops joined from one
 * kit and a damaged copy, reads what each holds, imports one and then the other, keeps the version
 * of a conflicting count that came in, and sees both merges in the history.
 */
class MergeUiTest extends CampoUiTest {
    private Path pa;
    private Path pb;
    private Path damaged;

    @Override
    protected void prepare() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        MergeFixture f = new MergeFixture(home, context);
        Path a = f.laptop("laptop-a", "luis", Map.of("x", f.instance(1, "uuid:x"), "a1", f.instance(2, "uuid:a1")));
        Path b = f.laptop("laptop-b", "rosa", Map.of("x", f.instance(9, "uuid:x"), "b1", f.instance(4, "uuid:b1")));
        pa = f.packageOf(a, "luis", "luis.campopkg");
        pb = f.packageOf(b, "rosa", "rosa.campopkg");
        byte[] bytes = Files.readAllBytes(pb);
        bytes[bytes.length - 7] ^= 0x01;
        damaged = Files.write(home.resolve("rosa-copia.campopkg"), bytes);
        context.settings().setLastStudy(f.coordinator());
        context.settings().setLastUser("ana");
    }

    @Test
    void packagesAreReadImportedAndAConflictResolvedWithTheKeyboard() {
        new StartPage(robot).openRecent().unlock(MergeFixture.PASS);
        MergePage merge = MergePage.open(robot);

        dialogs.choosingAll(pa, pb, damaged);
        merge.addPackages(3);
        assertThat(merge.statuses()).containsExactly(PackageStatus.NEW, PackageStatus.NEW, PackageStatus.REFUSED);
        assertThat(merge.ticked()).containsExactly(true, true, false);
        assertThat(merge.rowText(0)).contains("luis.campopkg", "Nuevo", "De luis", "2 registros", "Cadena de auditoría");
        assertThat(merge.rowText(2)).contains("Rechazado", "no se abre con la clave de este estudio");

        // only luis's package first: untick rosa's with Down and Space
        merge.toggle(1).importTicked(1);
        assertThat(merge.ticked()).containsExactly(false, false, false);
        assertThat(merge.outcomes()).containsExactly(MergeViewModel.Outcome.ADDED, null, null);
        assertThat(merge.rowText(0)).contains("Importado", "2 agregados");
        assertThat(merge.report()).startsWith("1 paquete importado: 2 registros agregados, ningún conflicto");

        merge.toggle(1).importTicked(2);
        assertThat(merge.outcomes()).containsExactly(MergeViewModel.Outcome.ADDED,
                MergeViewModel.Outcome.CONFLICTS, null);
        assertThat(merge.report()).contains("1 conflicto");

        merge.showConflicts();
        assertThat(merge.conflicts()).singleElement().satisfies(c -> {
            assertThat(c.kept().memberName()).isEqualTo("luis");
            assertThat(c.other().memberName()).isEqualTo("rosa");
        });
        assertThat(merge.differences()).containsExactly("crossing/group_seq: 1 | 9");
        dialogs.answering(true);
        merge.keepVersionThatCameIn();
        assertThat(merge.conflicts()).isEmpty();
        assertThat(merge.report()).contains("uuid:x", "rosa");

        merge.showHistory();
        assertThat(merge.historyRows()).isEqualTo(2);
        assertThat(dialogs.errors()).isEmpty();
    }
}
