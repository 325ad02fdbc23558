package org.campo.qda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.campo.collect.FormLibrary;
import org.campo.common.Messages;
import org.campo.form.runtime.FieldSchema;
import org.campo.form.runtime.FormSchema;
import org.campo.model.FormVersion;

/**
 * The labels case attributes are read by. Attributes from the survey-to-analysis bridge
 * ({@link InterviewSources}) keep the option names the interview stored; their labels come from
 * the choice lists of the study's forms, in the language asked for: a value of {@code source_group}
 * reads as the label of that option of the interview's {@code sector} question, a value of
 * {@code city} as the label of the {@code cities} option, and so on. Interview forms are asked
 * first, then the other forms (a nationality registered with the participant is labelled by the
 * flow survey's question). The bridge's own attributes have titles and, for the values it makes up
 * itself ({@code key_informant}, {@code migrant}, {@code in_depth}), labels in the
 * {@code qda} messages. Any other attribute named like a form question is titled by the
 * question's label. Attributes typed by hand or imported from another tool read as stored.
 */
public final class AttributeLabels {
    private static final Logger LOG = Logger.getLogger(AttributeLabels.class.getName());
    private static final Pattern CODE_IN_PARENTHESES = Pattern.compile("\\(([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\\)\\s*$");
    /** Values the bridge makes up itself (not options of a form), by attribute. */
    static final Map<String, List<String>> BRIDGE_VALUES = Map.of(
            "source_group", List.of("key_informant", "migrant"),
            "interview", List.of("key_informant", "in_depth"));

    private final FormLibrary forms;
    private final Map<String, AttributeDisplay> cache = new ConcurrentHashMap<>();

    AttributeLabels(FormLibrary forms) {
        this.forms = forms;
    }

    /** How attributes read in a language ({@code es}, {@code en}); unknown languages read in English. */
    public AttributeDisplay in(Locale locale) {
        String language = locale == null ? "en" : locale.getLanguage();
        List<FormVersion> versions;
        try {
            versions = forms.latestVersions();
        } catch (RuntimeException e) {
            // Labels only change how values read: a form that cannot be read must not stop a report.
            LOG.log(Level.WARNING, "forms not read for attribute labels", e);
            return of(List.of(), locale == null ? Locale.ENGLISH : locale);
        }
        StringBuilder key = new StringBuilder(language);
        versions.forEach(v -> key.append('|').append(v.id()));
        return cache.computeIfAbsent(key.toString(), k -> build(versions, locale == null ? Locale.ENGLISH : locale));
    }

    private AttributeDisplay build(List<FormVersion> versions, Locale locale) {
        List<FormSchema> schemas = new ArrayList<>();
        List<FormSchema> others = new ArrayList<>();
        for (FormVersion v : versions) {
            try {
                FormSchema schema = forms.definition(v).schema();
                boolean interview = schema.fields().stream().anyMatch(InterviewSources::isThemeNotes);
                (interview ? schemas : others).add(schema);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "form " + v.formId() + " not read for attribute labels", e);
            }
        }
        schemas.addAll(others);
        return of(schemas, locale);
    }

    /** The labels the given forms (most preferred first) give attributes in a language. */
    static AttributeDisplay of(List<FormSchema> schemas, Locale locale) {
        String language = locale.getLanguage();
        Map<String, String> fieldOfAttribute = new LinkedHashMap<>();
        InterviewSources.ATTRIBUTE_FIELDS.forEach((field, attribute) -> fieldOfAttribute.put(attribute, field));
        Map<String, String> names = new HashMap<>();
        Map<String, Map<String, String>> values = new HashMap<>();
        for (FormSchema schema : schemas) {
            String formLanguage = formLanguage(schema, language);
            for (FieldSchema f : schema.fields()) {
                if (f.repeatPath() != null || f.metadata()) {
                    continue;
                }
                List<String> attributes = new ArrayList<>();
                fieldOfAttribute.forEach((attribute, field) -> {
                    if (field.equals(f.name())) {
                        attributes.add(attribute);
                    }
                });
                if (!fieldOfAttribute.containsKey(f.name())) {
                    attributes.add(f.name());
                }
                for (String attribute : attributes) {
                    names.putIfAbsent(attribute, f.label(formLanguage));
                    Map<String, String> labels = values.computeIfAbsent(attribute, k -> new HashMap<>());
                    for (FieldSchema.ChoiceSchema c : f.choices()) {
                        labels.putIfAbsent(c.value(), c.label(formLanguage));
                    }
                }
            }
        }
        for (String attribute : fieldOfAttribute.keySet()) {
            names.put(attribute, Messages.get(locale, "qda.attribute.name." + attribute));
        }
        names.put("interview", Messages.get(locale, "qda.attribute.name.interview"));
        BRIDGE_VALUES.forEach((attribute, made) -> made.forEach(v -> values
                .computeIfAbsent(attribute, k -> new HashMap<>())
                .putIfAbsent(v, Messages.get(locale, "qda.attribute.value." + attribute + "." + v))));
        return new AttributeDisplay(names, values);
    }

    /** The form language for a language code: {@code Español (es)} for es, or null (the form's first label). */
    static String formLanguage(FormSchema schema, String language) {
        for (String l : schema.languages()) {
            Matcher m = CODE_IN_PARENTHESES.matcher(l);
            if (l.equalsIgnoreCase(language) || (m.find() && m.group(1).equalsIgnoreCase(language))
                    || l.equalsIgnoreCase(new Locale(language).getDisplayLanguage(Locale.ENGLISH))
                    || l.equalsIgnoreCase(new Locale(language).getDisplayLanguage(new Locale(language)))) {
                return l;
            }
        }
        return null;
    }
}
