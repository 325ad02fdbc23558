package org.campo.form.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.GroupDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.ItemsetBinding;
import org.javarosa.core.model.QuestionDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.instance.AbstractTreeElement;
import org.javarosa.core.model.instance.DataInstance;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.model.instance.TreeReference;
import org.javarosa.core.services.locale.Localizer;

/**
 * Walks an engine definition once to produce a {@link FormSchema}: the leaves of the main
 * instance (so calculates such as a referral flag are variables too), matched with the body
 * controls that give them labels and choices. Itemset choices (choice_filter) are listed in
 * full from their secondary instance, since a codebook must name every possible value.
 */
final class FormSchemaReader {
    private final FormDef formDef;
    private final FormDefinition definition;
    private final Map<String, QuestionDef> questions = new HashMap<>();
    private final Map<String, GroupDef> groups = new HashMap<>();
    private final List<String> languages;

    private FormSchemaReader(FormDef formDef, FormDefinition definition) {
        this.formDef = formDef;
        this.definition = definition;
        Localizer localizer = formDef.getLocalizer();
        this.languages = localizer == null ? List.of() : List.of(localizer.getAvailableLocales());
        index(formDef.getChildren());
    }

    static FormSchema read(FormDef formDef, FormDefinition definition) {
        return new FormSchemaReader(formDef, definition).read();
    }

    private void index(List<IFormElement> elements) {
        if (elements == null) {
            return;
        }
        for (IFormElement e : elements) {
            if (e instanceof QuestionDef q && q.getBind() != null) {
                questions.put(path(q.getBind().getReference()), q);
            } else if (e instanceof GroupDef g) {
                if (g.getBind() != null) {
                    groups.put(path(g.getBind().getReference()), g);
                }
                index(g.getChildren());
            }
        }
    }

    private static String path(Object reference) {
        TreeReference ref = (TreeReference) reference;
        return FormPaths.generic(ref.genericize().toString(false));
    }

    private FormSchema read() {
        TreeElement root = formDef.getMainInstance().getRoot();
        String rootPath = "/" + root.getName();
        List<FieldSchema> fields = new ArrayList<>();
        Map<String, Map<String, String>> repeats = new LinkedHashMap<>();
        walk(root, rootPath, null, fields, repeats, false);
        return new FormSchema(definition.formId(), definition.title(), languages, rootPath, fields, repeats);
    }

