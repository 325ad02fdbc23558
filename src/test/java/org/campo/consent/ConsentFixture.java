package org.campo.consent;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import org.campo.app.AppContext;
import org.campo.common.AppDirectories;
import org.campo.common.Ids;
import org.campo.crypto.KdfParameters;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.study.StudyInternals;

/**
 * A real study file in a temporary folder with fast key derivation, a fixed clock, a
 * coordinator, one site, one interview script and one form row to hang submissions on.
 */
public final class ConsentFixture implements AutoCloseable {
    public static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    public static final char[] IRB_PASSPHRASE = "reviewer board passphrase".toCharArray();
    public static final Instant NOW = Instant.parse("2024-03-14T15:00:00Z");

    public final AppContext ctx;
    public final Path file;
    public OpenStudy study;
    public ConsentServices consent;
    public ConsentScript script;
    public String formRef;

    public ConsentFixture(Path tmp) {
        Clock clock = Clock.fixed(NOW, ZoneId.of("America/Lima"));
        ctx = new AppContext(new AppDirectories(tmp.resolve("home")), clock, new KdfParameters(8192, 1, 1));
        file = tmp.resolve("lgbtqi.campo");
        study = ctx.studies().create(file, "LGBTQI+ migrants assessment", "coord", Role.COORDINATOR, PASSPHRASE).study();
        consent = new ConsentServices(study);
        study.addSite(new Site(Ids.newId(), "TUM-CEBAF", "CEBAF Tumbes", -3.5, -80.4));
        script = consent.scripts().add("ki-interview", "es", "Consentimiento informado: entrevista",
                "Le invitamos a participar en una entrevista sobre el acceso a servicios...",
                EnumSet.allOf(ConsentPermission.class));
        formRef = Ids.newId();
        StudyInternals.database(study).update("INSERT INTO form(id, form_id, version, sha256, imported_at, xform_enc) "
                + "VALUES (?,?,?,?,?,?)", formRef, "ki_guide", "1", "0".repeat(64), NOW.toString(), new byte[] {1});
    }

    /** Every permission granted. */
    public static Map<ConsentPermission, Boolean> allGranted() {
        Map<ConsentPermission, Boolean> m = new EnumMap<>(ConsentPermission.class);
        for (ConsentPermission p : ConsentPermission.values()) {
            m.put(p, true);
        }
        return m;
    }

    public static Map<ConsentPermission, Boolean> grantedExcept(ConsentPermission... refused) {
        Map<ConsentPermission, Boolean> m = allGranted();
        for (ConsentPermission p : refused) {
            m.put(p, false);
        }
        return m;
    }

    public static Map<ConsentPermission, Boolean> allRefused() {
        Map<ConsentPermission, Boolean> m = allGranted();
        m.replaceAll((k, v) -> false);
        return m;
    }

    public Participant participant(String code, Map<String, String> attributes) {
        return consent.participants().register(code, attributes);
    }

    public ConsentRecord verbalConsent(Participant p, Map<ConsentPermission, Boolean> decisions) {
        return consent.consent().record(ConsentRequest.verbal(p.id(), script.id(), decisions,
                "I read the script aloud; the participant agreed verbally.", "TUM-CEBAF"));
    }

    /** Stores a submission for the participant, as the form code will after passing the gate. */
    public Submission submission(Participant p, String instanceXml) {
        Submission s = new Submission(Ids.newId(), formRef, SubmissionStatus.FINAL, 1, NOW, NOW, "TUM-CEBAF",
                study.deviceId(), study.member().id(), p.id(), instanceXml);
        study.submissions().insert(s);
        StudyInternals.database(study).update("INSERT INTO attachment(id, submission_id, name, bytes_enc) VALUES (?,?,?,?)",
                Ids.newId(), s.id(), "notes.txt", StudyInternals.cipher(study).seal("attachment", "bytes_enc", s.id(),
                        ("attachment of " + instanceXml).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return s;
    }

    /** Adds an IRB member, locks the coordinator's session and unlocks as the reviewer. */
    public OpenStudy reopenAsIrb() {
        study.addMember("irb", Role.IRB, IRB_PASSPHRASE);
        study.lock();
        study = ctx.studies().unlock(file, "irb", IRB_PASSPHRASE);
        consent = new ConsentServices(study);
        return study;
    }

    public OpenStudy reopenAsCoordinator() {
        study.lock();
        study = ctx.studies().unlock(file, "coord", PASSPHRASE);
        consent = new ConsentServices(study);
        return study;
    }

    @Override
    public void close() {
        study.lock();
    }
}
