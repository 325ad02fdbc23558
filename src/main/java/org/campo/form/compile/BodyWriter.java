package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The {@code <h:body>}: groups, repeats (with their count and the setvalues that run for each
 * new repeat instance) and one control per visible question, with its label, hint, appearance,
 * {@code body::} attributes, type parameters, itemset and the setvalues its changes trigger.
 */
final class BodyWriter {
    private final XFormContext ctx;
    private final ItextWriter texts;
    private final TriggerActions triggers;
    /** Choice lists written inline under search() selects; pyxform gives them no secondary instance. */
    private final Set<String> searchOnlyLists = new LinkedHashSet<>();
    private final Set<String> itemsetLists = new LinkedHashSet<>();

    BodyWriter(XFormContext ctx, ItextWriter texts, TriggerActions triggers) {
        this.ctx = ctx;
        this.texts = texts;
        this.triggers = triggers;
    }

    XmlNode write() {
        XmlNode body = new XmlNode("h:body");
        if (!ctx.form.setting("style").isEmpty()) {
            body.attr("class", ctx.form.setting("style"));
        }
        children(ctx.form.root, body);
        return body;
    }

    /** True when a choice list was written only inline (search()), so it needs no secondary instance. */
    boolean inlineOnly(String listName) {
        return searchOnlyLists.contains(listName) && !itemsetLists.contains(listName);
    }

    private void children(FormElement container, XmlNode parent) {
        for (FormElement e : container.children) {
            switch (e.kind) {
                case GROUP -> {
                    XmlNode group = parent.child("group");
                    if (!e.flat) {
                        group.attr("ref", e.path());
                    }
                    appearance(e, group);
                    bodyAttributes(e, group);
                    if (!e.column("intent").isEmpty()) { // an Android app that fills the group (e.g. OpenMapKit)
                        group.attr("intent", ctx.resolve(e.column("intent"), e, "intent"));
                    }
                    texts.label(e, group, false);
                    children(e, group);
                }
                case REPEAT -> {
                    XmlNode group = parent.child("group").attr("ref", e.path());
                    texts.label(e, group, true);
                    XmlNode repeat = group.child("repeat").attr("nodeset", e.path());
                    appearance(e, repeat);
                    bodyAttributes(e, repeat);
                    String count = e.column("repeat_count");
                    if (!count.isEmpty()) {
                        repeat.attr("jr:count", ctx.resolve(count, e, "repeat_count"));
                    }
                    children(e, repeat);
                    repeatSetvalues(e, repeat);
                }
                default -> control(e, parent);
            }
        }
    }

    /** Dynamic defaults inside a repeat also run for each new repeat instance. */
    private void repeatSetvalues(FormElement repeat, XmlNode repeatNode) {
        for (FormElement e : descendantsInSameRepeat(repeat)) {
            String def = e.column("default");
            if (!def.isEmpty() && DynamicDefault.isDynamic(def, e.type.name())) {
                repeatNode.child("setvalue").attr("ref", e.path()).attr("event", "odk-new-repeat")
                        .attr("value", ctx.resolve(def, e, "default"));
            }
        }
    }

    private static List<FormElement> descendantsInSameRepeat(FormElement repeat) {
        List<FormElement> out = new ArrayList<>();
        collect(repeat, out);
        return out;
    }

    private static void collect(FormElement container, List<FormElement> out) {
        for (FormElement c : container.children) {
            if (c.isQuestion()) {
                out.add(c);
            } else if (c.kind == FormElement.Kind.GROUP) {
                collect(c, out);
            }
        }
    }

