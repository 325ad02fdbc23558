package org.campo.qda.triangulation;

import java.util.Set;
import org.campo.qda.QdaFixture;
import org.campo.qda.QdaSnapshot;

/** A small study shaped like the LGBTQI+ assessment: key informants by group and migrants, in two cities. */
public final class TriangulationFixture {
    /** Typed into a sensitive attribute; must never reach an export unless opted in. */
    public static final String CANARY = "CANARY-7f3a-identity";
    /** Said by a participant who refused direct quotation; must never be quoted. */
    public static final String REFUSED_WORDS = "No quiero que me citen: la policía me quitó el carnet.";

    private TriangulationFixture() {
    }

    public static QdaSnapshot snapshot() {
        QdaFixture f = new QdaFixture().coder("u1", "Ana").coder("u2", "Beto")
                .code("doc", null, "Documentation").code("cpp", "doc", "CPP not accepted")
                .code("health", null, "Access to health").code("gbv", null, "Gender-based violence");
        Set<String> sensitive = Set.of("gender_identity");
        f.caseRecord("k1", "KI-01", true, sensitive, "source_group", "Key informant, government", "city", "Lima")
                .caseRecord("k2", "KI-02", true, sensitive, "source_group", "Key informant, international cooperation",
                        "city", "Lima")
                .caseRecord("k3", "KI-03", true, sensitive, "source_group", "Key informant, civil society", "city",
                        "Trujillo")
                .caseRecord("m1", "P-01", true, sensitive, "source_group", "Migrant", "city", "Lima",
                        "gender_identity", CANARY)
                .caseRecord("m2", "P-02", false, sensitive, "source_group", "Migrant", "city", "Piura",
                        "gender_identity", "Transgender woman")
                .caseRecord("m3", "P-03", true, sensitive, "source_group", "Migrant", "city", "Piura",
                        "gender_identity", "Cisgender man");
        String k1 = "Some facilities put up barriers because staff do not know the norms on migrant care.";
        String k2 = "They refuse to file a complaint; they tell you that you are not a victim.";
        String k3 = "Many employers ask for the alien registration card even when the CPP is valid.";
        String m1 = "They told me they only attend those who have an alien registration card, and I have a CPP.";
        String m2 = REFUSED_WORDS + " Después no volví al centro de salud.";
        String m3 = "At the health centre they asked for my documents and sent me away.";
        f.source("s-k1", "k1", k1).source("s-k2", "k2", k2).source("s-k3", "k3", k3)
                .source("s-m1", "m1", m1).source("s-m2", "m2", m2).source("s-m3", "m3", m3);
        f.coding("s-k1", "health", "u1", 0, k1.length())
                .coding("s-k2", "gbv", "u1", 0, k2.length())
                .coding("s-k3", "cpp", "u1", 0, k3.length())
                .coding("s-m1", "cpp", "u1", 0, m1.length())
                .coding("s-m1", "cpp", "u2", 0, m1.length())
                .coding("s-m1", "health", "u1", 0, 40)
                .coding("s-m2", "doc", "u1", 0, REFUSED_WORDS.length())
                .coding("s-m2", "health", "u1", REFUSED_WORDS.length() + 1, m2.length())
                .coding("s-m3", "health", "u1", 0, m3.length());
        return f.snapshot();
    }
}
