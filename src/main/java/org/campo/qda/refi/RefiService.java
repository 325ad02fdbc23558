package org.campo.qda.refi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.campo.audit.AuditAction;
import org.campo.model.ParticipantRow;
import org.campo.model.CaseAttribute;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.Coder;
import org.campo.qda.ExternalCoders;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.qda.QdaServices;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;
import org.campo.store.Repositories;

/**
 * REFI-QDA projects of one unlocked study: what the command line and the app call. Export reads
 * the analysis snapshot (as the member may see it) and is audited; import plans first, then
 * stores everything in one audited change of the study.
 */
public final class RefiService {
    private final OpenStudy study;
    private final QdaServices qda;
    private final QdpxExporter exporter;
    private final QdpxImporter importer;

    public RefiService(OpenStudy study, QdaServices qda, String origin) {
        this.study = study;
        this.qda = qda;
        this.exporter = new QdpxExporter(study.clock(), origin);
        this.importer = new QdpxImporter(study.clock());
    }

    /** The analysis, external coders named (as in every snapshot). */
    public QdaSnapshot snapshot() {
        return qda.snapshot();
    }

    /** Writes the study's analysis to {@code target}; coordinators may include sensitive attributes. */
    public RefiReport exportProject(Path target, QdpxExporter.Options options) {
        study.require(Capability.EXPORT_DATA);
        if (options.includeSensitive()) {
            study.require(Capability.INCLUDE_SENSITIVE);
        }
        RefiReport report = exporter.export(snapshot(), target, options);
        study.changes().run(c -> c.audit(AuditAction.EXPORT, "refi-qda qdpx line-endings="
                + options.lineEndings().name().toLowerCase(java.util.Locale.ROOT)
                + (options.includeSensitive() ? " sensitive" : "")));
        return report;
    }

    /** Reads and checks a project against this study; stores nothing. */
    public ImportPlan planImport(Path file) {
        requireImport();
        return importer.plan(file, existing(), study.member().id());
    }

    /**
     * What the study holds, for an import to merge with and to recognise what it brought in
     * before: the snapshot with every coding, also those blind mode hides from this member.
     */
    private QdaSnapshot existing() {
        QdaSnapshot s = snapshot();
        if (!qda.isBlind()) {
            return s;
        }
        List<Coding> all = study.changes().read(r -> r.codings().all());
        return new QdaSnapshot(s.studyId(), s.studyName(), s.coders(), s.codes(), s.sources(), all, s.memos(),
                s.cases());
    }

    /** Stores a plan in one audited change. */
    public void apply(ImportPlan plan) {
        requireImport();
        importer.apply(plan, target());
    }

    /** Plans and stores in one go; returns the plan and its report. */
    public ImportPlan importProject(Path file) {
        ImportPlan plan = planImport(file);
        apply(plan);
        return plan;
    }

    private void requireImport() {
        study.require(Capability.READ_RESPONSES);
        study.require(Capability.COLLECT);
    }

    ImportTarget target() {
        return new ImportTarget() {
            @Override
            public QdaSnapshot current() {
                return snapshot();
            }

            @Override
            public String importingCoderId() {
                return study.member().id();
            }

            @Override
            public void change(String summary, Consumer<Writer> work) {
                study.changes().run(c -> {
                    RepositoryWriter w = new RepositoryWriter(c.repositories(), c.now());
                    work.accept(w);
                    ExternalCoders.add(c.repositories(), w.coders);
                    c.audit(AuditAction.QDA_PROJECT_IMPORTED, summary);
                });
            }
        };
    }

    /** Writes an import's records straight into the repositories of the running change. */
    private static final class RepositoryWriter implements ImportTarget.Writer {
        private final Repositories r;
        private final java.time.Instant now;
        private final List<Coder> coders = new ArrayList<>();

        RepositoryWriter(Repositories r, java.time.Instant now) {
            this.r = r;
            this.now = now;
        }

        @Override
        public void addCoder(Coder coder) {
            coders.add(coder);
        }

        @Override
        public void addCode(Code code) {
            r.codes().add(code);
        }

        @Override
        public void addCase(CaseRecord record) {
            r.participants().add(new ParticipantRow(record.id(), record.code(), now, false), Map.of());
            for (var e : record.attributes().entrySet()) {
                r.caseAttributes().put(new CaseAttribute(record.id(), e.getKey(), e.getValue(),
                        record.sensitive().contains(e.getKey())));
            }
        }

        @Override
        public void addSource(Source source) {
            r.sources().add(source);
        }

        @Override
        public void addCoding(Coding coding) {
            r.codings().add(coding);
        }

        @Override
        public void addMemo(Memo memo) {
            r.memos().add(memo);
        }
    }
}
