package org.campo.qda;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import org.campo.model.Coding;

/**
 * Keeps codings on their words when a text is edited. The old and new texts are cut into
 * words and single separators, compared with a diff (Myers, java-diff-utils), and every
 * segment's ends are carried through the changes: text inserted before a segment shifts it,
 * text inserted inside it widens it, words deleted at its edges shrink it, and a segment whose
 * words were all deleted or replaced becomes an empty, <em>detached</em> segment at the place
 * they were, for the researcher to look at. Nothing is moved silently onto other words.
 */
public final class Reanchoring {
    private final List<Change> changes;

    /** One changed stretch: old [oldStart, oldEnd) became new [newStart, newEnd), in code points. */
    private record Change(int oldStart, int oldEnd, int newStart, int newEnd) {
    }

    private Reanchoring(List<Change> changes) {
        this.changes = changes;
    }

    /** The changes that turn {@code before} into {@code after}. */
    public static Reanchoring between(String before, String after) {
        List<String> a = tokens(before);
        List<String> b = tokens(after);
        int[] aPos = positions(a);
        int[] bPos = positions(b);
        List<Change> changes = new ArrayList<>();
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            int os = d.getSource().getPosition();
            int ns = d.getTarget().getPosition();
            changes.add(new Change(aPos[os], aPos[os + d.getSource().size()], bPos[ns], bPos[ns + d.getTarget().size()]));
        }
        changes.sort(java.util.Comparator.comparingInt(Change::oldStart));
        return new Reanchoring(List.copyOf(changes));
    }

    /** Whether the two texts were equal. */
    public boolean isIdentity() {
        return changes.isEmpty();
    }

    /** Where a coding lands in the new text. */
    public Coding apply(Coding c) {
        if (c.detached()) {
            int at = mapStart(c.start());
            return new Coding(c.id(), c.sourceId(), at, at, c.codeId(), c.coderId(), c.codedAt(), true);
        }
        int start = mapStart(c.start());
        int end = mapEnd(c.end());
        if (c.end() > c.start() && end <= start) {
            int at = Math.min(start, mapEndOfRemoval(c.start()));
            return new Coding(c.id(), c.sourceId(), at, at, c.codeId(), c.coderId(), c.codedAt(), true);
        }
        return new Coding(c.id(), c.sourceId(), start, Math.max(start, end), c.codeId(), c.coderId(), c.codedAt(),
                false);
    }

    /** A segment start: after anything inserted at it, after replaced words it falls in. */
    private int mapStart(int p) {
        int shift = 0;
        for (Change ch : changes) {
            if (ch.oldStart() > p) {
                break;
            }
            if (ch.oldEnd() <= p && !(ch.oldStart() == ch.oldEnd() && ch.oldStart() == p)) {
                shift = ch.newEnd() - ch.oldEnd();
                continue;
            }
            // p falls inside a deleted or replaced stretch, or at an insertion point: start after it.
            return ch.newEnd();
        }
        return p + shift;
    }

    /** A segment end (exclusive): before anything inserted at it, before replaced words it falls in. */
    private int mapEnd(int p) {
        int shift = 0;
        for (Change ch : changes) {
            if (ch.oldStart() >= p) {
                break;
            }
            if (ch.oldEnd() <= p) {
                shift = ch.newEnd() - ch.oldEnd();
                continue;
            }
            return ch.newStart();
        }
        return p + shift;
    }

    /** Where the stretch that removed the words at {@code p} begins in the new text. */
    private int mapEndOfRemoval(int p) {
        for (Change ch : changes) {
            if (ch.oldStart() <= p && p < ch.oldEnd()) {
                return ch.newStart();
            }
        }
        return mapStart(p);
    }

    /** Words (letters and digits) and single other code points, so edits are seen word by word. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int j = i + Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (j < text.length() && Character.isLetterOrDigit(text.codePointAt(j))) {
                    j += Character.charCount(text.codePointAt(j));
                }
            }
            out.add(text.substring(i, j));
            i = j;
        }
        return out;
    }

    private static int[] positions(List<String> tokens) {
        int[] pos = new int[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            pos[i + 1] = pos[i] + t.codePointCount(0, t.length());
        }
        return pos;
    }
}