    private void walk(TreeElement element, String path, String repeat, List<FieldSchema> fields,
                      Map<String, Map<String, String>> repeats, boolean inMeta) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < element.getNumChildren(); i++) {
            TreeElement child = element.getChildAt(i);
            if (!seen.add(child.getName())) {
                continue;
            }
            String childPath = path + "/" + child.getName();
            boolean meta = inMeta || "meta".equals(child.getName());
            if (child.getNumChildren() > 0 || child.isRepeatable() || groups.containsKey(childPath) && isRepeat(childPath)) {
                String childRepeat = repeat;
                if (child.isRepeatable() || isRepeat(childPath)) {
                    childRepeat = childPath;
                    repeats.put(childPath, groupLabels(childPath));
                }
                walk(child, childPath, childRepeat, fields, repeats, meta);
            } else {
                fields.add(field(child, childPath, repeat, meta));
            }
        }
    }

    private boolean isRepeat(String path) {
        GroupDef g = groups.get(path);
        return g != null && g.getRepeat();
    }

    private Map<String, String> groupLabels(String path) {
        GroupDef g = groups.get(path);
        return g == null ? Map.of() : labels(g.getTextID(), g.getLabelInnerText());
    }

    private FieldSchema field(TreeElement leaf, String path, String repeat, boolean meta) {
        QuestionDef q = questions.get(path);
        FieldKind kind = kind(leaf, q);
        // a calculation or metadata field has no control; its translated label is itext "<path>:label"
        Map<String, String> labels = q == null ? labels(path + ":label", null)
                : labels(q.getTextID(), q.getLabelInnerText());
        List<FieldSchema.ChoiceSchema> choices = q == null ? List.of() : choices(q);
        return new FieldSchema(path, leaf.getName(), kind, labels, choices, repeat,
                definition.sensitivePaths().contains(path), meta || leaf.getPreloadHandler() != null);
    }

    private static FieldKind kind(TreeElement leaf, QuestionDef q) {
        if (q != null) {
            switch (q.getControlType()) {
                case Constants.CONTROL_SELECT_ONE:
                    return FieldKind.SELECT_ONE;
                case Constants.CONTROL_SELECT_MULTI:
                    return FieldKind.SELECT_MULTIPLE;
                case Constants.CONTROL_TRIGGER:
                    return FieldKind.NOTE;
                case Constants.CONTROL_IMAGE_CHOOSE:
                case Constants.CONTROL_AUDIO_CAPTURE:
                case Constants.CONTROL_VIDEO_CAPTURE:
                case Constants.CONTROL_FILE_CAPTURE:
                    return FieldKind.FILE;
                default:
                    break;
            }
        }
        switch (leaf.getDataType()) {
            case Constants.DATATYPE_INTEGER:
            case Constants.DATATYPE_LONG:
                return FieldKind.INTEGER;
            case Constants.DATATYPE_DECIMAL:
                return FieldKind.DECIMAL;
            case Constants.DATATYPE_DATE:
                return FieldKind.DATE;
            case Constants.DATATYPE_TIME:
                return FieldKind.TIME;
            case Constants.DATATYPE_DATE_TIME:
                return FieldKind.DATETIME;
            case Constants.DATATYPE_CHOICE:
                return FieldKind.SELECT_ONE;
            case Constants.DATATYPE_CHOICE_LIST:
                return FieldKind.SELECT_MULTIPLE;
            case Constants.DATATYPE_GEOPOINT:
                return FieldKind.GEOPOINT;
            case Constants.DATATYPE_GEOTRACE:
                return FieldKind.GEOTRACE;
            case Constants.DATATYPE_GEOSHAPE:
                return FieldKind.GEOSHAPE;
            case Constants.DATATYPE_BINARY:
                return FieldKind.FILE;
            case Constants.DATATYPE_BOOLEAN:
                return FieldKind.BOOLEAN;
            default:
                return FieldKind.TEXT;
        }
    }

    private List<FieldSchema.ChoiceSchema> choices(QuestionDef q) {
        List<FieldSchema.ChoiceSchema> out = new ArrayList<>();
        if (q.getChoices() != null) {
            for (SelectChoice c : q.getChoices()) {
                out.add(new FieldSchema.ChoiceSchema(c.getValue(), labels(c.getTextID(), c.getLabelInnerText())));
            }
        }
        ItemsetBinding itemset = q.getDynamicChoices();
        if (itemset != null && itemset.nodesetRef != null && itemset.nodesetRef.getInstanceName() != null) {
            DataInstance<?> instance = formDef.getNonMainInstance(itemset.nodesetRef.getInstanceName());
            if (instance != null && instance.getRoot() != null) {
                String valueName = itemset.valueRef == null ? "name" : itemset.valueRef.getNameLast();
                String labelName = itemset.labelRef == null ? "label" : itemset.labelRef.getNameLast();
                collectItems(instance.getRoot(), valueName, labelName, itemset.labelIsItext, out);
            }
        }
        return out;
    }

    private void collectItems(AbstractTreeElement<?> root, String valueName, String labelName, boolean itext,
                              List<FieldSchema.ChoiceSchema> out) {
        Set<String> values = new LinkedHashSet<>();
        for (int i = 0; i < root.getNumChildren(); i++) {
            AbstractTreeElement<?> item = root.getChildAt(i);
            String value = text(item.getChild(valueName, 0));
            if (value == null || !values.add(value)) {
                continue;
            }
            String label = text(item.getChild(labelName, 0));
            out.add(new FieldSchema.ChoiceSchema(value, itext ? labels(label, null)
                    : label == null ? Map.of() : Map.of("", label)));
        }
    }

    private static String text(AbstractTreeElement<?> e) {
        return e == null || e.getValue() == null ? null : e.getValue().uncast().getString();
    }

    /** Label per language: itext when the form has it, else the inline label under key "". */
    private Map<String, String> labels(String textId, String inline) {
        Map<String, String> out = new LinkedHashMap<>();
        Localizer localizer = formDef.getLocalizer();
        if (textId != null && localizer != null) {
            for (String lang : languages) {
                String t = localizer.getText(textId, lang);
                if (t == null) {
                    t = localizer.getText(textId + ";long", lang);
                }
                if (t != null) {
                    out.put(lang, t);
                }
            }
        }
        if (out.isEmpty() && inline != null) {
            out.put("", inline);
        }
        return out;
    }
}
