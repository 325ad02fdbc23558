package org.campo.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.campo.common.CampoException;
import org.campo.form.runtime.InstanceReader;
import org.campo.form.runtime.InstanceRow;

/**
 * The answers two versions of one instance give differently, by question path (the root element
 * left out; a repeat's rows numbered, as in {@code household[2]/age}). An answer present in one
 * version only shows as empty in the other.
 */
final class AnswerDiff {
    private AnswerDiff() {
    }

    static List<MergeService.AnswerDifference> between(String keptXml, String otherXml) {
        Map<String, String> kept;
        Map<String, String> other;
        try {
            kept = answers(keptXml);
            other = answers(otherXml);
        } catch (CampoException e) {
            // a version that no longer reads is chosen on its metadata; the data screen names the damage
            return List.of();
        }
        Set<String> questions = new LinkedHashSet<>(kept.keySet());
        questions.addAll(other.keySet());
        List<MergeService.AnswerDifference> out = new ArrayList<>();
        for (String q : questions) {
            String a = kept.getOrDefault(q, "");
            String b = other.getOrDefault(q, "");
            if (!a.equals(b)) {
                out.add(new MergeService.AnswerDifference(q, a, b));
            }
        }
        return out;
    }

    private static Map<String, String> answers(String xml) {
        InstanceReader.Result result = new InstanceReader(Set.of()).read(xml);
        String root = result.main().key();
        Map<String, String> out = new LinkedHashMap<>();
        result.main().values().forEach((path, value) -> out.put(relative(root, path), value));
        result.repeats().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(repeat -> {
            for (InstanceRow row : repeat.getValue()) {
                String prefix = repeat.getKey() + "[" + row.position() + "]";
                row.values().forEach((path, value) -> out.put(
                        relative(root, prefix + path.substring(Math.min(path.length(), repeat.getKey().length()))),
                        value));
            }
        });
        return out;
    }

    private static String relative(String root, String path) {
        return path.startsWith(root + "/") ? path.substring(root.length() + 1) : path;
    }
}
