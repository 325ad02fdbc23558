package org.campo.export.summary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.campo.common.CampoException;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;

/**
 * Turns a form's records into a {@link SummaryReport}: a frequency table for every closed
 * question, cross-tabulations by the chosen variables, number summaries, the flow section for
 * flow-count forms and, when asked, the referral list. Pure, so every rule here is tested
 * without a study. Sensitive variables are left out unless {@code includeSensitive}, and every
 * table goes through {@link DisclosureControl} whatever the caller's role.
 */
public final class SummaryBuilder {
    private final FormSchema schema;
    private final String language;
    private final SummaryText text;

    /**
     * @param language the form language for question and choice labels (a name from the form)
     * @param text     the report's own words
     */
    public SummaryBuilder(FormSchema schema, String language, SummaryText text) {
        this.schema = schema;
        this.language = language;
        this.text = text;
    }

    public SummaryReport build(SummaryOptions options, List<SummaryRecord> records, String studyName,
                               String auditHead, Instant now) {
        int min = options.minCell();
        List<String> omitted = new ArrayList<>();
        List<CategoricalVariable> closed = new ArrayList<>();
        List<NumericSummary> numbers = new ArrayList<>();
        boolean flowForm = FlowCounts.isFlowCount(schema);
        for (FieldSchema f : schema.fields()) {
            if (f.repeatPath() != null || f.metadata()) {
                continue;
            }
            boolean closedQuestion = f.kind().isCategorical() || f.name().equals(ReferralList.FLAG);
            if (!closedQuestion && !f.kind().isNumeric()) {
                continue;
            }
            if (f.sensitive() && !options.includeSensitive()) {
                omitted.add(f.label(language));
                continue;
            }
            if (f.name().equals(ReferralList.FLAG)) {
                closed.add(CategoricalVariable.flag(f, language, text).relabel(text.get("referralFlag")));
            } else if (closedQuestion) {
                closed.add(CategoricalVariable.of(f, language, text));
            } else if (!(flowForm && (FlowCounts.COUNTERS.contains(f.name()) || f.name().equals("group_seq")))) {
                numbers.add(NumericSummary.of(f.name(), f.label(language), records, min));
            }
        }
        List<PublishedTable> frequencies = new ArrayList<>();
        for (CategoricalVariable v : closed) {
            frequencies.add(PublishedTable.of(CountTables.frequency(v, records, text.get("n")), min));
        }
        List<PublishedTable> crossTabs = new ArrayList<>();
        for (String byName : options.byVariables()) {
            CategoricalVariable by = byVariable(byName, closed, records, options);
            for (CategoricalVariable v : closed) {
                if (!v.name().equals(by.name())) {
                    crossTabs.add(PublishedTable.of(CountTables.crossTab(v, by, records,
                            text.get("crossTitle", v.label(), by.label())), min));
                }
            }
        }
        FlowReport flow = flowForm ? FlowCounts.build(schema, records, language, min, text) : null;
        List<ReferralCase> referrals = options.includeSensitive() && schema.fields().stream()
                .anyMatch(f -> f.name().equals(ReferralList.FLAG)) ? ReferralList.of(records, text) : null;
        LocalDate from = records.stream().map(SummaryRecord::date).filter(Objects::nonNull).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate to = records.stream().map(SummaryRecord::date).filter(Objects::nonNull).max(LocalDate::compareTo)
                .orElse(null);
        SummaryHeader header = new SummaryHeader(studyName, schema.formId(), schema.title(), from, to, records.size(),
                min, options.includeSensitive(), auditHead, now);
        return new SummaryReport(header, frequencies, crossTabs, numbers, flow, referrals, omitted);
    }

    /** The dataset column of a top-level question: its path below the form's root, "/" as "-". */
    private String columnName(FieldSchema f) {
        String root = schema.rootPath();
        return f.path().startsWith(root + "/") ? f.path().substring(root.length() + 1).replace('/', '-') : f.name();
    }

    private CategoricalVariable byVariable(String name, List<CategoricalVariable> closed, List<SummaryRecord> records,
                                           SummaryOptions options) {
        if (name.equals(CategoricalVariable.SITE)) {
            return CategoricalVariable.site(records, text);
        }
        // The question's name, or the column name the dataset export writes for it
        // (its path below the form, groups joined with "-", e.g. screening-point_code).
        FieldSchema field = schema.fields().stream().filter(f -> f.repeatPath() == null
                        && (f.name().equals(name) || columnName(f).equals(name)
                        || columnName(f).equals(name.replace('/', '-'))))
                .findFirst().orElseThrow(() -> new CampoException("export.summary.unknownVariable", name));
        if (field.sensitive() && !options.includeSensitive()) {
            throw new CampoException("export.summary.sensitiveVariable", name);
        }
        return closed.stream().filter(v -> v.name().equals(field.name()) && !v.multiple()).findFirst()
                .orElseThrow(() -> new CampoException("export.summary.notSingleChoice", name));
    }
}
