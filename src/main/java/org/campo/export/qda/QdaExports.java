package org.campo.export.qda;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import org.campo.audit.AuditAction;
import org.campo.common.CampoException;
import org.campo.model.Code;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CodeTree;
import org.campo.qda.QdaSnapshot;
import org.campo.qda.agreement.AgreementReport;
import org.campo.qda.agreement.AgreementRequest;
import org.campo.qda.agreement.InterCoderAgreement;
import org.campo.qda.triangulation.CellSummaries;
import org.campo.qda.triangulation.MatrixRequest;
import org.campo.qda.triangulation.Participants;
import org.campo.qda.triangulation.QuoteBank;
import org.campo.qda.triangulation.QuoteOptions;
import org.campo.qda.triangulation.Quotes;
import org.campo.qda.triangulation.Triangulation;
import org.campo.qda.triangulation.TriangulationMatrix;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * The reports a coordinator builds from the qualitative analysis: the triangulation matrix, the
 * quote bank, coded transcripts, the participant table and inter-coder agreement. Every one reads
 * a snapshot taken as the member may see it, needs the right to export (the IRB role has none),
 * asks the coordinator's right to include sensitive attributes when opted in, and is audited.
 * Case attributes read in the export's language (the labels of the form options they store).
 */
public final class QdaExports {
    private final OpenStudy study;
    private final Supplier<QdaSnapshot> snapshots;
    private final Supplier<CellSummaries> summaries;
    private final Function<Locale, AttributeDisplay> labels;

    /** Exports whose case attributes read as stored. */
    public QdaExports(OpenStudy study, Supplier<QdaSnapshot> snapshots, Supplier<CellSummaries> summaries) {
        this(study, snapshots, summaries, locale -> AttributeDisplay.STORED);
    }

    /**
     * @param labels how case attributes read in a language (their form options' labels)
     */
    public QdaExports(OpenStudy study, Supplier<QdaSnapshot> snapshots, Supplier<CellSummaries> summaries,
                      Function<Locale, AttributeDisplay> labels) {
        this.study = study;
        this.snapshots = snapshots;
        this.summaries = summaries;
        this.labels = labels;
    }

    /** The matrix, to look at in the app (reading, not exporting). */
    public TriangulationMatrix matrix(MatrixRequest request) {
        sensitive(request.includeSensitive());
        return new Triangulation().matrix(snapshots.get(), request);
    }

    public TriangulationMatrix exportMatrix(MatrixRequest request, QdaFormat format, Path file, Locale locale) {
        study.require(Capability.EXPORT_DATA);
        sensitive(request.includeSensitive());
        QdaSnapshot snapshot = snapshots.get();
        AttributeDisplay display = labels.apply(locale);
        TriangulationMatrix m = new Triangulation(display).matrix(snapshot, request);
        CellSummaries sums = summaries.get();
        if (format == QdaFormat.XLSX) {
            new MatrixXlsxWriter(locale).write(m, sums, file);
        } else if (format == QdaFormat.DOCX) {
            QuoteBank bank = new Quotes(display).bank(snapshot, new QuoteOptions(null, QuoteOptions.DEFAULT_ATTRIBUTION,
                    false, request.includeSensitive()));
            new MatrixDocxWriter(locale).write(m, sums, bank, file);
        } else {
            throw new CampoException("export.qda.format", format.extension(), "xlsx, docx");
        }
        audit("matrix by=" + String.join(",", request.attributes()) + " format=" + format.extension()
                + " themes=" + m.rows().size() + " groups=" + m.columns().size(), request.includeSensitive());
        return m;
    }

    public QuoteBank exportQuotes(String codePath, QuoteOptions base, QdaFormat format, Path file, Locale locale) {
        study.require(Capability.EXPORT_DATA);
        sensitive(base.includeSensitive());
        QdaSnapshot snapshot = snapshots.get();
        String codeId = codePath == null ? null : resolve(snapshot, codePath).id();
        QuoteOptions options = new QuoteOptions(codeId, base.attribution(), base.showParticipantCode(),
                base.includeSensitive());
        QuoteBank bank = new Quotes(labels.apply(locale)).bank(snapshot, options);
        if (format == QdaFormat.DOCX) {
            new QuotesDocxWriter(locale).write(bank, file);
        } else if (format == QdaFormat.XLSX) {
            new QuotesXlsxWriter(locale).write(bank, file);
        } else {
            throw new CampoException("export.qda.format", format.extension(), "docx, xlsx");
        }
        int quotes = bank.codes().stream().mapToInt(c -> c.quotes().size()).sum();
        audit("quotes format=" + format.extension() + " quotes=" + quotes + " withheld=" + bank.withheldQuotes()
                + " participantCodes=" + (options.showParticipantCode() ? "shown" : "hidden"), base.includeSensitive());
        return bank;
    }

