package org.campo.qda;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.Code;
import org.campo.model.Coding;
import org.campo.model.Memo;
import org.campo.model.MemoTarget;

/** Builds small {@link QdaSnapshot}s for tests, by hand. */
public final class QdaFixture {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");
    private final List<Coder> coders = new ArrayList<>();
    private final List<Code> codes = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Coding> codings = new ArrayList<>();
    private final List<Memo> memos = new ArrayList<>();
    private final List<CaseRecord> cases = new ArrayList<>();
    private int next;

    public QdaFixture coder(String id, String name) {
        coders.add(new Coder(id, name, false));
        return this;
    }

    public QdaFixture code(String id, String parentId, String name) {
        codes.add(new Code(id, parentId, name, "", "", "", "", "#3366cc", true, T));
        return this;
    }

    public QdaFixture source(String id, String caseId, String text) {
        sources.add(new Source(id, id, SourceKind.INTERVIEW_NOTES, caseId, null, text, T, T));
        return this;
    }

    public QdaFixture coding(String sourceId, String codeId, String coderId, int start, int end) {
        codings.add(new Coding("cd" + (next++), sourceId, start, end, codeId, coderId, T, false));
        return this;
    }

    public QdaFixture detached(String sourceId, String codeId, String coderId, int start, int end) {
        codings.add(new Coding("cd" + (next++), sourceId, start, end, codeId, coderId, T, true));
        return this;
    }

    public QdaFixture memo(MemoTarget target, String targetId, String title, String text) {
        memos.add(new Memo("m" + (next++), target, targetId, title, text, "u1", T, T));
        return this;
    }

    /** A case; attributes as name, value pairs. */
    public QdaFixture caseRecord(String id, String code, boolean quotation, Set<String> sensitive,
                                 String... attributes) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            map.put(attributes[i], attributes[i + 1]);
        }
        cases.add(new CaseRecord(id, code, map, sensitive, quotation));
        return this;
    }

    public QdaSnapshot snapshot() {
        return new QdaSnapshot("study-1", "Estudio de prueba", List.copyOf(coders), List.copyOf(codes),
                List.copyOf(sources), List.copyOf(codings), List.copyOf(memos), List.copyOf(cases));
    }

    /** A text of {@code length} letters. */
    public static String text(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append((char) ('a' + i % 26));
        }
        return sb.toString();
    }
}
