package org.campo.form.compile;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the {@code reference-geometry} parameter of geopoint, geotrace and geoshape questions
 * into the itemset pyxform writes under the {@code input}: the shapes shown as a backdrop while
 * mapping. The parameter names a secondary instance (a choices list, a
 * {@code select_*_from_file} file's base name, or a {@code csv-external}/{@code xml-external}
 * question), or is a {@code ${repeat}} reference whose {@code geometry} answers are offered.
 * Anything else (an external_choices list, a pulldata file, the last-saved instance) is a located
 * error, because clients could not find such an instance.
 */
final class ReferenceGeometry {
    static final String PARAMETER = "reference-geometry";
    private static final String GEOMETRY = "geometry";
    private static final Pattern REPEAT_REF = Pattern.compile("^\\$\\{([^}]+)}$");

    /** The itemset to write: nodeset before the choice filter, value and label refs. */
    record Source(String nodeset, String valueRef, String labelRef, boolean repeat) {
    }

    private final FormDefinition form;
    private final ReferenceResolver refs;

    ReferenceGeometry(FormDefinition form, ReferenceResolver refs) {
        this.form = form;
        this.refs = refs;
    }

    /** The source named by the question's parameter, or null when it names nothing usable. */
    Source source(FormElement question) {
        String value = question.parameters.get(PARAMETER).strip();
        Matcher m = REPEAT_REF.matcher(value);
        if (m.matches()) {
            FormElement target = refs.find(m.group(1).strip());
            if (target == null || target.kind != FormElement.Kind.REPEAT) {
                return null;
            }
            return new Source(target.path(), GEOMETRY, GEOMETRY, true);
        }
        ChoiceList list = form.choiceLists.get(value);
        if (list != null) {
            return new Source(instance(value), "name", list.needsItext() ? "jr:itext(itextId)" : "label", false);
        }
        if (namesInstanceQuestion(form.root, value)) {
            return new Source(instance(value), "name", "label", false);
        }
        return null;
    }

    private static String instance(String id) {
        return "instance('" + id + "')/root/item";
    }

    /** A csv-external/xml-external question, or a select from a file, with this instance id. */
    private static boolean namesInstanceQuestion(FormElement container, String id) {
        for (FormElement e : container.children) {
            if (e.isContainer()) {
                if (namesInstanceQuestion(e, id)) {
                    return true;
                }
                continue;
            }
            String type = e.type.name();
            if ((type.equals("csv-external") || type.equals("xml-external")) && e.name.equals(id)) {
                return true;
            }
            if (e.type.isFromFile()) {
                String file = e.listName;
                String stem = file.substring(0, file.lastIndexOf('.'));
                if (stem.equals(id) || stem.toLowerCase(Locale.ROOT).equals(id)) {
                    return true;
                }
            }
        }
        return false;
    }
}
