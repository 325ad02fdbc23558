package org.campo.export.summary;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.campo.common.CampoException;
import org.campo.audit.AuditAction;
import org.campo.collect.FormLibrary;
import org.campo.common.Messages;
import org.campo.common.ProgressListener;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.FormSchema;
import org.campo.form.runtime.InstanceReader;
import org.campo.model.FormVersion;
import org.campo.model.SubmissionStatus;
import org.campo.study.Capability;
import org.campo.study.OpenStudy;

/**
 * Summary tables of one form's final submissions as XLSX or PDF. Roles are checked here, not in
 * the screens: exporting needs {@link Capability#EXPORT_DATA}; sensitive variables and the
 * referral list need {@link Capability#INCLUDE_SENSITIVE} (coordinators), and that choice is
 * audited. Small cells are suppressed for every role.
 */
public final class SummaryExporter {
    /** Date variables that say which day a record describes, before the first date question. */
    private static final List<String> DAY_VARIABLES = List.of("count_date", "interview_date", "today");

    private final OpenStudy study;
    private final FormLibrary forms;

    public SummaryExporter(OpenStudy study, FormLibrary forms) {
        this.study = study;
        this.forms = forms;
    }

    public SummaryResult export(SummaryOptions options, Path file, ProgressListener progress) {
        SummaryReport report = report(options, progress);
        SummaryText text = new SummaryText(reportLocale(options.language()));
        if (options.format() == SummaryFormat.PDF) {
            new SummaryPdfWriter(text).write(report, file);
        } else {
            new SummaryXlsxWriter(text).write(report, file);
        }
        boolean referrals = report.referrals() != null;
        study.changes().run(c -> {
            if (options.includeSensitive()) {
                c.audit(AuditAction.SENSITIVE_INCLUDED,
                        "summary form=" + options.formId() + " format=" + options.format()
                                + (referrals ? " referrals=" + report.referrals().size() : ""));
            }
            c.audit(AuditAction.EXPORT, "summary form=" + options.formId()
                    + " format=" + options.format() + " submissions=" + report.header().submissions()
                    + " minCell=" + options.minCell() + " by=" + String.join(",", options.byVariables())
                    + " sensitive=" + (options.includeSensitive() ? "included" : "excluded"));
        });
        int tables = report.frequencies().size() + report.crossTabs().size()
                + (report.flow() == null ? 0 : report.flow().pointTables().size());
        return new SummaryResult(file, report.header().submissions(), tables, referrals, report.header().auditHead());
    }

    /** The counted and suppressed tables, without writing a file (for a dashboard). */
    public SummaryReport report(SummaryOptions options, ProgressListener progress) {
        study.require(Capability.EXPORT_DATA);
        if (options.includeSensitive()) {
            study.require(Capability.INCLUDE_SENSITIVE);
        }
        FormVersion latest = forms.latest(options.formId());
        FormDefinition definition = forms.definition(latest);
        FormSchema schema = definition.schema();
        String language = formLanguage(schema, options.language(),
                definition.defaultLanguage().orElse(schema.languages().isEmpty() ? null : schema.languages().get(0)));
        List<SummaryRecord> records = records(options.formId(), definition, schema, progress);
        SummaryText text = new SummaryText(reportLocale(options.language() != null ? options.language() : language));
        return new SummaryBuilder(schema, language, text).build(options, records, study.record().name(),
                study.audit().head(), study.clock().instant());
    }

    private List<SummaryRecord> records(String formId, FormDefinition definition, FormSchema schema,
                                        ProgressListener progress) {
        List<String> refs = study.forms().versionsOf(formId).stream().map(FormVersion::id).toList();
        long total = refs.stream().mapToLong(r -> study.submissions().count(r, SubmissionStatus.FINAL)).sum();
        Map<String, String> names = new HashMap<>();
        for (FieldSchema f : schema.fields()) {
            if (f.repeatPath() == null) {
                names.put(f.path(), f.name());
            }
        }
        String dayVariable = DAY_VARIABLES.stream().filter(n -> names.containsValue(n)).findFirst()
                .orElse(schema.fields().stream().filter(f -> f.kind() == FieldKind.DATE && f.repeatPath() == null)
                        .map(FieldSchema::name).findFirst().orElse(null));
        InstanceReader reader = new InstanceReader(definition.repeatPaths());
        List<SummaryRecord> records = new ArrayList<>();
        study.submissions().forEach(refs, SubmissionStatus.FINAL, s -> {
            progress.checkCancelled();
            InstanceReader.Result r;
            try {
                r = reader.read(s.instanceXml());
            } catch (CampoException | StackOverflowError e) {
                // an unreadable row never blocks a summary; the dataset export lists it
                java.util.logging.Logger.getLogger(SummaryExporter.class.getName()).log(
                        java.util.logging.Level.WARNING, "Submission " + s.id() + " cannot be read; left out", e);
                return;
            }
            Map<String, String> values = new HashMap<>();
            r.main().values().forEach((path, value) -> {
                String name = names.get(path);
                if (name != null && value != null) {
                    values.put(name, value);
                }
            });
            LocalDate date = parseDate(dayVariable == null ? null : values.get(dayVariable));
            if (date == null) {
                date = s.createdAt().atOffset(ZoneOffset.UTC).toLocalDate();
            }
            records.add(new SummaryRecord(r.instanceId().orElse("uuid:" + s.id()), date, s.siteCode(), values));
            if (records.size() % 500 == 0) {
                progress.progress(records.size(), total, null);
            }
        });
        progress.progress(records.size(), total, null);
        return records;
    }

    private static LocalDate parseDate(String v) {
        if (v == null || v.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(v.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null; // not a date: the submission counts, but in no day
        }
    }

    /** {@code es} or {@code en} picks the form language named "… (es)"; a full name is used as is. */
    static String formLanguage(FormSchema schema, String wanted, String fallback) {
        if (wanted == null || wanted.isBlank()) {
            return fallback;
        }
        for (String l : schema.languages()) {
            if (l.equalsIgnoreCase(wanted) || l.toLowerCase(Locale.ROOT).endsWith("(" + wanted.toLowerCase(Locale.ROOT) + ")")) {
                return l;
            }
        }
        return fallback;
    }

    /** The report's own words follow the chosen language when Campo speaks it, else the app's. */
    static Locale reportLocale(String language) {
        if (language != null) {
            String lower = language.toLowerCase(Locale.ROOT);
            for (Locale l : Messages.SUPPORTED) {
                if (lower.equals(l.getLanguage()) || lower.endsWith("(" + l.getLanguage() + ")")) {
                    return l;
                }
            }
        }
        return Messages.locale();
    }
}
