package org.campo.qda;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.campo.audit.AuditAction;
import org.campo.collect.FormLibrary;
import org.campo.common.Ids;
import org.campo.form.runtime.FieldKind;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormDefinition;
import org.campo.form.runtime.InstanceReader;
import org.campo.model.FormVersion;
import org.campo.model.Submission;
import org.campo.model.SubmissionStatus;
import org.campo.model.SubmissionSummary;
import org.campo.model.Source;
import org.campo.model.SourceKind;
import org.campo.model.CaseAttribute;

/**
 * The survey-to-analysis bridge. A final interview submission (a form with a participant and
 * theme notes) becomes one source of kind {@link SourceKind#INTERVIEW_NOTES}: each non-empty
 * theme notes field ({@code notes_*} and {@code recommendations}) under a heading that is the
 * question's label in the form's default language, in form order. The source belongs to the
 * participant's case, and the interview's answers give the case its attributes (city, source
 * group, gender identity and sexual orientation as two attributes, age, migratory status, time
 * in Peru, nationality), sensitive where the form marks the question sensitive. A later edit of
 * the interview rewrites the source through {@link SourceService#editText}'s re-anchoring, so
 * codings stay on their words. Attributes a researcher has set in Campo are not overwritten.
 */
public final class InterviewSources {
    /** Interview fields that become case attributes, and the attribute each becomes. */
    static final Map<String, String> ATTRIBUTE_FIELDS = attributeFields();
    private final QdaContext ctx;
    private final SourceService sources;
    private final FormLibrary forms;

    InterviewSources(QdaContext ctx, SourceService sources, FormLibrary forms) {
        this.ctx = ctx;
        this.sources = sources;
        this.forms = forms;
    }

    private static Map<String, String> attributeFields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("city", "city");
        m.put("sector", "source_group");
        m.put("gender_identity", "gender_identity");
        m.put("sexual_orientation", "sexual_orientation");
        m.put("nationality", "nationality");
        m.put("age", "age");
        m.put("migratory_status", "migratory_status");
        m.put("time_in_peru", "time_in_peru");
        return m;
    }

    /** Builds or updates the sources of every final interview; returns how many changed. */
    public int syncAll() {
        ctx.require();
        int changed = 0;
        for (FormVersion f : ctx.study.changes().read(r -> r.forms().latestVersions())) {
            for (FormVersion v : ctx.study.changes().read(r -> r.forms().versionsOf(f.formId()))) {
                for (SubmissionSummary s : ctx.study.changes().read(r -> r.submissions().list(v.id()))) {
                    if (s.status() == SubmissionStatus.FINAL && sync(s.id()).isPresent()) {
                        changed++;
                    }
                }
            }
        }
        return changed;
    }

    /** Builds or updates the source of one submission; empty when it is not an interview with notes. */
    public Optional<Source> sync(String submissionId) {
        ctx.require();
        Submission s = ctx.study.changes().read(r -> r.submissions().findById(submissionId)).orElse(null);
        if (s == null || s.status() != SubmissionStatus.FINAL || s.participantId() == null) {
            return Optional.empty();
        }
        FormVersion form = forms.version(s.formRef());
        FormDefinition definition = forms.definition(form);
        List<FieldSchema> notes = definition.schema().fields().stream().filter(InterviewSources::isThemeNotes).toList();
        if (notes.isEmpty()) {
            return Optional.empty();
        }
        String language = definition.defaultLanguage().orElse(null);
        InstanceReader.Result answers = new InstanceReader(definition.repeatPaths()).read(s.instanceXml());
        String text = text(notes, answers, language);
        String code = ctx.study.changes().read(r -> r.participants().findById(s.participantId()))
                .map(p -> p.code()).orElse("?");
        Optional<Source> existing = ctx.study.changes().read(r -> r.sources().findBySubmission(s.id()));
        Source result;
        if (existing.isPresent()) {
            result = sources.replaceText(existing.get(), text, "from interview rev=" + s.rev());
        } else {
            Source created = new Source(Ids.newId(), code + " · " + form.title(), SourceKind.INTERVIEW_NOTES,
                    s.participantId(), s.id(), text, ctx.now(), ctx.now());
            ctx.study.changes().run(c -> {
                c.repositories().sources().add(created);
                c.audit(AuditAction.QDA_SOURCE_ADDED, "source", created.id(), false, "from submission=" + s.id());
            });
            result = created;
        }
        addAttributes(s, definition, answers);
        return Optional.of(result);
    }

    static boolean isThemeNotes(FieldSchema f) {
        return f.kind() == FieldKind.TEXT && f.repeatPath() == null && !f.metadata()
                && (f.name().startsWith("notes_") || f.name().equals("recommendations"));
    }

    static String text(List<FieldSchema> notes, InstanceReader.Result answers, String language) {
        StringBuilder sb = new StringBuilder();
        for (FieldSchema f : notes) {
            String v = answers.value(f.path()).map(String::strip).orElse("");
            if (!v.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append("\n\n");
                }
                sb.append(f.label(language)).append('\n').append(v);
            }
        }
        return SourceFiles.normalize(sb.toString());
    }

    private void addAttributes(Submission s, FormDefinition definition, InstanceReader.Result answers) {
        Map<String, CaseAttribute> wanted = new LinkedHashMap<>();
        boolean keyInformant = definition.schema().fields().stream().anyMatch(f -> f.name().equals("sector"));
        for (FieldSchema f : definition.schema().fields()) {
            String attribute = ATTRIBUTE_FIELDS.get(f.name());
            if (attribute == null || f.repeatPath() != null) {
                continue;
            }
            String value = answers.value(f.path()).map(String::strip).orElse("");
            if ("other".equals(value)) {
                value = definition.schema().fields().stream().filter(o -> o.name().equals(f.name() + "_other"))
                        .findFirst().flatMap(o -> answers.value(o.path())).map(String::strip).orElse(value);
            }
            if (!value.isEmpty()) {
                wanted.put(attribute, new CaseAttribute(s.participantId(), attribute, value, f.sensitive()));
            }
        }
        wanted.putIfAbsent("source_group", new CaseAttribute(s.participantId(), "source_group",
                keyInformant ? "key_informant" : "migrant", false));
        wanted.put("interview", new CaseAttribute(s.participantId(), "interview",
                keyInformant ? "key_informant" : "in_depth", false));
        Map<String, String> registered = ctx.study.changes().read(r -> r.participants().attributes(s.participantId()));
        String nationality = registered.get("nationality");
        if (nationality != null) {
            wanted.putIfAbsent("nationality", new CaseAttribute(s.participantId(), "nationality", nationality, false));
        }
        List<String> present = new ArrayList<>();
        ctx.study.changes().read(r -> r.caseAttributes().of(s.participantId())).forEach(a -> present.add(a.name()));
        List<CaseAttribute> missing = wanted.values().stream().filter(a -> !present.contains(a.name())).toList();
        if (!missing.isEmpty()) {
            ctx.study.changes().run(c -> {
                missing.forEach(a -> c.repositories().caseAttributes().put(a));
                c.audit(AuditAction.QDA_CASE_CHANGED, "participant", s.participantId(), false,
                        "attributes from submission=" + s.id() + " count=" + missing.size());
            });
        }
    }
}
