package org.campo.form.compile;

import java.util.List;
import java.util.Map;

/**
 * Labels, hints, messages and choice texts: written inline when the form has one unnamed
 * language and no media, otherwise as {@code jr:itext} references with their translations added
 * to the shared {@link Itext}. References in text become {@code <output>}s.
 */
final class ItextWriter {
    static final Map<String, String> MEDIA_PREFIX = Map.of(
            "image", "jr://images/", "big-image", "jr://images/", "audio", "jr://audio/", "video", "jr://video/");
    private static final List<String> MEDIA = List.of("image", "big-image", "audio", "video");

    private final XFormContext ctx;

    ItextWriter(XFormContext ctx) {
        this.ctx = ctx;
    }

    static boolean needsItext(Map<String, String> byLang) {
        return byLang.keySet().stream().anyMatch(l -> !l.equals(ColumnName.DEFAULT_LANGUAGE));
    }

    void label(FormElement e, XmlNode control, boolean emptyWhenMissing) {
        Map<String, String> label = e.text("label");
        boolean hasMedia = false;
        for (String media : MEDIA_PREFIX.keySet()) {
            hasMedia |= !e.text(media).isEmpty();
        }
        if (needsItext(label) || hasMedia) {
            String id = e.path() + ":label";
            label.forEach((lang, text) -> ctx.itext.add(id, lang, null, valueNode(text, e, "label")));
            for (String media : MEDIA) {
                e.text(media).forEach((lang, file) -> {
                    ctx.attachment(file);
                    ctx.itext.add(id, lang, media, new XmlNode("value").text(MEDIA_PREFIX.get(media) + file));
                });
            }
            control.child("label").attr("ref", "jr:itext('" + id + "')");
        } else if (label.containsKey(ColumnName.DEFAULT_LANGUAGE)) {
            appendText(control.child("label"), label.get(ColumnName.DEFAULT_LANGUAGE), e, "label");
        } else if (emptyWhenMissing) {
            control.child("label");
        }
    }

    /**
     * A translated label of a question without a control (calculate, metadata) still goes to
     * itext under the usual id, as in pyxform, so exports and codebooks can name its column.
     */
    void labelWithoutControl(FormElement e) {
        if (needsItext(e.text("label"))) {
            label(e, new XmlNode("label-holder"), false);
        }
    }

    void hint(FormElement e, XmlNode control) {
        Map<String, String> hint = e.text("hint");
        Map<String, String> guidance = e.text("guidance_hint");
        if (needsItext(hint) || !guidance.isEmpty()) {
            String id = e.path() + ":hint";
            hint.forEach((lang, text) -> ctx.itext.add(id, lang, null, valueNode(text, e, "hint")));
            guidance.forEach((lang, text) -> ctx.itext.add(id, lang, "guidance", valueNode(text, e, "guidance_hint")));
            control.child("hint").attr("ref", "jr:itext('" + id + "')");
        } else if (hint.containsKey(ColumnName.DEFAULT_LANGUAGE)) {
            appendText(control.child("hint"), hint.get(ColumnName.DEFAULT_LANGUAGE), e, "hint");
        }
    }

    /** A constraint or required message on a bind attribute. */
    void message(FormElement e, XmlNode bind, String column, String attribute) {
        Map<String, String> texts = e.text(column);
        if (texts.isEmpty()) {
            return;
        }
        // pyxform moves a message with references to itext, where <output> is allowed
        if (needsItext(texts) || texts.values().stream().anyMatch(ReferenceResolver::hasReference)) {
            String id = e.path() + ":" + attribute;
            texts.forEach((lang, text) -> ctx.itext.add(id, lang, null, valueNode(text, e, column)));
            bind.attr(attribute, "jr:itext('" + id + "')");
        } else {
            bind.attr(attribute, texts.get(ColumnName.DEFAULT_LANGUAGE));
        }
    }

    /** The translations of one choice (label and media) under {@code id}. */
    void choice(String id, Choice c) {
        c.texts().forEach((column, byLang) -> byLang.forEach((lang, text) -> {
            if (column.equals("label")) {
                ctx.itext.add(id, lang, null, choiceValue("", text, c, column, lang));
            } else if (ColumnName.isMedia(column)) {
                if (!ReferenceResolver.hasReference(text)) {
                    ctx.attachment(text);
                }
                ctx.itext.add(id, lang, column, choiceValue(MEDIA_PREFIX.get(column), text, c, column, lang));
            }
        }));
    }

    /** A choice text; references to answers become outputs, as in pyxform. */
    private XmlNode choiceValue(String prefix, String text, Choice c, String column, String lang) {
        XmlNode value = new XmlNode("value");
        if (!ReferenceResolver.hasReference(text)) {
            return value.text(prefix + text);
        }
        String header = lang.equals(ColumnName.DEFAULT_LANGUAGE) ? column : column + "::" + lang;
        if (!prefix.isEmpty()) {
            value.content.add(prefix);
        }
        for (ReferenceResolver.Part part : ctx.refs.choiceParts(text, SurveyParser.CHOICES, c.row(), header)) {
            if (part.output()) {
                value.add(new XmlNode("output").attr("value", part.text()));
            } else {
                value.content.add(part.text());
            }
        }
        padOutputs(value.content);
        return value;
    }

    private XmlNode valueNode(String text, FormElement e, String column) {
        XmlNode value = new XmlNode("value");
        appendText(value, text, e, column);
        return value;
    }

    /**
     * Label, hint and message text with its references turned into {@code <output>}s, spaced as pyxform does.
     */
    private void appendText(XmlNode node, String text, FormElement e, String column) {
        int before = node.content.size();
        appendOutputs(node, text, e, column);
        padOutputs(node.content.subList(before, node.content.size()));
    }

    /** pyxform's spacing of text with outputs: one space at the end, and one at the start unless an output starts it. */
    private static void padOutputs(List<Object> content) {
        if (content.stream().anyMatch(o -> o instanceof XmlNode)) {
            if (content.get(0) instanceof String) {
                content.add(0, " ");
            }
            content.add(" ");
        }
    }

    private void appendOutputs(XmlNode node, String text, FormElement e, String column) {
        if (InstanceExpressions.present(text)) {
            for (InstanceExpressions.Segment s : InstanceExpressions.split(text)) {
                if (s.expression()) {
                    node.add(new XmlNode("output").attr("value", ctx.resolve(s.text(), e, column)));
                } else {
                    appendPlain(node, s.text(), e, column);
                }
            }
            return;
        }
        appendPlain(node, text, e, column);
    }

    private void appendPlain(XmlNode node, String text, FormElement e, String column) {
        for (ReferenceResolver.Part part : ctx.refs.parts(text, e, e.header(column))) {
            if (part.output()) {
                node.add(new XmlNode("output").attr("value", part.text()));
            } else {
                node.content.add(part.text());
            }
        }
    }
}
