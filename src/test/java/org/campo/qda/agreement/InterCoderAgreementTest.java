package org.campo.qda.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.campo.common.CampoException;
import org.campo.qda.QdaFixture;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

class InterCoderAgreementTest {
    private final InterCoderAgreement agreement = new InterCoderAgreement();

    /** Krippendorff (2004: p. 254), the example of DKPro Agreement's own tests, built directly. */
    @Test
    void dkproReproducesKrippendorffsPublishedUnitizedExample() {
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(2, 150, 300);
        study.addUnit(225, 70, 0, "c");
        study.addUnit(370, 30, 0, "c");
        study.addUnit(220, 80, 1, "c");
        study.addUnit(355, 20, 1, "c");
        study.addUnit(400, 20, 1, "c");
        study.addUnit(180, 60, 0, "k");
        study.addUnit(300, 50, 0, "k");
        study.addUnit(180, 60, 1, "k");
        study.addUnit(300, 50, 1, "k");
        KrippendorffAlphaUnitizingAgreement alpha = new KrippendorffAlphaUnitizingAgreement(study);
        assertThat(alpha.calculateAgreement()).isCloseTo(0.8591, offset(0.0005));
        assertThat(alpha.calculateCategoryAgreement("c")).isCloseTo(0.7286, offset(0.0001));
        assertThat(alpha.calculateCategoryAgreement("k")).isCloseTo(1.0, offset(0.0001));
    }

