package org.campo.form.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link FormDefinition} as an ODK XForm, following pyxform's output so that forms
 * behave the same in Campo as in ODK Collect: primary instance (repeats with a template),
 * secondary instances for choice lists and attached files, binds, itext translations, setvalue
 * actions for dynamic defaults and triggers, and the body controls.
 */
final class XFormWriter {
    static final String XFORMS_NS = "http://www.w3.org/2002/xforms";
    static final String CAMPO_NS = "https://campo.org/xforms";
    /** One item of a trigger list: a single reference (empty items between commas are ignored). */
    private static final Pattern TRIGGER_ITEM = Pattern.compile("^\\$\\{[^}]+}$");
    private static final Pattern PULLDATA = Pattern.compile("pulldata\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Map<String, String> MEDIA_PREFIX = Map.of(
            "image", "jr://images/", "big-image", "jr://images/", "audio", "jr://audio/", "video", "jr://video/");

    private final FormDefinition form;
    private final Diagnostics diag;
    private final ReferenceResolver refs;
    private final Itext itext = new Itext();
    private final Map<String, String> externalInstances = new LinkedHashMap<>();
    private final Set<String> attachments = new LinkedHashSet<>();
    /** Choice lists written inline under search() selects; pyxform gives them no secondary instance. */
    private final Set<String> searchOnlyLists = new LinkedHashSet<>();
    private final Set<String> itemsetLists = new LinkedHashSet<>();
    private final List<String> sensitivePaths = new ArrayList<>();
    private final Set<String> extraPrefixes = new LinkedHashSet<>();
    private final List<XmlNode> modelActions = new ArrayList<>();
    private final List<XmlNode> binds = new ArrayList<>();
    /** Setvalue actions that a trigger question fires, keyed by the triggering element. */
    private final Map<FormElement, List<XmlNode>> triggered = new LinkedHashMap<>();

    XFormWriter(FormDefinition form, Diagnostics diag) {
        this.form = form;
        this.diag = diag;
        this.refs = new ReferenceResolver(form.root, diag);
    }

    List<String> attachments() {
        return List.copyOf(attachments);
    }

    List<String> sensitivePaths() {
        return List.copyOf(sensitivePaths);
    }

    String write() {
        collectTriggers(form.root);
        XmlNode html = new XmlNode("h:html");
        html.attr("xmlns", XFORMS_NS)
                .attr("xmlns:h", "http://www.w3.org/1999/xhtml")
                .attr("xmlns:ev", "http://www.w3.org/2001/xml-events")
                .attr("xmlns:xsd", "http://www.w3.org/2001/XMLSchema")
                .attr("xmlns:jr", "http://openrosa.org/javarosa")
                .attr("xmlns:orx", "http://openrosa.org/xforms")
                .attr("xmlns:odk", "http://www.opendatakit.org/xforms");
        XmlNode head = html.child("h:head");
        head.child("h:title").text(form.title);
        XmlNode model = head.child("model").attr("odk:xforms-version", "1.0.0");

        XmlNode primary = new XmlNode("instance");
        XmlNode data = primary.child(form.root.name).attr("id", form.formId);
        if (form.version != null && !form.version.isBlank()) {
            data.attr("version", form.version);
        }
        instanceChildren(form.root, data);
        XmlNode meta = data.child("meta");
        for (FormElement c : form.root.children) {
            if (c.isQuestion() && c.type.name().equals("audit")) {
                meta.child("audit");
            }
        }
        meta.child("instanceID");
        if (!form.setting("instance_name").isEmpty()) {
            meta.child("instanceName");
        }

        binds(form.root);
        binds.add(new XmlNode("bind").attr("nodeset", form.root.path() + "/meta/instanceID").attr("type", "string")
                .attr("readonly", "true()").attr("jr:preload", "uid"));
        if (!form.setting("instance_name").isEmpty()) {
            binds.add(new XmlNode("bind").attr("nodeset", form.root.path() + "/meta/instanceName")
                    .attr("type", "string").attr("calculate",
                            refs.resolve(form.setting("instance_name"), null, "instance_name",
                                    ReferenceResolver.Mode.ABSOLUTE)));
        }

        XmlNode body = new XmlNode("h:body");
        if (!form.setting("style").isEmpty()) {
            body.attr("class", form.setting("style"));
        }
        bodyChildren(form.root, body);

        List<XmlNode> secondary = secondaryInstances();
        if (!itext.isEmpty()) {
            model.add(itext.toXml(form.defaultLanguage));
        }
        model.add(primary);
        secondary.forEach(model::add);
        externalInstances.forEach((id, src) -> model.child("instance").attr("id", id).attr("src", src));
        if (refs.lastSavedUsed()) {
            model.child("instance").attr("id", ReferenceResolver.LAST_SAVED_INSTANCE)
                    .attr("src", "jr://instance/last-saved");
        }
        submission(model);
        binds.forEach(model::add);
        modelActions.forEach(model::add);
        html.add(body);
        if (!extraPrefixes.isEmpty()) {
            extraPrefixes.forEach(p -> html.attr("xmlns:" + p, namespaceFor(p)));
        }
        namespacesSetting(html);
        return html.toXml();
    }