    public ParticipantTable exportParticipants(List<String> attributes, int minCell, boolean includeSensitive,
                                               QdaFormat format, Path file, Locale locale) {
        study.require(Capability.EXPORT_DATA);
        sensitive(includeSensitive);
        if (minCell < 1) {
            throw new CampoException("export.qda.minCell", minCell);
        }
        ParticipantTable table = ParticipantTable.of(new Participants().count(snapshots.get(), attributes,
                includeSensitive), minCell, labels.apply(locale));
        if (format == QdaFormat.XLSX) {
            new ParticipantTableXlsxWriter(locale).write(table, file);
        } else if (format == QdaFormat.PDF) {
            new ParticipantTablePdfWriter(locale).write(table, file);
        } else {
            throw new CampoException("export.qda.format", format.extension(), "xlsx, pdf");
        }
        audit("participants by=" + String.join(",", attributes) + " format=" + format.extension() + " minCell="
                + minCell + " cases=" + table.cases(), includeSensitive);
        return table;
    }

    /**
     * One coded transcript per source, written into {@code dir} ({@code NAME.pdf} or
     * {@code NAME.docx}); returns the files written.
     */
    public List<Path> exportTranscripts(QdaFormat format, Path dir, boolean includeSensitive, Locale locale) {
        study.require(Capability.EXPORT_DATA);
        sensitive(includeSensitive);
        if (format != QdaFormat.PDF && format != QdaFormat.DOCX) {
            throw new CampoException("export.qda.format", format.extension(), "pdf, docx");
        }
        List<Path> files = new java.util.ArrayList<>();
        java.util.Set<String> used = new java.util.HashSet<>();
        for (Transcript t : Transcript.of(snapshots.get(), includeSensitive, labels.apply(locale))) {
            String stem = t.fileStem();
            String name = stem;
            for (int i = 2; !used.add(name.toLowerCase(Locale.ROOT)); i++) {
                name = stem + "_" + i;
            }
            Path file = org.campo.export.FileNames.inside(dir, name + "." + format.extension());
            if (format == QdaFormat.PDF) {
                new TranscriptPdfWriter(locale).write(t, file);
            } else {
                new TranscriptDocxWriter(locale).write(t, file);
            }
            files.add(file);
        }
        audit("transcripts format=" + format.extension() + " sources=" + files.size(), includeSensitive);
        return files;
    }

    /** Inter-coder agreement; written to {@code file} as a workbook when a file is given. */
    public AgreementReport agreement(List<String> coders, String codePath, Path file, Locale locale) {
        study.require(Capability.READ_RESPONSES);
        QdaSnapshot snapshot = snapshots.get();
        String codeId = codePath == null ? null : resolve(snapshot, codePath).id();
        AgreementReport report = new InterCoderAgreement().compute(snapshot, new AgreementRequest(coders, codeId));
        if (file != null) {
            study.require(Capability.EXPORT_DATA);
            new AgreementXlsxWriter(locale).write(report, file);
            audit("agreement coders=" + report.coders().size() + " sources=" + report.sources().size(), false);
        }
        return report;
    }

    /** The code at a path, or a located error. */
    static Code resolve(QdaSnapshot snapshot, String path) {
        return new CodeTree(snapshot.codes()).find(path)
                .orElseThrow(() -> new CampoException("qda.agreement.unknownCode", path));
    }

    private void sensitive(boolean include) {
        study.require(Capability.READ_RESPONSES);
        if (include) {
            study.require(Capability.INCLUDE_SENSITIVE);
        }
    }

    private void audit(String details, boolean sensitive) {
        study.changes().run(c -> {
            if (sensitive) {
                c.audit(AuditAction.SENSITIVE_INCLUDED, details);
            }
            c.audit(AuditAction.EXPORT, details + " sensitive=" + (sensitive ? "included" : "excluded"));
        });
    }
}
