package org.campo.cli;

import java.nio.file.Path;
import java.util.List;
import org.campo.app.AppContext;
import org.campo.common.Ids;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.study.OpenStudy;

/** A stored submission as an older Campo could store it: 100,000 nested elements after the instanceID. */
final class PoisonedRow {
    private PoisonedRow() {
    }

    static String insert(AppContext context, Path study, String passphrase, String formId) {
        try (OpenStudy open = context.studies().unlock(study, "ana", passphrase.toCharArray())) {
            var version = open.forms().latestVersions().stream().filter(f -> f.formId().equals(formId))
                    .findFirst().orElseThrow();
            String id = Ids.newId();
            String xml = "<data id=\"" + formId + "\"><meta><instanceID>uuid:poison</instanceID></meta><place>"
                    + "<x>".repeat(100_000) + "</x>".repeat(100_000) + "</place></data>";
            open.changes().run(change -> {
                change.repositories().submissions().insert(new Submission(id, version.id(), SubmissionStatus.FINAL,
                        1, change.now(), change.now(), null, open.deviceId(), open.member().id(), null, xml));
                change.audit("test.stored", "submission", id, false, "stored before instances were checked");
            });
            return List.of(id).get(0);
        }
    }
}
