package org.campo.export.summary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;

/**
 * A variable with a fixed set of categories, in the order the form lists them: a select
 * question, a yes/no field, or the submission's site. Knows how to read the categories a record
 * falls into (several for a select-multiple question).
 */
public record CategoricalVariable(String name, String label, List<String> values, List<String> labels,
                                  boolean multiple, Function<SummaryRecord, String> reader) {
    /** The pseudo-variable for the site a submission was collected at. */
    public static final String SITE = "site";

    public CategoricalVariable {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }

    public static CategoricalVariable of(FieldSchema field, String language, SummaryText text) {
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        if (field.kind() == FieldKind.BOOLEAN) {
            values.addAll(List.of("1", "0"));
            labels.addAll(List.of(text.get("yes"), text.get("no")));
        } else {
            for (FieldSchema.ChoiceSchema c : field.choices()) {
                values.add(c.value());
                labels.add(c.label(language));
            }
        }
        String name = field.name();
        Function<SummaryRecord, String> reader = field.kind() == FieldKind.BOOLEAN
                ? r -> normaliseFlag(r.value(name)) : r -> r.value(name);
        return new CategoricalVariable(name, field.label(language), values, labels,
                field.kind() == FieldKind.SELECT_MULTIPLE, reader);
    }

    /** A 0/1 calculation (such as a referral flag) read as yes/no. */
    public static CategoricalVariable flag(FieldSchema field, String language, SummaryText text) {
        String name = field.name();
        return new CategoricalVariable(name, field.label(language), List.of("1", "0"),
                List.of(text.get("yes"), text.get("no")), false, r -> normaliseFlag(r.value(name)));
    }

    /** The same variable under another label (a calculation has no label of its own). */
    public CategoricalVariable relabel(String newLabel) {
        return new CategoricalVariable(name, newLabel, values, labels, multiple, reader);
    }

    /** The site of each submission, with the sites that occur, sorted. */
    public static CategoricalVariable site(List<SummaryRecord> records, SummaryText text) {
        Set<String> sites = new TreeSet<>();
        records.forEach(r -> sites.add(r.site() == null || r.site().isBlank() ? "-" : r.site()));
        return new CategoricalVariable(SITE, text.get("site"), List.copyOf(sites), List.copyOf(sites), false,
                r -> r.site() == null || r.site().isBlank() ? "-" : r.site());
    }

    /** The known categories this record falls into; empty when unanswered. */
    public Set<String> categoriesOf(SummaryRecord record) {
        String raw = reader.apply(record);
        Set<String> out = new LinkedHashSet<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String v : multiple ? raw.trim().split("\\s+") : new String[] {raw.trim()}) {
            if (values.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static String normaliseFlag(String v) {
        return switch (v) {
            case "1", "true", "yes" -> "1";
            case "0", "false", "no" -> "0";
            default -> "";
        };
    }
}