    /** The same example as codings of a 300-character source (Krippendorff's continuum starts at 150). */
    @Test
    void campoCodingsGiveKrippendorffsFigures() {
        QdaFixture f = new QdaFixture().coder("i", "Coder i").coder("j", "Coder j")
                .code("c", null, "c").code("k", null, "k")
                .source("s1", null, QdaFixture.text(300));
        f.coding("s1", "c", "i", 75, 145).coding("s1", "c", "i", 220, 250)
                .coding("s1", "c", "j", 70, 150).coding("s1", "c", "j", 205, 225).coding("s1", "c", "j", 250, 270)
                .coding("s1", "k", "i", 30, 90).coding("s1", "k", "i", 150, 200)
                .coding("s1", "k", "j", 30, 90).coding("s1", "k", "j", 150, 200);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("i", "j"), null));

        assertThat(report.overall().figures().alpha()).isCloseTo(0.8591, offset(0.0005));
        assertThat(report.perSource()).singleElement()
                .satisfies(r -> assertThat(r.figures().alpha()).isCloseTo(0.8591, offset(0.0005)));
        assertThat(perCode(report, "c").alpha()).isCloseTo(0.7286, offset(0.0001));
        assertThat(perCode(report, "k").alpha()).isCloseTo(1.0, offset(0.0001));
        assertThat(perCode(report, "k").kappa()).isCloseTo(1.0, offset(1e-9));
        assertThat(perCode(report, "k").percent()).isCloseTo(1.0, offset(1e-9));
    }

    /** NVivo's worked example: 1,000 characters, 50 coded by both, 100 only by A, 50 only by B. */
    @Test
    void dkproCohenKappaOverCharactersGivesNvivosWorkedExample() {
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        study.addMultipleItems(50, "coded", "coded");
        study.addMultipleItems(100, "coded", "not coded");
        study.addMultipleItems(50, "not coded", "coded");
        study.addMultipleItems(800, "not coded", "not coded");
        assertThat(new CohenKappaAgreement(study).calculateAgreement()).isCloseTo(0.3182, offset(0.00005));
    }

    @Test
    void campoCodingsGiveNvivosWorkedExample() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto")
                .code("x", null, "Documentation").source("s1", null, QdaFixture.text(1000));
        f.coding("s1", "x", "a", 0, 120).coding("s1", "x", "a", 100, 150) // overlapping codings: one stretch
                .coding("s1", "x", "b", 100, 200);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("Ana", "Beto"), null));

        AgreementFigures cell = report.cells().get(0).figures();
        assertThat(cell.units()).isEqualTo(1000);
        assertThat(cell.allCoded()).isEqualTo(50);
        assertThat(cell.someCoded()).isEqualTo(150);
        assertThat(cell.noneCoded()).isEqualTo(800);
        assertThat(cell.percent()).isCloseTo(0.85, offset(1e-9));
        assertThat(cell.kappa()).isCloseTo(0.3182, offset(0.00005));
        assertThat(report.overall().figures().kappa()).isCloseTo(0.3182, offset(0.00005));
        assertThat(report.differences()).extracting(d -> d.start() + "-" + d.end() + d.coderIds())
                .containsExactly("0-100[a]", "150-200[b]");
    }

    @Test
    void codesNobodyUsedInASourceAreNotCountedAsPerfectAgreement() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto")
                .code("x", null, "X").code("y", null, "Y").source("s1", null, QdaFixture.text(1000));
        f.coding("s1", "x", "a", 0, 150).coding("s1", "x", "b", 100, 200);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "b"), null));

        assertThat(report.cells()).hasSize(1);
        assertThat(report.overall().figures().kappa()).isCloseTo(0.3182, offset(0.00005));
    }

    @Test
    void averagesOverSourcesAreWeightedBySize() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto").code("x", null, "X")
                .source("s1", null, QdaFixture.text(1000)).source("s2", null, QdaFixture.text(3000));
        f.coding("s1", "x", "a", 0, 150).coding("s1", "x", "b", 100, 200)
                .coding("s2", "x", "a", 0, 300).coding("s2", "x", "b", 0, 300);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "b"), null));

        double expected = (0.31818181 * 1000 + 1.0 * 3000) / 4000;
        assertThat(perCode(report, "x").kappa()).isCloseTo(expected, offset(0.0001));
        assertThat(perCode(report, "x").percent()).isCloseTo((850 + 3000) / 4000.0, offset(1e-9));
        assertThat(report.perSource()).hasSize(2);
    }

    @Test
    void sourcesNotCodedByEveryCoderAndDetachedCodingsAreLeftOut() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto").code("x", null, "X")
                .source("s1", null, QdaFixture.text(100)).source("s2", null, QdaFixture.text(100));
        f.coding("s1", "x", "a", 0, 50).coding("s1", "x", "b", 0, 50).detached("s1", "x", "b", 60, 90)
                .coding("s2", "x", "a", 0, 50);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "b"), null));

        assertThat(report.sources()).extracting(s -> s.id()).containsExactly("s1");
        assertThat(report.skippedSources()).isEqualTo(1);
        assertThat(report.overall().figures().kappa()).isEqualTo(1.0);
        assertThat(report.differences()).isEmpty();
    }

    @Test
    void threeCodersUseTheMultiRaterKappaAndACodeFilterKeepsSubCodes() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto").coder("c", "Carla")
                .code("p", null, "Barriers").code("h", "p", "Health").code("o", null, "Other")
                .source("s1", null, QdaFixture.text(400));
        f.coding("s1", "h", "a", 0, 100).coding("s1", "h", "b", 0, 100).coding("s1", "h", "c", 50, 100)
                .coding("s1", "o", "a", 200, 300).coding("s1", "o", "b", 200, 300).coding("s1", "o", "c", 200, 300);

        AgreementReport report = agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "b", "c"), "p"));

        assertThat(report.codes()).extracting(c -> c.id()).containsExactly("p", "h");
        assertThat(report.cells()).extracting(AgreementRow::codeId).containsExactly("h");
        AgreementFigures h = perCode(report, "h");
        assertThat(h.kappa()).isBetween(0.0, 1.0);
        // 50 of 400 characters disagree: pairwise agreement = (350 + 50 * 1/3) / 400
        assertThat(h.percent()).isCloseTo((350 + 50.0 / 3) / 400, offset(1e-9));
    }

    @Test
    void refusesFewerThanTwoCodersAndUnknownOnes() {
        QdaFixture f = new QdaFixture().coder("a", "Ana").coder("b", "Beto").code("x", null, "X");
        assertThatThrownBy(() -> agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "a"), null)))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.agreement.twoCoders");
        assertThatThrownBy(() -> agreement.compute(f.snapshot(), new AgreementRequest(List.of("a", "zoe"), null)))
                .isInstanceOf(CampoException.class).extracting(e -> ((CampoException) e).key())
                .isEqualTo("qda.agreement.unknownCoder");
    }

    private static AgreementFigures perCode(AgreementReport report, String codeId) {
        return report.perCode().stream().filter(r -> codeId.equals(r.codeId())).findFirst().orElseThrow().figures();
    }
}
