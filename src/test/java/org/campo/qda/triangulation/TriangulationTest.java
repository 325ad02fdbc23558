package org.campo.qda.triangulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.campo.common.CampoException;
import org.campo.qda.QdaSnapshot;
import org.junit.jupiter.api.Test;

class TriangulationTest {
    private final QdaSnapshot snapshot = TriangulationFixture.snapshot();

    @Test
    void cellsCountCasesOfTheGroupWithTheThemeAndRollUpSubCodes() {
        TriangulationMatrix m = new Triangulation().matrix(snapshot, new MatrixRequest(List.of("source_group"), false));

        assertThat(m.columns()).extracting(MatrixColumn::label).containsExactly("Key informant, government",
                "Key informant, international cooperation", "Key informant, civil society", "Migrant");
        ThemeRow documentation = row(m, "Documentation");
        MatrixCell migrants = documentation.cells().get(3);
        // m1 through the sub-code (coded by two coders: two segments), m2 at the parent
        assertThat(migrants.casesWithTheme()).isEqualTo(2);
        assertThat(migrants.casesInGroup()).isEqualTo(3);
        assertThat(migrants.segmentCount()).isEqualTo(3);
        assertThat(migrants.mark()).isEqualTo(MatrixCell.Mark.CONVERGES);
        assertThat(documentation.total().casesWithTheme()).isEqualTo(3);
        assertThat(row(m, "CPP not accepted").cells().get(3).casesWithTheme()).isEqualTo(1);
        ThemeRow gbv = row(m, "Gender-based violence");
        assertThat(gbv.convergent()).containsExactly(1);
        assertThat(gbv.silent()).containsExactly(0, 2, 3);
    }

    @Test
    void twoAttributesCrossIntoCombinedGroups() {
        TriangulationMatrix m = new Triangulation().matrix(snapshot,
                new MatrixRequest(List.of("source_group", "city"), false));

        assertThat(m.columns()).extracting(MatrixColumn::label).contains("Migrant · Lima", "Migrant · Piura");
        MatrixCell piuraHealth = row(m, "Access to health").cells().get(
                m.columns().stream().map(MatrixColumn::label).toList().indexOf("Migrant · Piura"));
        assertThat(piuraHealth.casesWithTheme()).isEqualTo(2);
        assertThat(piuraHealth.casesInGroup()).isEqualTo(2);
    }

    @Test
    void aSensitiveAttributeMakesColumnsOnlyWhenOptedIn() {
        assertThatThrownBy(() -> new Triangulation().matrix(snapshot,
                new MatrixRequest(List.of("gender_identity"), false)))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.matrix.sensitive");
        TriangulationMatrix m = new Triangulation().matrix(snapshot, new MatrixRequest(List.of("gender_identity"), true));
        assertThat(m.columns()).extracting(MatrixColumn::label).contains(TriangulationFixture.CANARY);
        assertThatThrownBy(() -> new Triangulation().matrix(snapshot, new MatrixRequest(List.of("nope"), false)))
                .isInstanceOf(CampoException.class);
    }

    @Test
    void quotesLeaveOutRefusalsAndAreAttributedByGroupAndCity() {
        QuoteBank bank = new Quotes().bank(snapshot, QuoteOptions.defaults());

        List<Quote> all = bank.codes().stream().flatMap(c -> c.quotes().stream()).toList();
        assertThat(all).noneMatch(q -> q.text().contains("citen") || q.text().contains("volví"));
        assertThat(bank.withheldQuotes()).isEqualTo(2);
        assertThat(bank.withheldParticipants()).isEqualTo(1);
        // the same stretch coded by two coders is one quote
        assertThat(quotes(bank, "CPP not accepted")).hasSize(2);
        assertThat(quotes(bank, "CPP not accepted")).extracting(Quote::attribution)
                .containsExactly("Key informant, civil society, Trujillo", "Migrant, Lima");
        assertThat(all).noneMatch(q -> q.attribution().contains("P-0") || q.attribution().contains("KI-0"));
    }

    @Test
    void sensitiveAttributesAndCodesEnterAttributionsOnlyWhenAsked() {
        QuoteOptions plain = new QuoteOptions(null, List.of("gender_identity", "city"), false, false);
        QuoteOptions optedIn = new QuoteOptions(null, List.of("gender_identity", "city"), true, true);

        assertThat(new Quotes().bank(snapshot, plain).codes().stream().flatMap(c -> c.quotes().stream()))
                .noneMatch(q -> q.attribution().contains(TriangulationFixture.CANARY));
        assertThat(new Quotes().bank(snapshot, optedIn).codes().stream().flatMap(c -> c.quotes().stream()))
                .anyMatch(q -> q.attribution().equals(TriangulationFixture.CANARY + ", Lima, P-01"));
    }

    @Test
    void participantCountsKeepEachAttributeApartAndRefuseSensitiveOnesUnlessOptedIn() {
        assertThatThrownBy(() -> new Participants().count(snapshot, List.of("source_group", "gender_identity"), false))
                .isInstanceOf(CampoException.class);
        ParticipantCounts counts = new Participants().count(snapshot, List.of("source_group", "city"), false);
        assertThat(counts.cases()).isEqualTo(6);
        assertThat(counts.blocks().get(0).values()).containsExactly("Key informant, government",
                "Key informant, international cooperation", "Key informant, civil society", "Migrant");
        assertThat(counts.blocks().get(0).counts()).containsExactly(1L, 1L, 1L, 3L);
    }

    @Test
    void aQuoteInsideAnotherOfTheSameSourceIsShownOnce() {
        Quote whole = new Quote("c", "s1", "k1", 0, 50, "whole", "A");
        Quote part = new Quote("c", "s1", "k1", 10, 20, "part", "A");
        Quote elsewhere = new Quote("c", "s2", "k2", 10, 20, "other", "B");
        assertThat(Quotes.withoutContained(List.of(part, elsewhere, whole))).containsExactly(whole, elsewhere);
    }

    static ThemeRow row(TriangulationMatrix m, String name) {
        return m.rows().stream().filter(r -> r.code().name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Quote> quotes(QuoteBank bank, String name) {
        return bank.codes().stream().filter(c -> c.code().name().equals(name)).findFirst().orElseThrow().quotes();
    }
}
