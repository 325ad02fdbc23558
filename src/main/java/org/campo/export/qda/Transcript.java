package org.campo.export.qda;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.qda.AttributeDisplay;
import org.campo.qda.CaseRecord;
import org.campo.model.Code;
import org.campo.qda.CodeTree;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;
import org.campo.qda.QdaSnapshot;
import org.campo.model.Source;

/**
 * One source prepared for a coded-transcript export: the attributes its header may show, its
 * codings, and its memos numbered as endnotes (the source's own, then those on its codings).
 */
record Transcript(Source source, Map<String, String> header, boolean quotationAllowed, List<Coding> codings,
                  Map<String, Code> codes, List<Memo> memos, Map<String, Integer> memoNumberOfCoding,
                  Map<String, String> coderNames) {

    static List<Transcript> of(QdaSnapshot snapshot, boolean includeSensitive) {
        return of(snapshot, includeSensitive, AttributeDisplay.STORED);
    }

    /** The transcripts, their headers reading attributes as the display gives them. */
    static List<Transcript> of(QdaSnapshot snapshot, boolean includeSensitive, AttributeDisplay display) {
        Map<String, CaseRecord> cases = new LinkedHashMap<>();
        snapshot.cases().forEach(c -> cases.put(c.id(), c));
        Map<String, Code> codes = new LinkedHashMap<>();
        snapshot.codes().forEach(c -> codes.put(c.id(), c));
        CodeTree tree = new CodeTree(snapshot.codes());
        Map<String, String> coderNames = new LinkedHashMap<>();
        snapshot.coders().forEach(c -> coderNames.put(c.id(), c.name()));
        List<Transcript> out = new ArrayList<>();
        for (Source s : snapshot.sources()) {
            CaseRecord c = s.caseId() == null ? null : cases.get(s.caseId());
            Map<String, String> header = new LinkedHashMap<>();
            if (c != null) {
                c.attributes().forEach((k, v) -> {
                    if (includeSensitive || !c.sensitive().contains(k)) {
                        header.put(ParticipantTable.label(k, display), display.value(k, v));
                    }
                });
            }
            List<Coding> codings = new ArrayList<>();
            for (Coding x : snapshot.codings()) {
                if (x.sourceId().equals(s.id()) && !x.detached() && x.end() <= s.length() && x.end() > x.start()) {
                    codings.add(x);
                }
            }
            codings.sort(Comparator.comparingInt(Coding::start).thenComparingInt(Coding::end));
            List<Memo> memos = new ArrayList<>();
            Map<String, Integer> numbers = new LinkedHashMap<>();
            for (Memo m : snapshot.memos()) {
                if (m.target() == MemoTarget.SOURCE && s.id().equals(m.targetId())) {
                    memos.add(m);
                }
            }
            for (Coding x : codings) {
                for (Memo m : snapshot.memos()) {
                    if (m.target() == MemoTarget.CODING && x.id().equals(m.targetId())) {
                        memos.add(m);
                        numbers.putIfAbsent(x.id(), memos.size());
                    }
                }
            }
            Map<String, Code> withPaths = new LinkedHashMap<>();
            codes.forEach((id, code) -> withPaths.put(id, new Code(code.id(), code.parentId(), tree.path(id),
                    code.definition(), code.inclusion(), code.exclusion(), code.example(), code.color(), code.codable(),
                    code.createdAt())));
            out.add(new Transcript(s, header, c == null || c.directQuotation(), codings, withPaths, memos, numbers,
                    coderNames));
        }
        return out;
    }

    /** The codings that overlap [start, end) in code points. */
    List<Coding> covering(int start, int end) {
        List<Coding> out = new ArrayList<>();
        for (Coding c : codings) {
            if (c.start() < end && c.end() > start) {
                out.add(c);
            }
        }
        return out;
    }

    /** Margin entries for [start, end): one per code (path), with the memo numbers of its codings there. */
    Map<Code, Set<Integer>> margin(int start, int end) {
        Map<Code, Set<Integer>> out = new LinkedHashMap<>();
        for (Coding c : covering(start, end)) {
            Code code = codes.get(c.codeId());
            if (code == null) {
                continue;
            }
            Set<Integer> notes = out.computeIfAbsent(code, k -> new LinkedHashSet<>());
            Integer n = memoNumberOfCoding.get(c.id());
            if (n != null && c.start() >= start) {
                notes.add(n);
            }
        }
        return out;
    }

    /** The memos on one coding, in the order they are numbered. */
    List<Memo> memosOf(Coding coding) {
        List<Memo> out = new ArrayList<>();
        for (Memo m : memos) {
            if (m.target() == MemoTarget.CODING && coding.id().equals(m.targetId())) {
                out.add(m);
            }
        }
        return out;
    }

    /** Paragraphs of the text with their code-point ranges (line breaks split them). */
    List<int[]> paragraphs() {
        List<int[]> out = new ArrayList<>();
        String text = source.text();
        int cp = 0;
        int startCp = 0;
        for (int i = 0; i < text.length(); ) {
            int ch = text.codePointAt(i);
            if (ch == '\n') {
                out.add(new int[] {startCp, cp});
                startCp = cp + 1;
            }
            i += Character.charCount(ch);
            cp++;
        }
        out.add(new int[] {startCp, cp});
        return out;
    }

    /** A file name for the source: its name with anything unsafe replaced (see FileNames). */
    String fileStem() {
        return org.campo.export.FileNames.safe(source.name());
    }
}