    private String namespaceFor(String prefix) {
        return prefix.equals("campo") ? CAMPO_NS : "urn:xlsform:" + prefix;
    }

    /** The {@code namespaces} setting declares extra prefixes: {@code esri="http://esri.com/xforms"}. */
    private void namespacesSetting(XmlNode html) {
        Matcher m = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"").matcher(form.setting("namespaces"));
        while (m.find()) {
            html.attr("xmlns:" + m.group(1), m.group(2));
        }
    }

    private void submission(XmlNode model) {
        String url = form.setting("submission_url");
        String key = form.setting("public_key");
        String autoSend = form.setting("auto_send");
        String autoDelete = form.setting("auto_delete");
        if (url.isEmpty() && key.isEmpty() && autoSend.isEmpty() && autoDelete.isEmpty()) {
            return;
        }
        XmlNode s = model.child("submission");
        if (!url.isEmpty()) {
            s.attr("action", url);
        }
        if (!key.isEmpty()) {
            s.attr("base64RsaPublicKey", key.replaceAll("\\s+", ""));
        }
        if (!url.isEmpty()) {
            s.attr("method", "post"); // pyxform writes the method only with a submission URL
        }
        if (!autoSend.isEmpty()) {
            s.attr("orx:auto-send", autoSend);
        }
        if (!autoDelete.isEmpty()) {
            s.attr("orx:auto-delete", autoDelete);
        }
    }

    // ---------------------------------------------------------------- primary instance

    private void instanceChildren(FormElement container, XmlNode parent) {
        instanceChildren(container, parent, false);
    }

    private void instanceChildren(FormElement container, XmlNode parent, boolean inTemplate) {
        for (FormElement e : container.children) {
            if (e.isQuestion()) {
                String t = e.type.name();
                if (t.equals("xml-external") || t.equals("csv-external")) {
                    if (form.choiceLists.containsKey(e.name)) {
                        diag.error(SurveyParser.SURVEY, e.row, "name", "form.compile.instanceIdClash", e.name);
                    }
                    externalInstances.put(e.name, t.equals("xml-external") ? "jr://file/" + e.name + ".xml"
                            : "jr://file-csv/" + e.name + ".csv");
                    attachments.add(e.name + (t.equals("xml-external") ? ".xml" : ".csv"));
                    continue;
                }
                if (t.equals("audit")) {
                    continue;
                }
                XmlNode node = parent.child(e.name);
                instanceAttributes(e, node);
                String def = e.column("default");
                if (!def.isEmpty() && !DynamicDefault.isDynamic(def, t)) {
                    node.text(def);
                }
            } else if (e.flat) {
                instanceChildren(e, parent, inTemplate); // pyxform: the children take its place
            } else if (e.kind == FormElement.Kind.GROUP) {
                XmlNode node = parent.child(e.name);
                instanceAttributes(e, node);
                instanceChildren(e, node, inTemplate);
            } else {
                // pyxform: a repeat gets a template and a first instance, except inside another
                // repeat, where the template copy holds only a template and the instance copy
                // only an instance.
                boolean nested = e.isInsideRepeat();
                if (!nested || inTemplate) {
                    XmlNode template = parent.child(e.name).attr("jr:template", ""); // no instance:: attributes
                    instanceChildren(e, template, true);
                }
                if (!nested || !inTemplate) {
                    XmlNode first = parent.child(e.name);
                    instanceAttributes(e, first);
                    instanceChildren(e, first, false);
                }
            }
        }
    }

    private void instanceAttributes(FormElement e, XmlNode node) {
        e.columns.forEach((k, v) -> {
            if (k.startsWith("instance::")) {
                String attr = k.substring("instance::".length());
                notePrefix(attr);
                node.attr(attr, customAttributeValue(v, e, k));
            }
        });
    }

    /** instance:: and body:: values: references become absolute paths, a lone one without padding. */
    private String customAttributeValue(String v, FormElement e, String column) {
        if (!ReferenceResolver.hasReference(v)) {
            return v;
        }
        String value = refs.resolve(v, e, e.header(column), ReferenceResolver.Mode.ABSOLUTE);
        return v.strip().matches("\\$\\{[^}]+}") ? value.strip() : value;
    }

    private void notePrefix(String attr) {
        int colon = attr.indexOf(':');
        if (colon > 0) {
            String prefix = attr.substring(0, colon);
            if (!Set.of("jr", "odk", "orx", "h", "ev", "xsd", "xml").contains(prefix)
                    && !form.setting("namespaces").contains(prefix + "=")) {
                extraPrefixes.add(prefix);
            }
        }
    }

    // ---------------------------------------------------------------- binds and model actions

    private void binds(FormElement container) {
        for (FormElement e : container.children) {
            if (e.isQuestion()) {
                questionBind(e);
            } else {
                XmlNode bind = new XmlNode("bind").attr("nodeset", e.path());
                commonBindAttributes(e, bind);
                if (bind.attributes.size() > 1 && !e.flat) { // a flat group's relevant is on its questions
                    binds.add(bind);
                }
                binds(e);
            }
        }
    }

    private void questionBind(FormElement e) {
        QuestionType t = e.type;
        if (t.name().equals("xml-external") || t.name().equals("csv-external")) {
            return;
        }
        String path = t.name().equals("audit") ? form.root.path() + "/meta/audit" : e.path();
        XmlNode bind = new XmlNode("bind").attr("nodeset", path);
        String bindType = t.bindType();
        if (t.name().equals("range") && rangeIsDecimal(e)) {
            bindType = "decimal";
        }
        if (t.name().equals("note")) {
            bind.attr("readonly", "true()"); // pyxform writes readonly before type for notes
        }
        if (bindType != null) {
            bind.attr("type", bindType);
        }
        commonBindAttributes(e, bind);
        String calculation = e.column("calculation");
        if (!calculation.isEmpty() && e.column("trigger").isEmpty()) {
            bind.attr("calculate", resolve(calculation, e, "calculation"));
        } else if (t.name().equals("calculate") && calculation.isEmpty() && e.column("default").isEmpty()
                && !e.generated) {
            diag.error(SurveyParser.SURVEY, e.row, "calculation", "form.compile.calculationMissing", e.name);
        }
        if (t.preload() != null) {
            bind.attr("jr:preload", t.preload()).attr("jr:preloadParams", t.preloadParams());
        }
        typeParameters(e, bind);
        if (bind.attributes.size() > 1) {
            binds.add(bind); // a question with no bind properties (a plain trigger) gets no bind, as in pyxform
        }
        dynamicDefault(e);
        if (t.name().equals("start-geopoint")) {
            modelActions.add(new XmlNode("odk:setgeopoint").attr("ref", e.path())
                    .attr("event", "odk-instance-first-load"));
        }
        String sensitive = e.column("bind::campo:sensitive");
        if (isYes(sensitive)) {
            sensitivePaths.add(e.path());
        }
    }

    private void commonBindAttributes(FormElement e, XmlNode bind) {
        String required = e.column("required");
        if (!required.isEmpty()) {
            if (isYes(required)) {
                bind.attr("required", "true()");
            } else if (isNo(required)) {
                bind.attr("required", "false()"); // pyxform keeps an explicit "no"
            } else {
                bind.attr("required", resolve(required, e, "required"));
            }
        }
        String relevant = e.column("relevant");
        if (!relevant.isEmpty()) {
            bind.attr("relevant", resolve(relevant, e, "relevant"));
        }
        String constraint = e.column("constraint");
        if (!constraint.isEmpty()) {
            bind.attr("constraint", resolve(constraint, e, "constraint"));
        }
        String readOnly = e.column("read_only");
        if (!readOnly.isEmpty()) {
            if (isYes(readOnly)) {
                bind.attr("readonly", "true()");
            } else if (!isNo(readOnly)) {
                bind.attr("readonly", resolve(readOnly, e, "read_only"));
            }
        }
        message(e, bind, "constraint_message", "jr:constraintMsg");
        message(e, bind, "required_message", "jr:requiredMsg");
        e.columns.forEach((k, v) -> {
            if (k.startsWith("bind::")) {
                String attr = k.substring("bind::".length());
                notePrefix(attr);
                bind.attr(attr, resolve(v, e, e.header(k)));
            }
        });
    }

    private void message(FormElement e, XmlNode bind, String column, String attribute) {
        Map<String, String> texts = e.text(column);
        if (texts.isEmpty()) {
            return;
        }
        // pyxform moves a message with references to itext, where <output> is allowed
        if (needsItext(texts) || texts.values().stream().anyMatch(ReferenceResolver::hasReference)) {
            String id = e.path() + ":" + attribute;
            texts.forEach((lang, text) -> itext.add(id, lang, null, valueNode(text, e, column)));
            bind.attr(attribute, "jr:itext('" + id + "')");
        } else {
            bind.attr(attribute, texts.get(ColumnName.DEFAULT_LANGUAGE));
        }
    }

    private void typeParameters(FormElement e, XmlNode bind) {
        Map<String, String> p = e.parameters;
        switch (e.type.name()) {
            case "image" -> {
                if (p.containsKey("max-pixels")) {
                    bind.attr("orx:max-pixels", p.get("max-pixels"));
                }
            }
            case "audio", "background-audio" -> {
                if (p.containsKey("quality")) {
                    bind.attr("odk:quality", p.get("quality"));
                }
            }
            case "geopoint", "geotrace", "geoshape" -> {
                if (p.containsKey("allow-mock-accuracy")) {
                    bind.attr("odk:allow-mock-accuracy", isYes(p.get("allow-mock-accuracy")) ? "true" : "false");
                }
            }
            case "audit" -> {
                for (String key : List.of("location-priority", "location-min-interval", "location-max-age",
                        "track-changes", "identify-user", "track-changes-reasons")) {
                    if (p.containsKey(key)) {
                        bind.attr("odk:" + key, p.get(key));
                    }
                }
            }
            default -> {
            }
        }
    }

    private void dynamicDefault(FormElement e) {
        String def = e.column("default");
        if (def.isEmpty() || !DynamicDefault.isDynamic(def, e.type.name())) {
            return;
        }
        String value = resolve(def, e, "default");
        modelActions.add(new XmlNode("setvalue").attr("ref", e.path()).attr("event", "odk-instance-first-load")
                .attr("value", value));
    }

    private void collectTriggers(FormElement container) {
        for (FormElement e : container.children) {
            if (e.isContainer()) {
                collectTriggers(e);
                continue;
            }
            String trigger = e.column("trigger");
            if (trigger.isEmpty()) {
                continue;
            }
            if (!java.util.Arrays.stream(trigger.split(",")).map(String::strip)
                    .allMatch(item -> item.isEmpty() || TRIGGER_ITEM.matcher(item).matches())) {
                diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerSyntax", trigger);
                continue;
            }
            Matcher m = ReferenceResolver.REFERENCE.matcher(trigger);
            boolean any = false;
            while (m.find()) {
                any = true;
                FormElement source = refs.find(m.group(2).strip());
                if (source == null) {
                    diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerUnknown",
                            m.group(2).strip());
                    continue;
                }
                if (!BodyVisibility.hasControl(source)) {
                    diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerHidden",
                            source.name, e.name);
                    continue;
                }
                XmlNode setvalue = new XmlNode("setvalue").attr("ref", e.path()).attr("event", "xforms-value-changed");
                String calculation = e.column("calculation");
                if (!calculation.isEmpty()) {
                    setvalue.attr("value", resolve(calculation, e, "calculation"));
                }
                triggered.computeIfAbsent(source, k -> new ArrayList<>()).add(setvalue);
            }
            if (!any) {
                diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerSyntax", trigger);
            }
        }
    }

    // ---------------------------------------------------------------- secondary instances

    private List<XmlNode> secondaryInstances() {
        List<XmlNode> out = new ArrayList<>();
        for (ChoiceList list : form.choiceLists.values()) {
            if (searchOnlyLists.contains(list.name) && !itemsetLists.contains(list.name)) {
                continue;
            }
            boolean useItext = list.needsItext();
            XmlNode instance = new XmlNode("instance").attr("id", list.name);
            XmlNode root = instance.child("root");
            for (int i = 0; i < list.choices.size(); i++) {
                Choice c = list.choices.get(i);
                XmlNode item = root.child("item");
                if (useItext) {
                    String id = list.name + "-" + i;
                    item.child("itextId").text(id);
                    choiceItext(id, c);
                }
                item.child("name").text(c.name());
                if (!useItext) {
                    String label = c.texts().getOrDefault("label", Map.of()).get(ColumnName.DEFAULT_LANGUAGE);
                    if (label != null) {
                        item.child("label").text(label);
                    }
                }
                c.extras().forEach((k, v) -> {
                    if (SurveyParser.XML_NAME.matcher(k).matches()) {
                        item.child(k).text(v);
                    }
                });
            }
            out.add(instance);
        }
        return out;
    }

    private void choiceItext(String id, Choice c) {
        c.texts().forEach((column, byLang) -> byLang.forEach((lang, text) -> {
            if (column.equals("label")) {
                itext.add(id, lang, null, new XmlNode("value").text(text));
            } else if (ColumnName.isMedia(column)) {
                attachments.add(text);
                itext.add(id, lang, column, new XmlNode("value").text(MEDIA_PREFIX.get(column) + text));
            }
        }));
    }

    // ---------------------------------------------------------------- body

    private void bodyChildren(FormElement container, XmlNode parent) {
        for (FormElement e : container.children) {
            switch (e.kind) {
                case GROUP -> {
                    XmlNode group = parent.child("group");
                    if (!e.flat) {
                        group.attr("ref", e.path());
                    }
                    appearance(e, group);
                    bodyAttributes(e, group);
                    label(e, group, false);
                    bodyChildren(e, group);
                }
                case REPEAT -> {
                    XmlNode group = parent.child("group").attr("ref", e.path());
                    label(e, group, true);
                    XmlNode repeat = group.child("repeat").attr("nodeset", e.path());
                    appearance(e, repeat);
                    bodyAttributes(e, repeat);
                    String count = e.column("repeat_count");
                    if (!count.isEmpty()) {
                        repeat.attr("jr:count", resolve(count, e, "repeat_count"));
                    }
                    bodyChildren(e, repeat);
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
                        .attr("value", resolve(def, e, "default"));
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
            return;
        }
        if (!BodyVisibility.hasPrompt(e)) {
            diag.error(SurveyParser.SURVEY, e.row, "label", "form.compile.labelMissing", e.name);
        }
        XmlNode c;
        if (t.name().equals("select_one_external")) {
            c = parent.child("input").attr("ref", e.path());
            String query = "instance('" + e.listName + "')/root/item";
            String filter = e.column("choice_filter");
            if (!filter.isEmpty()) {
                query += "[" + resolve(filter, e, "choice_filter", ReferenceResolver.Mode.ABSOLUTE) + "]";
            }
            c.attr("query", query);
            attachments.add("itemsets.csv");
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
        label(e, c, true);
        hint(e, c);
        if (t.isSelect() && !t.name().equals("select_one_external")) {
            itemset(e, c);
        }
        if (t.name().equals("range") && e.parameters.containsKey("tick_labelset")) {
            tickLabels(e, c);
        }
        if (t.name().startsWith("geo") && e.parameters.containsKey(ReferenceGeometry.PARAMETER)) {
            referenceGeometry(e, c);
        }
        for (XmlNode setvalue : triggered.getOrDefault(e, List.of())) {
            c.add(setvalue);
        }
    }

    private void appearance(FormElement e, XmlNode node) {
        String appearance = e.forcedAppearance != null ? e.forcedAppearance : e.column("appearance");
        if (!appearance.isEmpty()) {
            node.attr("appearance", appearance);
        }
    }

    private void bodyAttributes(FormElement e, XmlNode node) {
        e.columns.forEach((k, v) -> {
            if (k.startsWith("body::")) {
                String attr = k.substring("body::".length());
                notePrefix(attr);
                node.attr(attr, customAttributeValue(v, e, k));
            }
        });
        if (!e.column("autoplay").isEmpty()) {
            node.attr("autoplay", e.column("autoplay"));
        }
    }

    private boolean rangeIsDecimal(FormElement e) {
        for (String k : List.of("start", "end", "step")) {
            String v = e.parameters.get(k);
            if (v != null && v.contains(".")) {
                return true;
            }
        }
        return false;
    }

    private void rangeAttributes(FormElement e, XmlNode c) {
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
        if (RepeatChoices.isRepeatReference(e.listName)) {
            RepeatChoices.itemset(e, control, refs, diag);
            return;
        }
        if (SearchAppearance.applies(e) && form.choiceLists.containsKey(e.listName)) {
            SearchAppearance.items(form.choiceLists.get(e.listName), control, id -> choiceItext(id.id(), id.choice()));
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
            externalInstances.put(instanceId, ext.equals("csv") ? "jr://file-csv/" + file : "jr://file/" + file);
            attachments.add(file);
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
            nodeset += "[" + resolve(filter, e, "choice_filter", ReferenceResolver.Mode.CURRENT) + "]";
        }
        String randomize = e.parameters.get("randomize");
        if (randomize != null && isYes(randomize)) {
            String seed = e.parameters.get("seed");
            nodeset = "randomize(" + nodeset
                    + (seed == null ? "" : ", " + resolve(seed, e, "parameters").strip()) + ")";
        }
        XmlNode itemset = control.child("itemset").attr("nodeset", nodeset);
        itemset.child("value").attr("ref", valueRef);
        itemset.child("label").attr("ref", useItext ? "jr:itext(itextId)" : labelRef);
    }

    /** A range's tick_labelset is written as an itemset over that choice list, as pyxform does. */
    private void tickLabels(FormElement e, XmlNode control) {
        String listName = e.parameters.get("tick_labelset");
        ChoiceList list = form.choiceLists.get(listName);
        XmlNode itemset = control.child("itemset").attr("nodeset", "instance('" + listName + "')/root/item");
        itemset.child("value").attr("ref", "name");
        itemset.child("label").attr("ref", list != null && list.needsItext() ? "jr:itext(itextId)" : "label");
    }

    private void referenceGeometry(FormElement e, XmlNode control) {
        ReferenceGeometry.Source source = new ReferenceGeometry(form, refs).source(e);
        if (source == null) {
            diag.error(SurveyParser.SURVEY, e.row, e.header("parameters"), "form.compile.referenceGeometryUnknown",
                    e.parameters.get(ReferenceGeometry.PARAMETER));
            return;
        }
        String nodeset = source.nodeset();
        String filter = e.column("choice_filter");
        if (!filter.isEmpty()) {
            nodeset += "[" + (source.repeat() ? refs.resolveAgainstItem(filter, e, e.header("choice_filter"),
                    source.nodeset()) : resolve(filter, e, "choice_filter", ReferenceResolver.Mode.CURRENT)) + "]";
        } else if (source.repeat()) {
            nodeset += "[./" + source.valueRef() + " != '']";
        }
        XmlNode itemset = control.child("itemset").attr("nodeset", nodeset);
        itemset.child("value").attr("ref", source.valueRef());
        itemset.child("label").attr("ref", source.labelRef());
    }

    // ---------------------------------------------------------------- labels, hints and itext

    private static boolean needsItext(Map<String, String> byLang) {
        return byLang.keySet().stream().anyMatch(l -> !l.equals(ColumnName.DEFAULT_LANGUAGE));
    }

    private void label(FormElement e, XmlNode control, boolean emptyWhenMissing) {
        Map<String, String> label = e.text("label");
        boolean hasMedia = false;
        for (String media : MEDIA_PREFIX.keySet()) {
            hasMedia |= !e.text(media).isEmpty();
        }
        if (needsItext(label) || hasMedia) {
            String id = e.path() + ":label";
            label.forEach((lang, text) -> itext.add(id, lang, null, valueNode(text, e, "label")));
            for (String media : List.of("image", "big-image", "audio", "video")) {
                e.text(media).forEach((lang, file) -> {
                    attachments.add(file);
                    itext.add(id, lang, media, new XmlNode("value").text(MEDIA_PREFIX.get(media) + file));
                });
            }
            control.child("label").attr("ref", "jr:itext('" + id + "')");
        } else if (label.containsKey(ColumnName.DEFAULT_LANGUAGE)) {
            appendText(control.child("label"), label.get(ColumnName.DEFAULT_LANGUAGE), e, "label");
        } else if (emptyWhenMissing) {
            control.child("label");
        }
    }

    private void hint(FormElement e, XmlNode control) {
        Map<String, String> hint = e.text("hint");
        Map<String, String> guidance = e.text("guidance_hint");
        if (needsItext(hint) || !guidance.isEmpty()) {
            String id = e.path() + ":hint";
            hint.forEach((lang, text) -> itext.add(id, lang, null, valueNode(text, e, "hint")));
            guidance.forEach((lang, text) -> itext.add(id, lang, "guidance", valueNode(text, e, "guidance_hint")));
            control.child("hint").attr("ref", "jr:itext('" + id + "')");
        } else if (hint.containsKey(ColumnName.DEFAULT_LANGUAGE)) {
            appendText(control.child("hint"), hint.get(ColumnName.DEFAULT_LANGUAGE), e, "hint");
        }
    }

    private XmlNode valueNode(String text, FormElement e, String column) {
        XmlNode value = new XmlNode("value");
        appendText(value, text, e, column);
        return value;
    }

    /**
     * Label, hint and message text with its references turned into {@code <output>}s. Like pyxform,
     * text that holds an output ends with one space, and starts with one unless it starts with
     * an output.
     */
    private void appendText(XmlNode node, String text, FormElement e, String column) {
        int before = node.content.size();
        appendOutputs(node, text, e, column);
        List<Object> added = node.content.subList(before, node.content.size());
        if (added.stream().anyMatch(o -> o instanceof XmlNode)) {
            if (added.get(0) instanceof String) {
                added.add(0, " ");
            }
            added.add(" ");
        }
    }

    private void appendOutputs(XmlNode node, String text, FormElement e, String column) {
        if (InstanceExpressions.present(text)) {
            for (InstanceExpressions.Segment s : InstanceExpressions.split(text)) {
                if (s.expression()) {
                    node.add(new XmlNode("output").attr("value", resolve(s.text(), e, column)));
                } else {
                    appendPlain(node, s.text(), e, column);
                }
            }
            return;
        }
        appendPlain(node, text, e, column);
    }

    private void appendPlain(XmlNode node, String text, FormElement e, String column) {
        for (ReferenceResolver.Part part : refs.parts(text, e, e.header(column))) {
            if (part.output()) {
                node.add(new XmlNode("output").attr("value", part.text()));
            } else {
                node.content.add(part.text());
            }
        }
    }

    // ---------------------------------------------------------------- expressions

    private String resolve(String expr, FormElement e, String column) {
        return resolve(expr, e, column, ReferenceResolver.Mode.RELATIVE);
    }

    private String resolve(String expr, FormElement e, String column, ReferenceResolver.Mode mode) {
        Matcher m = PULLDATA.matcher(expr);
        while (m.find()) {
            externalInstances.put(m.group(1), "jr://file-csv/" + m.group(1) + ".csv");
            attachments.add(m.group(1) + ".csv");
        }
        return refs.resolve(expr, e, e.header(column), mode);
    }

    static boolean isYes(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return s.equals("yes") || s.equals("true") || s.equals("true()") || s.equals("1") || s.equals("y");
    }

    static boolean isNo(String v) {
        String s = v == null ? "" : v.strip().toLowerCase(Locale.ROOT);
        return s.equals("no") || s.equals("false") || s.equals("false()") || s.equals("0") || s.equals("n");
    }
}
