package org.campo.form.compile;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link FormDefinition} as an ODK XForm, following pyxform's output so that forms
 * behave the same in Campo as in ODK Collect. It assembles the document from its parts, which
 * share one {@link XFormContext}: the primary instance ({@link PrimaryInstanceWriter}), binds and
 * model actions ({@link BindWriter}), itext translations ({@link ItextWriter}), secondary
 * instances ({@link SecondaryInstanceWriter}) and the body ({@link BodyWriter}); trigger
 * setvalues ({@link TriggerActions}) are collected first. The parts run in the order instance,
 * binds, body, secondary instances (not document order) because later parts rely on what
 * earlier ones discovered, e.g. which choice lists the body used, and the itext and attachment
 * order follows from it.
 */
final class XFormWriter {
    static final String XFORMS_NS = "http://www.w3.org/2002/xforms";
    static final String CAMPO_NS = XFormContext.CAMPO_NS;
    private static final Pattern NAMESPACE_DECLARATION = Pattern.compile("([\\w-]+)\\s*=\\s*\"([^\"]*)\"");

    private final XFormContext ctx;
    private List<String> sensitivePaths = List.of();

    XFormWriter(FormDefinition form, Diagnostics diag) {
        this.ctx = new XFormContext(form, diag);
    }

    List<String> attachments() {
        return ctx.attachments();
    }

    List<String> sensitivePaths() {
        return sensitivePaths;
    }

    String write() {
        FormDefinition form = ctx.form;
        TriggerActions triggers = new TriggerActions(ctx).collect();
        ItextWriter texts = new ItextWriter(ctx);

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

        XmlNode primary = new PrimaryInstanceWriter(ctx).write();
        BindWriter binds = new BindWriter(ctx, texts);
        binds.write();
        BodyWriter bodyWriter = new BodyWriter(ctx, texts, triggers);
        XmlNode body = bodyWriter.write();
        SecondaryInstanceWriter secondaryWriter = new SecondaryInstanceWriter(ctx, texts);
        List<XmlNode> secondary = secondaryWriter.choiceLists(bodyWriter::inlineOnly);

        if (!ctx.itext.isEmpty()) {
            model.add(ctx.itext.toXml(form.defaultLanguage));
        }
        model.add(primary);
        secondary.forEach(model::add);
        secondaryWriter.declareExternal(model);
        submission(model);
        binds.binds().forEach(model::add);
        binds.modelActions().forEach(model::add);
        html.add(body);
        ctx.extraPrefixes().forEach(p -> html.attr("xmlns:" + p, XFormContext.namespaceFor(p)));
        namespacesSetting(html);
        sensitivePaths = binds.sensitivePaths();
        return html.toXml();
    }

    /** The {@code namespaces} setting declares extra prefixes: {@code esri="http://esri.com/xforms"}. */
    private void namespacesSetting(XmlNode html) {
        Matcher m = NAMESPACE_DECLARATION.matcher(ctx.form.setting("namespaces"));
        while (m.find()) {
            html.attr("xmlns:" + m.group(1), m.group(2));
        }
    }

    private void submission(XmlNode model) {
        FormDefinition form = ctx.form;
        String url = form.setting("submission_url");
        String key = form.setting("public_key");
        String autoSend = form.setting("auto_send");
        String autoDelete = form.setting("auto_delete");
        boolean clientEditable = XFormContext.isYes(form.setting("client_editable"));
        if (url.isEmpty() && key.isEmpty() && autoSend.isEmpty() && autoDelete.isEmpty() && !clientEditable) {
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
        if (clientEditable) {
            s.attr("odk:client-editable", "true");
        }
    }
}
