package org.campo.acceptance;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.campo.app.AppContext;
import org.campo.common.Ids;
import org.campo.model.FormVersion;
import org.campo.model.Role;
import org.campo.model.Site;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;

/**
 * Child process of {@link CanaryTest}: creates a study and writes the canary (from the
 * environment, never an argument, so it is in no command line) into a site name, a form and a
 * submission, says {@code WRITTEN}, waits for a line on stdin, locks and says {@code LOCKED}.
 *
 * <p>Arguments: Campo home, study file. Environment: {@code CAMPO_TEST_CANARY}, {@code CAMPO_PASSPHRASE}.
 */
public final class CanaryWriter {
    static final String SITE_CODE = "CANARY-SITE";
    static final String FORM_ID = "canary_form";

    private CanaryWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        String canary = System.getenv("CAMPO_TEST_CANARY");
        AppContext ctx = TestApp.context(Path.of(args[0]));
        OpenStudy study = ctx.studies().create(Path.of(args[1]), "Canary", memberName(canary), Role.COORDINATOR,
                System.getenv("CAMPO_PASSPHRASE").toCharArray()).study();
        study.addSite(new Site(Ids.newId(), SITE_CODE, "Puesto " + canary, -3.5669, -80.4515));
        String formRef = Ids.newId();
        study.forms().add(new FormVersion(formRef, FORM_ID, "1", "0".repeat(64), "Título " + canary,
                ("xlsform " + canary).getBytes(StandardCharsets.UTF_8),
                "<h:html><h:head><h:title>" + canary + "</h:title></h:head></h:html>", Instant.now()));
        String id = Ids.newId();
        Instant now = Instant.now();
        study.submissions().insert(new Submission(id, formRef, SubmissionStatus.FINAL, 1, now, now, SITE_CODE,
                study.deviceId(), study.member().id(), null,
                "<data><meta><instanceID>uuid:" + id + "</instanceID></meta><name>" + canary + "</name></data>"));
        writeAnalysis(study, canary);
        writeConsent(study, canary);
        out.println("WRITTEN");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        study.lock();
        out.println("LOCKED");
    }

    static final String SOURCE_ID = "canary-source";
    static final String PARTICIPANT_ID = "canary-participant";

    /** The login (and display) name of the study's member. */
    static String memberName(String canary) {
        return "Ana " + canary;
    }

    static String participantCode(String canary) {
        return "KI-" + canary;
    }

    /**
     * A participant whose code is the canary, a consent with its decisions, a withdrawal, and an audit
     * entry whose details name the code.
     */
    private static void writeConsent(OpenStudy study, String canary) {
        Instant now = Instant.now();
        String code = participantCode(canary);
        study.changes().run(c -> {
            var r = c.repositories();
            r.participants().add(new org.campo.model.ParticipantRow(PARTICIPANT_ID, code, now, false),
                    java.util.Map.of("city", "Tumbes"));
            String script = Ids.newId();
            r.consents().addScript(new org.campo.model.ConsentScriptRow(script, "canary", 1, "es", "Consentimiento",
                    "Texto", "0".repeat(64), java.util.List.of("participation", "audio"), now));
            r.consents().addConsent(new org.campo.model.ConsentRow(Ids.newId(), PARTICIPANT_ID, script, "verbal",
                    java.util.Map.of("participation", true, "audio", false), now, SITE_CODE, study.member().id(), true,
                    true, true, null, null));
            r.consents().addWithdrawal(new org.campo.model.WithdrawalRow(Ids.newId(), PARTICIPANT_ID, code, now,
                    "keep", study.member().id(), null));
            c.audit("consent.canary", "code=" + code + " site name Puesto " + canary);
        });
    }

    /** The canary typed into a source's text and name, a code's name and definition, a memo and a case attribute. */
    private static void writeAnalysis(OpenStudy study, String canary) {
        Instant now = Instant.now();
        study.changes().run(c -> {
            var r = c.repositories();
            r.sources().add(new Source(SOURCE_ID, "Notas " + canary, SourceKind.INTERVIEW_NOTES, null, null,
                    "Hola 😀 señor " + canary + "\nNiños y niñas", now, now));
            r.codes().add(new Code("canary-code", null, "Código " + canary, "Definición " + canary, canary, canary,
                    canary, "#336699", true, now));
            r.codings().add(new Coding(Ids.newId(), SOURCE_ID, 0, 4, "canary-code", study.member().id(), now, false));
            r.memos().add(new Memo(Ids.newId(), MemoTarget.SOURCE, SOURCE_ID, "Memo " + canary, "Texto " + canary,
                    study.member().id(), now, now));
            r.caseAttributes().put(new org.campo.model.CaseAttribute("case-1", "city", canary, true));
            c.audit("qda.canary", "analysis written");
        });
    }
}
