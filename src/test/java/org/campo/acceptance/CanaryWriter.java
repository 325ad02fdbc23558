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
        OpenStudy study = ctx.studies().create(Path.of(args[1]), "Canary", "ana", Role.COORDINATOR,
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
        out.println("WRITTEN");
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        study.lock();
        out.println("LOCKED");
    }
}
