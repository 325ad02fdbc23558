package org.campo.form.compile;

/**
 * The primary {@code <instance>}: one node per group and question (a flat group's children
 * take its place), repeats with a {@code jr:template} and a first instance, static defaults as
 * text, {@code instance::} attributes, and {@code meta} (audit, instanceID, instanceName).
 * External XML/CSV questions become {@code <instance src>} declarations instead of nodes.
 */
final class PrimaryInstanceWriter {
    private final XFormContext ctx;

    PrimaryInstanceWriter(XFormContext ctx) {
        this.ctx = ctx;
    }

    XmlNode write() {
        FormDefinition form = ctx.form;
        XmlNode primary = new XmlNode("instance");
        XmlNode data = primary.child(form.root.name);
        // settings "attribute::name" columns: custom attributes of the instance root, before id
        form.settings.forEach((k, v) -> {
            if (k.startsWith(SurveyParser.ATTRIBUTE_SETTING) && !v.isBlank()) {
                String attr = k.substring(SurveyParser.ATTRIBUTE_SETTING.length()).strip();
                if (!attr.isEmpty() && !attr.equals("id") && !attr.equals("version")) {
                    ctx.notePrefix(attr);
                    data.attr(attr, v);
                }
            }
        });
        data.attr("id", form.formId);
        if (form.version != null && !form.version.isBlank()) {
            data.attr("version", form.version);
        }
        children(form.root, data, false);
        XmlNode meta = new XmlNode("meta");
        for (FormElement c : form.root.children) {
            if (c.isQuestion() && c.type.name().equals("audit")) {
                meta.child("audit");
            }
        }
        if (!form.omitsInstanceId()) {
            meta.child("instanceID");
        }
        if (!form.setting("instance_name").isEmpty()) {
            meta.child("instanceName");
        }
        if (!meta.content.isEmpty()) {
            data.add(meta);
        }
        return primary;
    }

    private void children(FormElement container, XmlNode parent, boolean inTemplate) {
        for (FormElement e : container.children) {
            if (e.isQuestion()) {
                String t = e.type.name();
                if (t.equals("xml-external") || t.equals("csv-external")) {
                    if (ctx.form.choiceLists.containsKey(e.name)) {
                        ctx.diag.error(SurveyParser.SURVEY, e.row, "name", "form.compile.instanceIdClash", e.name);
                    }
                    ctx.externalInstance(e.name, t.equals("xml-external") ? "jr://file/" + e.name + ".xml"
                            : "jr://file-csv/" + e.name + ".csv", e);
                    ctx.attachment(e.name + (t.equals("xml-external") ? ".xml" : ".csv"));
                    continue;
                }
                if (t.equals("audit")) {
                    continue;
                }
                XmlNode node = parent.child(e.name);
                attributes(e, node);
                String def = e.column("default");
                if (!def.isEmpty() && !DynamicDefault.isDynamic(def, t)) {
                    node.text(def);
                }
            } else if (e.flat) {
                children(e, parent, inTemplate); // pyxform: the children take its place
            } else if (e.kind == FormElement.Kind.GROUP) {
                XmlNode node = parent.child(e.name);
                attributes(e, node);
                children(e, node, inTemplate);
            } else {
                // pyxform: a repeat gets a template and a first instance, except inside another
                // repeat, where the template copy holds only a template and the instance copy
                // only an instance.
                boolean nested = e.isInsideRepeat();
                if (!nested || inTemplate) {
                    XmlNode template = parent.child(e.name).attr("jr:template", ""); // no instance:: attributes
                    children(e, template, true);
                }
                if (!nested || !inTemplate) {
                    XmlNode first = parent.child(e.name);
                    attributes(e, first);
                    children(e, first, false);
                }
            }
        }
    }

    private void attributes(FormElement e, XmlNode node) {
        e.columns.forEach((k, v) -> {
            if (k.startsWith("instance::")) {
                String attr = k.substring("instance::".length());
                ctx.notePrefix(attr);
                node.attr(attr, ctx.customAttributeValue(v, e, k));
            }
        });
    }
}
