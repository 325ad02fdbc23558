package org.campo.export.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.campo.audit.AuditAction;
import org.campo.collect.FormLibrary;
import org.campo.common.CampoException;
import org.campo.common.CancelledException;
import org.campo.common.ProgressListener;
import org.campo.form.runtime.FlatInstance;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.InstanceReader;
import org.campo.form.runtime.InstanceRow;
import org.campo.model.FormVersion;
import org.campo.store.DamagedValueException;
import org.campo.store.SealedSubmission;
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
                Map<String, String> participantCodes = participantCodes();
                Flattener flattener = new Flattener(layout, options.choiceLabels(), language, participantCodes, sink,
                        options.skipDamaged());
                for (SubmissionStatus status : options.includeDrafts()
                        ? List.of(SubmissionStatus.FINAL, SubmissionStatus.DRAFT) : List.of(SubmissionStatus.FINAL)) {
                    // One transaction: rows built for submissions that had none are kept with one commit.
                    study.changes().keepDerived(r -> {
                        try (RowPipeline pipeline = new RowPipeline(flattener, reader, sink, progress, total, done, unreadable)) {
                            r.submissions().forEachSealed(refs, status, pipeline::add);
                            pipeline.finish();
                        }
                        return null;
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
        files.add(new RScriptWriter(layout, language, options.format()).write(outputDir));
        String head = study.audit().head();
        files.add(new ExportManifest(study, options, done[0], head).write(outputDir));
        files.add(new TombstoneFile(study.repositories().tombstones()).write(outputDir));
        if (study.can(Capability.READ_RESPONSES)) {
            java.util.Set<String> hidden = new java.util.HashSet<>();
            layout.schema().fields().stream().filter(f -> f.sensitive() && !options.includeSensitive())
                    .forEach(f -> hidden.add(f.name()));
            files.add(new CorrectionsFile(study, refs, options.includeDrafts(), reader(definition))
                    .write(outputDir, options.formId(), hidden));
        }
        study.changes().run(c -> {
            if (options.includeSensitive()) {
                c.audit(AuditAction.SENSITIVE_INCLUDED,
                        "form=" + options.formId() + " format=" + options.format());
            }
            c.audit(AuditAction.EXPORT, "dataset form=" + options.formId()
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
        study.repositories().participants().all().forEach(p -> codes.put(p.id(), p.code()));
        return codes;
    }

    private static InstanceReader reader(FormDefinition definition) {
        return new InstanceReader(definition.repeatPaths());
    }

    private static String keyOf(String instanceKey, String rowKey, String rootPath) {
        return rowKey.equals(rootPath) || rowKey.isEmpty() ? instanceKey
                : instanceKey + rowKey.substring(rootPath.length());
    }

    /**
     * Turns one submission into the prepared rows of every table. Runs on several threads at
     * once: everything it shares is read-only, and each thread has its own decoder and row builder.
     */
    private static final class Flattener {
        private final DatasetLayout layout;
        private final Map<String, String> participantCodes;
        private final TableSink sink;
        private final ThreadLocal<RowBuilder> builders;
        private final ThreadLocal<FlatInstance.Decoder> decoders = ThreadLocal.withInitial(FlatInstance.Decoder::new);
        private final boolean skipDamaged;

        Flattener(DatasetLayout layout, boolean labels, String language, Map<String, String> participantCodes,
                  TableSink sink, boolean skipDamaged) {
            this.skipDamaged = skipDamaged;
            this.layout = layout;
            this.participantCodes = participantCodes;
            this.sink = sink;
            this.builders = ThreadLocal.withInitial(() -> new RowBuilder(labels, language));
        }

        /** The submission's rows, and its flattened instance when it had none kept (to keep it). */
        void rows(SealedSubmission s, InstanceReader reader, Batch out) {
            InstanceReader.Result r;
            byte[] kept = null;
            String xml = null;
            try {
                if (s.hasRow()) {
                    kept = s.openRow();
                } else {
                    xml = s.openInstance();
                }
            } catch (DamagedValueException e) {
                if (!skipDamaged) {
                    throw e;
                }
                LOG.log(Level.WARNING, "Submission " + s.id() + " is damaged; left out of the export as asked", e);
                out.unreadable.add(s.id());
                return;
            }
            if (kept != null) {
                r = decoders.get().decode(kept);
            } else {
                try {
                    r = reader.read(xml);
                } catch (CampoException | StackOverflowError e) {
                    // one unreadable row never blocks an export: listed, left out, removable
                    // with "campo data quarantine"
                    LOG.log(Level.WARNING, "Submission " + s.id() + " cannot be read; left out of the export", e);
                    out.unreadable.add(s.id());
                    return;
                }
                if (s.status() == SubmissionStatus.FINAL) {
                    out.keeps.add(new Keep(s.id(), s.rev(), FlatInstance.encode(r)));
                }
            }
            RowBuilder rows = builders.get();
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
            DatasetTable main = layout.tables().get(0);
            out.add(main, sink.prepare(main, rows.cells(main, r.main().values(), system)));
            for (DatasetTable t : layout.tables().subList(1, layout.tables().size())) {
                for (InstanceRow row : r.rows(t.repeatPath())) {
                    Map<String, String> sys = Map.of(
                            "PARENT_KEY", keyOf(key, row.parentKey(), layout.schema().rootPath()),
                            "KEY", keyOf(key, row.key(), layout.schema().rootPath()),
                            "position", Integer.toString(row.position()));
                    out.add(t, sink.prepare(t, rows.cells(t, row.values(), sys)));
                }
            }
        }
    }

    /** A flattened row to keep for a submission that had none (stored before rows were kept). */
    private record Keep(String id, int rev, byte[] flattened) {
    }

    /** The prepared rows of consecutive submissions, in order. */
    private static final class Batch {
        final List<DatasetTable> tables = new ArrayList<>();
        final List<Object> rows = new ArrayList<>();
        final List<Keep> keeps = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();
        int submissions;

        void add(DatasetTable table, Object row) {
            tables.add(table);
            rows.add(row);
        }
    }

    /**
     * Decrypts, decodes and formats submissions on every core while this thread reads the study
     * file and writes the output in the original order. Batches go to the pool as they are read;
     * at most a few are in flight, so memory stays flat.
     */
    private final class RowPipeline implements AutoCloseable {
        private static final int BATCH = 200;
        private final Flattener flattener;
        private final InstanceReader reader;
        private final TableSink sink;
        private final ProgressListener progress;
        private final long total;
        private final long[] done;
        private final List<String> unreadable;
        private final ExecutorService pool;
        private final int maxInFlight;
        private final Deque<Future<Batch>> inFlight = new ArrayDeque<>();
        private List<SealedSubmission> pending = new ArrayList<>(BATCH);

        RowPipeline(Flattener flattener, InstanceReader reader, TableSink sink, ProgressListener progress,
                    long total, long[] done, List<String> unreadable) {
            this.unreadable = unreadable;
            this.flattener = flattener;
            this.reader = reader;
            this.sink = sink;
            this.progress = progress;
            this.total = total;
            this.done = done;
            int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
            this.pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "campo-export");
                t.setDaemon(true);
                return t;
            });
            this.maxInFlight = threads * 3;
        }

        void add(SealedSubmission s) {
            progress.checkCancelled();
            pending.add(s);
            if (pending.size() >= BATCH) {
                submit();
            }
        }

        void finish() {
            submit();
            while (!inFlight.isEmpty()) {
                write(inFlight.poll());
            }
        }

        private void submit() {
            if (pending.isEmpty()) {
                return;
            }
            List<SealedSubmission> work = pending;
            pending = new ArrayList<>(BATCH);
            inFlight.add(pool.submit(() -> {
                Batch b = new Batch();
                for (SealedSubmission s : work) {
                    int left = b.unreadable.size();
                    flattener.rows(s, reader, b);
                    if (b.unreadable.size() == left) {
                        b.submissions++;
                    }
                }
                return b;
            }));
            while (inFlight.size() > maxInFlight || !inFlight.isEmpty() && inFlight.peek().isDone()) {
                write(inFlight.poll());
            }
        }

        private void write(Future<Batch> future) {
            Batch b;
            try {
                b = future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
            try {
                for (int i = 0; i < b.rows.size(); i++) {
                    sink.write(b.tables.get(i), b.rows.get(i));
                }
            } catch (IOException e) {
                throw new UncheckedWrite(e);
            }
            unreadable.addAll(b.unreadable);
            for (Keep k : b.keeps) {
                study.submissions().keepRow(k.id(), k.rev(), k.flattened());
            }
            long before = done[0];
            done[0] += b.submissions;
            if (done[0] / 500 != before / 500) {
                progress.progress(done[0], total, null);
            }
        }

        @Override
        public void close() {
            pool.shutdownNow();
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
