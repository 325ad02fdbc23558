package org.campo.export.dataset;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.campo.export.AtomicFile;
import org.campo.export.CsvFormat;
import org.campo.study.OpenStudy;

/**
 * {@code export-info.csv}: what this export is (study, form, options, who and when) and the
 * audit chain head at that moment, so a later copy of the study can be checked against it.
 */
final class ExportManifest {
    private final OpenStudy study;
    private final DatasetOptions options;
    private final long submissions;
    private final String auditHead;

    ExportManifest(OpenStudy study, DatasetOptions options, long submissions, String auditHead) {
        this.study = study;
        this.options = options;
        this.submissions = submissions;
        this.auditHead = auditHead;
    }

    Path write(Path dir) {
        Path file = dir.resolve("export-info.csv");
        var record = study.record();
        AtomicFile.write(file, out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvFormat.writeRow(w, List.of("key", "value"));
            for (String[] kv : new String[][] {
                    {"study_id", record.id()}, {"study_name", record.name()}, {"form_id", options.formId()},
                    {"exported_at", study.clock().instant().toString()}, {"exported_by", study.actor()},
                    {"device_id", study.deviceId()}, {"submissions", Long.toString(submissions)},
                    {"drafts_included", Boolean.toString(options.includeDrafts())},
                    {"sensitive_included", Boolean.toString(options.includeSensitive())},
                    {"choice_labels", Boolean.toString(options.choiceLabels())},
                    {"audit_head", auditHead}}) {
                CsvFormat.writeRow(w, List.of(kv));
            }
            w.flush();
        });
        return file;
    }
}
