package org.campo.export.dataset;

import org.campo.export.FileNames;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.export.AtomicFile;
import org.campo.export.CsvFormat;
import org.campo.form.runtime.InstanceReader;
import org.campo.model.ReviewStatus;
import org.campo.study.OpenStudy;

/**
 * {@code FORM-review.csv}: for every exported submission that was reviewed or corrected, its
 * review status and each correction (question, the value it replaced, the new value, the reason,
 * who and when), so that whoever analyses the data sees what changed after collection. Values of
 * sensitive questions are left out unless the export includes sensitive fields.
 */
final class CorrectionsFile {
    private final OpenStudy study;
    private final List<String> formRefs;
    private final boolean drafts;
    private final InstanceReader reader;

    /**
     * @param formRefs the exported form versions
     * @param drafts   whether drafts were exported too
     */
    CorrectionsFile(OpenStudy study, List<String> formRefs, boolean drafts, InstanceReader reader) {
        this.study = study;
        this.formRefs = formRefs;
        this.drafts = drafts;
        this.reader = reader;
    }

    /** The KEY (instance id) of each reviewed or corrected submission that this export holds. */
    private Map<String, String> keys(Set<String> ids) {
        Map<String, String> keys = new HashMap<>();
        for (String id : ids) {
            study.submissions().findById(id).filter(s -> formRefs.contains(s.formRef()))
                    .filter(s -> drafts || s.status() == org.campo.model.SubmissionStatus.FINAL)
                    .ifPresent(s -> {
                        try {
                            keys.put(id, reader.read(s.instanceXml()).instanceId().orElse("uuid:" + id));
                        } catch (org.campo.common.CampoException e) {
                            keys.put(id, "uuid:" + id);
                        }
                    });
        }
        return keys;
    }

    /** @param sensitive names of sensitive questions whose values must not appear */
    Path write(Path dir, String formId, Set<String> sensitive) {
        Path file = FileNames.inside(dir, FileNames.safe(formId + "-review") + ".csv");
        Map<String, String> members = new HashMap<>();
        study.members().all().forEach(m -> members.put(m.id(), m.userName()));
        Map<String, ReviewStatus> statuses = study.changes().read(r -> r.reviews().statuses());
        Set<String> ids = new java.util.HashSet<>(statuses.keySet());
        study.changes().read(r -> {
            r.reviews().forEachCorrection(c -> ids.add(c.submissionId()));
            return null;
        });
        Map<String, String> keys = keys(ids);
        AtomicFile.write(file, out -> {
            var w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvFormat.writeRow(w, List.of("KEY", "review_status", "corrected_at", "corrected_by", "question",
                    "old_value", "new_value", "reason", "revision"));
            Set<String> corrected = new java.util.HashSet<>();
            study.changes().read(r -> {
                r.reviews().forEachCorrection(c -> {
                    String key = keys.get(c.submissionId());
                    if (key == null) {
                        return;
                    }
                    corrected.add(c.submissionId());
                    boolean hide = sensitive.contains(c.variable().replaceFirst("\\[\\d+]$", ""));
                    ReviewStatus status = statuses.get(c.submissionId());
                    write(w, List.of(key, status == null ? "" : status.code(), c.at().toString(),
                            members.getOrDefault(c.memberId(), ""), c.variable(), hide ? "" : c.oldValue(),
                            hide ? "" : c.newValue(), c.reason(), Integer.toString(c.rev())));
                });
                return null;
            });
            for (var e : statuses.entrySet()) {
                String key = keys.get(e.getKey());
                if (key != null && !corrected.contains(e.getKey())) {
                    write(w, List.of(key, e.getValue().code(), "", "", "", "", "", "", ""));
                }
            }
            w.flush();
        });
        return file;
    }

    private static void write(BufferedWriter w, List<String> row) {
        try {
            CsvFormat.writeRow(w, row);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
