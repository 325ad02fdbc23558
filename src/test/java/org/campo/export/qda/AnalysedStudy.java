package org.campo.export.qda;

import java.nio.file.Path;
import java.util.Map;
import org.campo.consent.ConsentFixture;
import org.campo.consent.ConsentPermission;
import org.campo.consent.Participant;
import org.campo.model.Role;
import org.campo.model.Code;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaServices;
import org.campo.model.Source;
import org.campo.model.SourceKind;

/**
 * A real study file with coded interviews: three key informants and two migrants, a participant
 * who refused direct quotation, a canary in a sensitive attribute, and a second coder.
 */
public final class AnalysedStudy implements AutoCloseable {
    public static final String CANARY = "CANARY-5d1e-sensitive";
    public static final String REFUSED = "Prefiero que no me citen: en la comisaría me quitaron el carnet.";
    public static final char[] SECOND_PASSPHRASE = "second coder passphrase".toCharArray();

    public final ConsentFixture f;
    public final QdaServices qda;
    public final Code health;
    public final Code documentation;

    public AnalysedStudy(Path tmp) {
        f = new ConsentFixture(tmp);
        f.study.addMember("beto", Role.RESEARCHER, SECOND_PASSPHRASE);
        qda = f.ctx.qda(f.study);
        Code barriers = qda.codebook().create(null, "Barriers", "Obstacles to services", "#1f77b4");
        health = qda.codebook().create(barriers.id(), "Health", "Access to health care", "#d62728");
        documentation = qda.codebook().create(barriers.id(), "Documentation", "Papers asked or refused", "#2ca02c");
        String ana = f.study.member().id();
        String beto = qda.codings().coderId("beto");

        Source gov = interview("KI-GOV-01", "Key informant, government", "Lima", null, true,
                "Some health facilities refuse care because staff do not know the norms.\nWe train them. "
                        + "The training covers the directive on care for migrant and refugee populations, the SIS "
                        + "enrolment rules and what documents each service may ask for, region by region.");
        Source coop = interview("KI-COOP-01", "Key informant, international cooperation", "Lima", null, true,
                "Documentation is the main barrier; many employers ask for the alien card.");
        Source mig1 = interview("P-001", "Migrant", "Piura", CANARY, true,
                "At the health centre they asked for my alien card and sent me away.");
        Source mig2 = interview("P-002", "Migrant", "Trujillo", "Transgender woman", false,
                REFUSED + " Después no volví.");
        code(gov, health, ana, 0, 72);
        code(gov, documentation, ana, 73, 200);
        code(gov, documentation, beto, 73, 200);
        code(gov, health, beto, 0, 50);
        code(coop, documentation, ana, 0, 45);
        code(coop, documentation, beto, 0, 45);
        code(mig1, health, ana, 0, 67);
        code(mig1, health, beto, 0, 67);
        code(mig2, documentation, ana, 0, REFUSED.length());
        var coding = qda.codings().of(gov.id()).get(0);
        qda.memos().add(MemoTarget.CODING, coding.id(), "Norms", "Compare with the MINSA directive.");
        qda.memos().add(MemoTarget.SOURCE, gov.id(), null, "Interview held at the ministry.");
    }

    private Source interview(String code, String group, String city, String identity, boolean quotation, String text) {
        Participant p = f.participant(code, Map.of());
        f.verbalConsent(p, quotation ? ConsentFixture.allGranted()
                : ConsentFixture.grantedExcept(ConsentPermission.DIRECT_QUOTATION));
        qda.cases().setAttribute(p.id(), "source_group", group, false);
        qda.cases().setAttribute(p.id(), "city", city, false);
        if (identity != null) {
            qda.cases().setAttribute(p.id(), "gender_identity", identity, true);
        }
        return qda.sources().addNote("Interview " + code, SourceKind.INTERVIEW_NOTES, p.id(), text);
    }

    private void code(Source s, Code c, String coder, int start, int end) {
        qda.codings().code(s.id(), start, end, c.id(), coder);
    }

    public Path file() {
        return f.file;
    }

    @Override
    public void close() {
        f.close();
    }
}
