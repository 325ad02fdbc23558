package org.campo.export.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campo.audit.AuditAction;
import org.campo.collect.FormLibrary;
import org.campo.common.CampoException;
import org.campo.common.ProgressListener;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.InstanceReader;
import org.campo.form.runtime.InstanceRow;
import org.campo.model.FormVersion;
import org.campo.store.SqliteParticipantRepository;
import org.campo.model.SubmissionStatus;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Exports the submissions of one form as tables (CSV files or one workbook), with a codebook,
 * an R script, the tombstones of withdrawn and deleted records, and a manifest carrying the
 * audit chain head. Submissions of every version are read against the newest version's
 * variables, streamed one at a time so memory stays flat however large the study.
 */
public final class DatasetExporter {
    private static final Logger LOG = Logger.getLogger(DatasetExporter.class.getName());
    private final OpenStudy study;
    private final FormLibrary forms;

    public DatasetExporter(OpenStudy study, FormLibrary forms) {
        this.study = study;
        this.forms = forms;
    }

    public DatasetResult export(DatasetOptions options, Path outputDir, ProgressListener progress) {
        study.require(Capability.EXPORT_DATA);
        if (options.includeSensitive()) {
            study.require(Capability.INCLUDE_SENSITIVE);
        }
        FormVersion latest = forms.latest(options.formId());
        FormDefinition definition = forms.definition(latest);
        DatasetLayout layout = new DatasetLayout(definition.schema(), options);
        String language = options.language() != null ? options.language()
                : definition.defaultLanguage().orElse(definition.languages().isEmpty() ? null
                : definition.languages().get(0));
        List<String> refs = study.forms().versionsOf(options.formId()).stream().map(FormVersion::id).toList();
        long total = refs.stream().mapToLong(r -> study.submissions().count(r, SubmissionStatus.FINAL)
                + (options.includeDrafts() ? study.submissions().count(r, SubmissionStatus.DRAFT) : 0)).sum();

        List<Path> files = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        long[] done = {0};
        try {
            Files.createDirectories(outputDir);
            TableSink sink = TableSink.open(options.format(), outputDir, options.formId(), layout.tables());
            try (sink) {
                InstanceReader reader = new InstanceReader(definition.repeatPaths());
                RowBuilder rows = new RowBuilder(options.choiceLabels(), language);
                Map<String, String> participantCodes = participantCodes();
                for (SubmissionStatus status : options.includeDrafts()
                        ? List.of(SubmissionStatus.FINAL, SubmissionStatus.DRAFT) : List.of(SubmissionStatus.FINAL)) {
                    study.submissions().forEach(refs, status, s -> {
                        progress.checkCancelled();
                        InstanceReader.Result r;
                        try {
                            r = reader.read(s.instanceXml());
                        } catch (CampoException | StackOverflowError e) {
                            // one unreadable row never blocks an export: listed, left out, removable
                            // with "campo data quarantine"
                            LOG.log(Level.WARNING, "Submission " + s.id() + " cannot be read; left out of the export", e);
                            unreadable.add(s.id());
                            return;
                        }
                        String key = r.instanceId().orElse("uuid:" + s.id());
                        Map<String, String> system = new HashMap<>();
                        system.put("KEY", key);
                        system.put("SubmissionDate", s.createdAt().toString());
                        system.put("UpdatedDate", s.updatedAt().toString());
                        system.put("status", s.status().code());
                        system.put("site_code", s.siteCode());
                        system.put("device_id", s.deviceId());
                        system.put("participant_code", s.participantId() == null ? ""
                                : participantCodes.getOrDefault(s.participantId(), ""));
                        write(sink, layout.tables().get(0), rows.cells(layout.tables().get(0), r.main().values(), system));
                        for (DatasetTable t : layout.tables().subList(1, layout.tables().size())) {
                            for (InstanceRow row : r.rows(t.repeatPath())) {
                                Map<String, String> sys = Map.of(
                                        "PARENT_KEY", keyOf(key, row.parentKey(), layout.schema().rootPath()),
                                        "KEY", keyOf(key, row.key(), layout.schema().rootPath()),
                                        "position", Integer.toString(row.position()));
                                write(sink, t, rows.cells(t, row.values(), sys));
                            }
                        }
                        done[0]++;
                        if (done[0] % 500 == 0) {
                            progress.progress(done[0], total, null);
                        }
                    });
                }
                files.addAll(sink.commit());
            }
        } catch (IOException e) {
            throw new CampoException(e, "export.writeFailed", outputDir.toString(), String.valueOf(e.getMessage()));
        } catch (UncheckedWrite e) {
            throw new CampoException(e.getCause(), "export.writeFailed", outputDir.toString(),
                    String.valueOf(e.getCause().getMessage()));
        }
        files.addAll(new CodebookWriter(layout, definition).write(outputDir));
        files.add(new RScriptWriter(layout, language).write(outputDir));
        String head = study.audit().head();
        files.add(new ExportManifest(study, options, done[0], head).write(outputDir));
        files.add(new TombstoneFile(study).write(outputDir));
        study.database().run(() -> {
            if (options.includeSensitive()) {
                study.audit().append(study.actor(), AuditAction.SENSITIVE_INCLUDED,
                        "form=" + options.formId() + " format=" + options.format());
            }
            study.audit().append(study.actor(), AuditAction.EXPORT, "dataset form=" + options.formId()
                    + " format=" + options.format() + " submissions=" + done[0]
                    + " sensitive=" + (options.includeSensitive() ? "included" : "excluded")
                    + (unreadable.isEmpty() ? "" : " unreadable=" + String.join(",", unreadable)));
        });
        progress.progress(done[0], total, null);
        return new DatasetResult(List.copyOf(files), done[0],
                !options.includeSensitive() && layout.formHasSensitiveFields(), head, unreadable);
    }

    private Map<String, String> participantCodes() {
        Map<String, String> codes = new HashMap<>();
        new SqliteParticipantRepository(study.database(), study.cipher()).all()
                .forEach(p -> codes.put(p.id(), p.code()));
        return codes;
    }

    private static String keyOf(String instanceKey, String rowKey, String rootPath) {
        return rowKey.equals(rootPath) || rowKey.isEmpty() ? instanceKey
                : instanceKey + rowKey.substring(rootPath.length());
    }

    private static void write(TableSink sink, DatasetTable table, List<String> cells) {
        try {
            sink.row(table, cells);
        } catch (IOException e) {
            throw new UncheckedWrite(e);
        }
    }

    /** Carries an I/O failure out of the streaming callback. */
    private static final class UncheckedWrite extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UncheckedWrite(IOException cause) {
            super(cause);
        }
    }

}
