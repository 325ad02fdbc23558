package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The model's {@code <bind>}s (type, required, relevant, constraint, read-only, calculation,
 * preloads, messages, type parameters, {@code bind::} attributes) and the model actions that
 * run on first load (dynamic defaults, start-geopoint). Also collects the paths of fields
 * marked {@code bind::campo:sensitive}.
 */
final class BindWriter {
    private final XFormContext ctx;
    private final ItextWriter texts;
    private final List<XmlNode> binds = new ArrayList<>();
    private final List<XmlNode> modelActions = new ArrayList<>();
    private final List<String> sensitivePaths = new ArrayList<>();

    BindWriter(XFormContext ctx, ItextWriter texts) {
        this.ctx = ctx;
        this.texts = texts;
    }

    /** Writes the binds of every element, then those of meta/instanceID and meta/instanceName. */
    void write() {
        FormDefinition form = ctx.form;
        containerBinds(form.root);
        if (!form.omitsInstanceId()) {
            binds.add(new XmlNode("bind").attr("nodeset", form.root.path() + "/meta/instanceID").attr("type", "string")
                    .attr("readonly", "true()").attr("jr:preload",
                            form.setting("instance_id").isBlank() ? "uid" : form.setting("instance_id").strip()));
        }
        if (!form.setting("instance_name").isEmpty()) {
            binds.add(new XmlNode("bind").attr("nodeset", form.root.path() + "/meta/instanceName")
                    .attr("type", "string").attr("calculate",
                            ctx.refs.resolve(form.setting("instance_name"), null, "instance_name",
                                    ReferenceResolver.Mode.ABSOLUTE)));
        }
    }

    List<XmlNode> binds() {
        return binds;
    }

    List<XmlNode> modelActions() {
        return modelActions;
    }

    List<String> sensitivePaths() {
        return List.copyOf(sensitivePaths);
    }

    private void containerBinds(FormElement container) {
        for (FormElement e : container.children) {
            if (e.isQuestion()) {
                questionBind(e);
            } else {
                XmlNode bind = new XmlNode("bind").attr("nodeset", e.path());
                commonAttributes(e, bind);
                if (bind.attributes.size() > 1 && !e.flat) { // a flat group's relevant is on its questions
                    binds.add(bind);
                }
                containerBinds(e);
            }
        }
    }

    private void questionBind(FormElement e) {
        QuestionType t = e.type;
        if (t.name().equals("xml-external") || t.name().equals("csv-external")) {
            return;
        }
        String path = t.name().equals("audit") ? ctx.form.root.path() + "/meta/audit" : e.path();
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
        commonAttributes(e, bind);
        String calculation = e.column("calculation");
        if (!calculation.isEmpty() && e.column("trigger").isEmpty()) {
            bind.attr("calculate", ctx.resolve(calculation, e, "calculation"));
        } else if (t.name().equals("calculate") && calculation.isEmpty()
                && !DynamicDefault.isDynamic(e.column("default"), t.name()) && !e.generated) {
            ctx.diag.error(SurveyParser.SURVEY, e.row, "calculation", "form.compile.calculationMissing", e.name);
        }
        if (t.preload() != null) {
            bind.attr("jr:preload", t.preload()).attr("jr:preloadParams", t.preloadParams());
        }
        typeParameters(e, bind);
        if (bind.attributes.size() > 1) {
            binds.add(bind); // a question with no bind properties (a plain trigger) gets no bind, as in pyxform
        }
        dynamicDefault(e);
        if (t.name().equals("background-audio")) {
            // recording starts with the form; its quality goes on the action, as in pyxform
            XmlNode record = new XmlNode("odk:recordaudio").attr("ref", e.path()).attr("event", "odk-instance-load");
            if (e.parameters.containsKey("quality")) {
                record.attr("odk:quality", e.parameters.get("quality"));
            }
            modelActions.add(record);
        }
        if (t.name().equals("start-geopoint")) {
            modelActions.add(new XmlNode("odk:setgeopoint").attr("ref", e.path())
                    .attr("event", "odk-instance-first-load"));
        }
        if (XFormContext.isYes(e.column("bind::campo:sensitive"))) {
            sensitivePaths.add(e.path());
        }
    }

    private void commonAttributes(FormElement e, XmlNode bind) {
        String required = e.column("required");
        if (!required.isEmpty()) {
            if (XFormContext.isYes(required)) {
                bind.attr("required", "true()");
            } else if (XFormContext.isNo(required)) {
                bind.attr("required", "false()"); // pyxform keeps an explicit "no"
            } else {
                bind.attr("required", ctx.resolve(required, e, "required"));
            }
        }
        String relevant = e.column("relevant");
        if (!relevant.isEmpty()) {
            bind.attr("relevant", ctx.resolve(relevant, e, "relevant"));
        }
        String constraint = e.column("constraint");
        if (!constraint.isEmpty()) {
            bind.attr("constraint", ctx.resolve(constraint, e, "constraint"));
        }
        String readOnly = e.column("read_only");
        if (!readOnly.isEmpty()) {
            if (XFormContext.isYes(readOnly)) {
                bind.attr("readonly", "true()");
            } else if (!XFormContext.isNo(readOnly)) {
                bind.attr("readonly", ctx.resolve(readOnly, e, "read_only"));
            }
        }
        texts.message(e, bind, "constraint_message", "jr:constraintMsg");
        texts.message(e, bind, "required_message", "jr:requiredMsg");
        texts.message(e, bind, "no_app_error_string", "jr:noAppErrorString");
        e.columns.forEach((k, v) -> {
            if (k.startsWith("bind::")) {
                String attr = k.substring("bind::".length());
                ctx.notePrefix(attr);
                bind.attr(attr, ctx.resolve(v, e, e.header(k)));
            }
        });
    }

    static boolean rangeIsDecimal(FormElement e) {
        for (String k : List.of("start", "end", "step")) {
            String v = e.parameters.get(k);
            if (v != null && v.contains(".")) {
                return true;
            }
        }
        return false;
    }

    private void typeParameters(FormElement e, XmlNode bind) {
        Map<String, String> p = e.parameters;
        switch (e.type.name()) {
            case "image" -> {
                if (p.containsKey("max-pixels")) {
                    bind.attr("orx:max-pixels", p.get("max-pixels"));
                }
            }
            case "audio" -> {
                if (p.containsKey("quality")) {
                    bind.attr("odk:quality", p.get("quality"));
                }
            }
            case "geopoint", "geotrace", "geoshape" -> {
                if (p.containsKey("allow-mock-accuracy")) {
                    bind.attr("odk:allow-mock-accuracy",
                            XFormContext.isYes(p.get("allow-mock-accuracy")) ? "true" : "false");
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
        String value = ctx.resolve(def, e, "default");
        modelActions.add(new XmlNode("setvalue").attr("ref", e.path()).attr("event", "odk-instance-first-load")
                .attr("value", value));
    }
}