    private void control(FormElement e, XmlNode parent) {
        QuestionType t = e.type;
        if (!BodyVisibility.hasControl(e)) {
            texts.labelWithoutControl(e);
            return;
        }
        if (!BodyVisibility.hasPrompt(e)) {
            ctx.diag.error(SurveyParser.SURVEY, e.row, "label", "form.compile.labelMissing", e.name);
        }
        if (!e.text("big-image").isEmpty() && e.text("image").isEmpty()) {
            ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("big-image"), "form.compile.bigImageWithoutImage",
                    e.name);
        }
        XmlNode c;
        if (t.name().equals("select_one_external")) {
            c = parent.child("input").attr("ref", e.path());
            String query = "instance('" + e.listName + "')/root/item";
            String filter = e.column("choice_filter");
            if (!filter.isEmpty()) {
                query += "[" + ctx.resolve(filter, e, "choice_filter", ReferenceResolver.Mode.ABSOLUTE) + "]";
            }
            c.attr("query", query);
            ctx.attachment("itemsets.csv");
        } else {
            c = parent.child(t.control()).attr("ref", e.path());
        }
        if (t.mediatype() != null) {
            c.attr("mediatype", t.mediatype());
        }
        appearance(e, c);
        bodyAttributes(e, c);
        if (t.name().equals("range")) {
            rangeAttributes(e, c);
        }
        if (t.name().equals("text") && e.parameters.containsKey("rows")) {
            c.attr("rows", e.parameters.get("rows"));
        }
        if (t.name().equals("image") && e.parameters.containsKey("app") && ImageApp.applies(e)) {
            c.attr("intent", e.parameters.get("app"));
        }
        if (t.name().startsWith("geo")) {
            if (e.parameters.containsKey("capture-accuracy")) {
                c.attr("accuracyThreshold", e.parameters.get("capture-accuracy"));
            }
            if (e.parameters.containsKey("warning-accuracy")) {
                c.attr("unacceptableAccuracyThreshold", e.parameters.get("warning-accuracy"));
            }
            if (e.parameters.containsKey("incremental")) {
                c.attr("incremental", "true");
            }
        }
        texts.label(e, c, true);
        texts.hint(e, c);
        if (t.isSelect() && !t.name().equals("select_one_external")) {
            itemset(e, c);
        }
        if (t.name().equals("range") && e.parameters.containsKey("tick_labelset")) {
            tickLabels(e, c);
        }
        if (t.name().startsWith("geo") && e.parameters.containsKey(ReferenceGeometry.PARAMETER)) {
            referenceGeometry(e, c);
        }
        for (XmlNode setvalue : triggers.firedBy(e)) {
            c.add(setvalue);
        }
    }

    private static void appearance(FormElement e, XmlNode node) {
        String appearance = e.forcedAppearance != null ? e.forcedAppearance : e.column("appearance");
        if (!appearance.isEmpty()) {
            node.attr("appearance", appearance);
        }
    }

    private void bodyAttributes(FormElement e, XmlNode node) {
        e.columns.forEach((k, v) -> {
            if (k.startsWith("body::")) {
                String attr = k.substring("body::".length());
                ctx.notePrefix(attr);
                node.attr(attr, ctx.customAttributeValue(v, e, k));
            }
        });
        if (!e.column("autoplay").isEmpty()) {
            node.attr("autoplay", e.column("autoplay"));
        }
    }

    private static void rangeAttributes(FormElement e, XmlNode c) {
        Map<String, String> p = e.parameters;
        c.attr("start", p.getOrDefault("start", "1"));
        c.attr("end", p.getOrDefault("end", "10"));
        c.attr("step", p.getOrDefault("step", "1"));
        for (String k : List.of("tick_interval", "placeholder")) {
            if (p.containsKey(k)) {
                c.attr("odk:" + k.replace('_', '-'), p.get(k));
            }
        }
    }

    private void itemset(FormElement e, XmlNode control) {
        FormDefinition form = ctx.form;
        if (RepeatChoices.isRepeatReference(e.listName)) {
            RepeatChoices.itemset(e, control, ctx.refs, ctx.diag);
            return;
        }
        if (SearchAppearance.applies(e) && form.choiceLists.containsKey(e.listName)) {
            SearchAppearance.items(form.choiceLists.get(e.listName), control, id -> texts.choice(id.id(), id.choice()));
            searchOnlyLists.add(e.listName);
            return;
        }
        String instanceId;
        String valueRef = "name";
        String labelRef = "label";
        boolean useItext = false;
        if (e.type.isFromFile()) {
            String file = e.listName;
            int dot = file.lastIndexOf('.');
            instanceId = file.substring(0, dot);
            String ext = file.substring(dot + 1).toLowerCase(Locale.ROOT);
            ctx.externalInstance(instanceId, ext.equals("csv") ? "jr://file-csv/" + file : "jr://file/" + file, e);
            ctx.attachment(file);
            valueRef = e.parameters.getOrDefault("value", ext.equals("geojson") ? "id" : "name");
            labelRef = e.parameters.getOrDefault("label", ext.equals("geojson") ? "title" : "label");
        } else {
            instanceId = e.listName;
            itemsetLists.add(e.listName);
            ChoiceList list = form.choiceLists.get(e.listName);
            useItext = list != null && list.needsItext();
        }
        String nodeset = "instance('" + instanceId + "')/root/item";
        String filter = e.column("choice_filter");
        if (!filter.isEmpty()) {
            nodeset += "[" + ctx.resolve(filter, e, "choice_filter", ReferenceResolver.Mode.CURRENT) + "]";
        }
        String randomize = e.parameters.get("randomize");
        if (randomize != null && XFormContext.isYes(randomize)) {
            String seed = e.parameters.get("seed");
            nodeset = "randomize(" + nodeset
                    + (seed == null ? "" : ", " + ctx.resolve(seed, e, "parameters").strip()) + ")";
        }
        XmlNode itemset = control.child("itemset").attr("nodeset", nodeset);
        itemset.child("value").attr("ref", valueRef);
        itemset.child("label").attr("ref", useItext ? "jr:itext(itextId)" : labelRef);
    }

    /** A range's tick_labelset is written as an itemset over that choice list, as pyxform does. */
    private void tickLabels(FormElement e, XmlNode control) {
        String listName = e.parameters.get("tick_labelset");
        ChoiceList list = ctx.form.choiceLists.get(listName);
        XmlNode itemset = control.child("itemset").attr("nodeset", "instance('" + listName + "')/root/item");
        itemset.child("value").attr("ref", "name");
        itemset.child("label").attr("ref", list != null && list.needsItext() ? "jr:itext(itextId)" : "label");
    }

    private void referenceGeometry(FormElement e, XmlNode control) {
        ReferenceGeometry.Source source = new ReferenceGeometry(ctx.form, ctx.refs).source(e);
        if (source == null) {
            ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("parameters"), "form.compile.referenceGeometryUnknown",
                    e.parameters.get(ReferenceGeometry.PARAMETER));
            return;
        }
        String nodeset = source.nodeset();
        String filter = e.column("choice_filter");
        if (!filter.isEmpty()) {
            nodeset += "[" + (source.repeat() ? ctx.refs.resolveAgainstItem(filter, e, e.header("choice_filter"),
                    source.nodeset()) : ctx.resolve(filter, e, "choice_filter", ReferenceResolver.Mode.CURRENT)) + "]";
        } else if (source.repeat()) {
            nodeset += "[./" + source.valueRef() + " != '']";
        }
        XmlNode itemset = control.child("itemset").attr("nodeset", nodeset);
        itemset.child("value").attr("ref", source.valueRef());
        itemset.child("label").attr("ref", source.labelRef());
    }
}
