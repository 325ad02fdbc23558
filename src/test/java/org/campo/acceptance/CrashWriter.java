package org.campo.acceptance;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.campo.app.AppContext;
import org.campo.audit.AuditAction;
import org.campo.common.Ids;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;
import org.campo.testsupport.TestApp;

/**
 * Child process of {@link CrashRecoveryTest}: unlocks a study and writes submissions until it
 * is killed. After each committed write (a new submission, or a second revision of an earlier
 * one, each with its audit entry in the same transaction) it prints {@code ACK <id> <rev>}:
 * the promise Campo makes to the person typing, which must survive the kill.
 *
 * <p>Arguments: Campo home, study file, form version id. Passphrase: {@code CAMPO_PASSPHRASE}.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    /** The exact instance written for a submission at a revision; the parent recomputes it. */
    public static String instanceFor(String id, int rev) {
        return "<data id=\"crash\"><meta><instanceID>uuid:" + id + "</instanceID></meta>"
                + "<rev>" + rev + "</rev><note>ñandú " + id.substring(0, 8) + " r" + rev + "</note></data>";
    }

    public static void main(String[] args) {
        PrintStream ack = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        AppContext ctx = TestApp.context(Path.of(args[0]));
        String formRef = args[2];
        OpenStudy study = ctx.studies().unlock(Path.of(args[1]), "ana",
                System.getenv("CAMPO_PASSPHRASE").toCharArray());
        List<Submission> written = new ArrayList<>();
        for (int n = 0; ; n++) {
            Submission s;
            if (n % 3 == 2 && !written.isEmpty()) {
                Submission old = written.remove(0);
                s = old.withInstance(instanceFor(old.id(), old.rev() + 1), SubmissionStatus.FINAL, Instant.now());
                Submission edited = s;
                study.changes().run(c -> {
                    c.repositories().submissions().update(edited);
                    c.audit(AuditAction.SUBMISSION_EDITED, "submission", edited.id(), true, null);
                });
            } else {
                String id = Ids.newId();
                Instant now = Instant.now();
                s = new Submission(id, formRef, SubmissionStatus.FINAL, 1, now, now, "TACNA-SC", study.deviceId(),
                        study.member().id(), null, instanceFor(id, 1));
                Submission created = s;
                study.changes().run(c -> {
                    c.repositories().submissions().insert(created);
                    c.audit(AuditAction.SUBMISSION_CREATED, "submission", created.id(), true, null);
                });
                written.add(s);
            }
            ack.println("ACK " + s.id() + " " + s.rev());
            ack.flush();
        }
    }
}
