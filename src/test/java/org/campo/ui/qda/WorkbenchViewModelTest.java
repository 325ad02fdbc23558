package org.campo.ui.qda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.consent.Participant;
import org.campo.model.Code;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.qda.TextPositions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's logic without a toolkit: UTF-16 selections become code points, shortcuts, names, runs, stripes. */
class WorkbenchViewModelTest {
    @TempDir
    Path tmp;
    ConsentFixture f;
    QdaServices qda;
    WorkbenchViewModel vm;
    Source source;
    Code health;
    Code insurance;

    @BeforeEach
    void setUp() {
        f = new ConsentFixture(tmp);
        qda = f.ctx.qda(f.study);
        Participant p = f.participant("P-001", Map.of());
        f.verbalConsent(p, ConsentFixture.allGranted());
        qda.cases().setAttribute(p.id(), "city", "Tumbes", false);
        source = qda.sources().addNote("Notas", SourceKind.INTERVIEW_NOTES, p.id(), "Hola 😀 señor\nNiños y niñas");
        qda.sources().addNote("Sin caso", SourceKind.FIELD_NOTE, null, "texto");
        health = qda.codebook().create(null, "Acceso a salud", null, "#ff0000");
        insurance = qda.codebook().create(health.id(), "Seguro", null, "#00ff00");
        vm = new WorkbenchViewModel(qda);
        vm.load();
        vm.open(source.id());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void aUtf16SelectionIsCodedInCodePointsByShortcut() {
        vm.select(8, 13);

        assertThat(vm.codeWithShortcut(2)).isTrue();

        assertThat(vm.codings()).singleElement().satisfies(k -> {
            assertThat(k.start()).isEqualTo(7);
            assertThat(k.end()).isEqualTo(12);
            assertThat(k.codeId()).isEqualTo(insurance.id());
            assertThat(TextPositions.slice(source.text(), k.start(), k.end())).isEqualTo("señor");
        });
        assertThat(vm.codes()).filteredOn(r -> r.code().id().equals(insurance.id())).singleElement()
                .satisfies(r -> assertThat(r.count()).isEqualTo(1));
        assertThat(vm.runs()).anySatisfy(r -> {
            assertThat(r.start()).isEqualTo(8);
            assertThat(r.end()).isEqualTo(13);
            assertThat(r.color()).isEqualTo("#00ff00");
        });
        assertThat(vm.stripes()).containsExactly(java.util.List.of("#00ff00"), java.util.List.of());
    }

    @Test
    void typingANameCodesWithTheOneMatchingCodeAndEmptySelectionsAreRefused() {
        assertThat(vm.codeWithName("seg")).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.qda.selectFirst");
        vm.select(14, 19);
        assertThat(vm.codeWithName("acceso a")).isTrue();
        assertThat(vm.codings()).singleElement().satisfies(k -> assertThat(k.codeId()).isEqualTo(health.id()));
        assertThat(vm.codeWithName("zzz")).isFalse();
        assertThat(vm.messageProperty().get().key()).isEqualTo("ui.qda.noSuchCode");
        assertThat(vm.codeWithShortcut(7)).isFalse();
    }

    @Test
    void overlappingCodingsShowTheInnermostColourAndAMemoGoesToTheSegment() {
        vm.select(0, 13);
        vm.codeSelection(health.id());
        vm.select(8, 13);
        vm.codeSelection(insurance.id());

        assertThat(vm.runs()).anySatisfy(r -> {
            assertThat(r.start()).isEqualTo(8);
            assertThat(r.color()).isEqualTo("#00ff00");
            assertThat(r.layers()).isEqualTo(2);
        });
        vm.select(9, 10);
        assertThat(vm.addMemo("trato formal")).isTrue();
        String inner = vm.codingAt(9).id();
        assertThat(qda.memos().of(MemoTarget.CODING, inner)).extracting(m -> m.text()).containsExactly("trato formal");
        assertThat(vm.memos()).extracting(m -> m.text()).containsExactly("trato formal");

        vm.selectedCodeProperty().set(vm.codes().get(0));
        vm.retrieve();
        assertThat(vm.segments()).extracting(s -> s.text()).containsExactly("Hola 😀 señor", "señor");
    }

    @Test
    void aMemoWrittenAfterASearchJoinsTheHitsOnScreen() {
        assertThat(vm.search("policia")).isFalse();

        vm.select(0, 0);
        assertThat(vm.addMemo("Habló de la policía en la frontera")).isTrue();

        assertThat(vm.hits()).singleElement().satisfies(h -> assertThat(h.inMemo()).isTrue());
        assertThat(vm.searchSummaryProperty().get().key()).isEqualTo("ui.qda.search.found");
    }

    @Test
    void sourcesAreGroupedByACaseAttributeAndBlindModeHidesOthersCodings() {
        assertThat(vm.groupedSources()).containsOnlyKeys("Tumbes", "");
        assertThat(vm.groupAttributes()).containsExactly("city");
        f.study.addMember("rosa", org.campo.model.Role.RESEARCHER, "rosa passphrase long".toCharArray());
        qda.codings().code(source.id(), 0, 4, health.id(), qda.codings().coderId("rosa"));
        vm.open(source.id());
        assertThat(vm.codings()).hasSize(1);

        vm.blindProperty().set(true);

        assertThat(vm.codings()).isEmpty();
        assertThat(vm.codes()).allMatch(r -> r.count() == 0);
    }
}
