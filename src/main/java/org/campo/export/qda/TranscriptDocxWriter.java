package org.campo.export.qda;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.campo.common.Messages;
import org.campo.export.AtomicFile;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.qda.TextPositions;

/**
 * A coded transcript as a Word document: the header with the case attributes that may be
 * shown, then the source's text with one Word paragraph per paragraph (line) of the source, and
 * each coding as a Word comment anchored on exactly the words it covers (a coding that runs over
 * several paragraphs spans them). Word, LibreOffice and NVivo's own Word exports show comments
 * in the margin beside the words: the comment names the code by its path, its author is the
 * coder, and it carries the memos written on that coding. The source's memos follow at the end.
 */
final class TranscriptDocxWriter {
    private final Locale locale;

    TranscriptDocxWriter(Locale locale) {
        this.locale = locale;
    }

    void write(Transcript t, Path target) {
        AtomicFile.write(target, out -> render(t, out));
    }

    void render(Transcript t, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            Docx d = new Docx(doc);
            d.title(t.source().name());
            d.paragraph(m("export.transcripts.kind") + ": " + m("export.transcripts.kind." + t.source().kind().code()));
            for (Map.Entry<String, String> e : t.header().entrySet()) {
                d.paragraph(e.getKey() + ": " + e.getValue());
            }
            d.paragraph(m("export.transcripts.quotation") + ": " + m(t.quotationAllowed()
                    ? "export.transcripts.quotation.yes" : "export.transcripts.quotation.no"));
            d.note(m("export.transcripts.legend.docx"));
            text(doc, t);
            List<Memo> sourceMemos = t.memos().stream()
                    .filter(x -> x.target() == org.campo.model.MemoTarget.SOURCE).toList();
            if (!sourceMemos.isEmpty()) {
                d.heading(m("export.transcripts.memos"), 2);
                for (Memo memo : sourceMemos) {
                    XWPFParagraph p = doc.createParagraph();
                    if (memo.title() != null && !memo.title().isBlank()) {
                        XWPFRun title = p.createRun();
                        title.setBold(true);
                        title.setText(memo.title() + ": ");
                    }
                    Docx.lines(p.createRun(), memo.text());
                }
            }
            doc.write(out);
        }
    }

    /** The text, paragraph by paragraph, with one comment per coding on its exact range. */
    private void text(XWPFDocument doc, Transcript t) {
        XWPFComments comments = doc.createComments();
        Map<Coding, BigInteger> ids = new IdentityHashMap<>();
        List<Coding> codings = new ArrayList<>(t.codings());
        codings.sort(Comparator.comparingInt(Coding::start).thenComparing(Comparator.comparingInt(Coding::end).reversed()));
        for (Coding k : codings) {
            BigInteger id = BigInteger.valueOf(ids.size());
            ids.put(k, id);
            comment(comments.createComment(id), k, t);
        }
        String text = t.source().text();
        for (int[] para : t.paragraphs()) {
            XWPFParagraph p = doc.createParagraph();
            TreeSet<Integer> cuts = new TreeSet<>(List.of(para[0], para[1]));
            for (Coding k : codings) {
                if (k.start() >= para[0] && k.start() <= para[1]) {
                    cuts.add(k.start());
                }
                if (k.end() >= para[0] && k.end() <= para[1]) {
                    cuts.add(k.end());
                }
            }
            Integer previous = null;
            for (int cut : cuts) {
                if (previous != null && cut > previous) {
                    p.createRun().setText(TextPositions.slice(text, previous, cut));
                }
                for (Coding k : codings) {
                    if (k.end() == cut) {
                        p.getCTP().addNewCommentRangeEnd().setId(ids.get(k));
                        XWPFRun ref = p.createRun();
                        ref.getCTR().addNewCommentReference().setId(ids.get(k));
                    }
                }
                for (Coding k : codings) {
                    if (k.start() == cut) {
                        p.getCTP().addNewCommentRangeStart().setId(ids.get(k));
                    }
                }
                previous = cut;
            }
        }
    }

    private void comment(XWPFComment c, Coding k, Transcript t) {
        String coder = t.coderNames().getOrDefault(k.coderId(), k.coderId());
        c.setAuthor(coder);
        c.setInitials(initials(coder));
        Calendar at = new GregorianCalendar(TimeZone.getTimeZone("UTC"), locale);
        at.setTimeInMillis(k.codedAt().toEpochMilli());
        c.setDate(at);
        Code code = t.codes().get(k.codeId());
        XWPFParagraph p = c.createParagraph();
        XWPFRun stripe = p.createRun();
        stripe.setText("█ ");
        stripe.setColor(hex(code == null ? null : code.color()));
        XWPFRun name = p.createRun();
        name.setBold(true);
        name.setText(code == null ? k.codeId() : code.name());
        for (Memo memo : t.memosOf(k)) {
            XWPFParagraph mp = c.createParagraph();
            if (memo.title() != null && !memo.title().isBlank()) {
                XWPFRun title = mp.createRun();
                title.setItalic(true);
                title.setText(memo.title() + ": ");
            }
            Docx.lines(mp.createRun(), memo.text());
        }
    }

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.strip().split("[\\s._-]+")) {
            if (!part.isEmpty() && sb.length() < 3) {
                sb.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return sb.length() == 0 ? "?" : sb.toString();
    }

    private static String hex(String color) {
        return color != null && color.matches("#[0-9A-Fa-f]{6}") ? color.substring(1).toUpperCase(Locale.ROOT) : "3366CC";
    }

    private String m(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
