package org.campo.form.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code trigger} column: each question it names gets a {@code setvalue} on
 * {@code xforms-value-changed} that recalculates the triggered question. Checked and collected
 * before anything is written, so the body finds them on the triggering control.
 */
final class TriggerActions {
    /** One item of a trigger list: a single reference (empty items between commas are ignored). */
    private static final Pattern TRIGGER_ITEM = Pattern.compile("^\\$\\{[^}]+}$");

    private final XFormContext ctx;
    /** Setvalue actions that a trigger question fires, keyed by the triggering element. */
    private final Map<FormElement, List<XmlNode>> triggered = new LinkedHashMap<>();

    TriggerActions(XFormContext ctx) {
        this.ctx = ctx;
    }

    TriggerActions collect() {
        collect(ctx.form.root);
        return this;
    }

    /** The setvalue actions fired by a change of {@code source}. */
    List<XmlNode> firedBy(FormElement source) {
        return triggered.getOrDefault(source, List.of());
    }

    private void collect(FormElement container) {
        for (FormElement e : container.children) {
            if (e.isContainer()) {
                collect(e);
                continue;
            }
            String trigger = e.column("trigger");
            boolean backgroundGeopoint = e.type.name().equals("background-geopoint");
            if (backgroundGeopoint && !e.column("calculation").isEmpty()) {
                ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("calculation"),
                        "form.compile.backgroundGeopointCalculation", e.name);
            }
            if (trigger.isEmpty()) {
                if (backgroundGeopoint) {
                    ctx.diag.error(SurveyParser.SURVEY, e.row, "trigger", "form.compile.backgroundGeopointTrigger",
                            e.name);
                }
                continue;
            }
            if (!Arrays.stream(trigger.split(",")).map(String::strip)
                    .allMatch(item -> item.isEmpty() || TRIGGER_ITEM.matcher(item).matches())) {
                ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerSyntax", trigger);
                continue;
            }
            Matcher m = ReferenceResolver.REFERENCE.matcher(trigger);
            boolean any = false;
            while (m.find()) {
                any = true;
                FormElement source = ctx.refs.find(m.group(2).strip());
                if (source == null) {
                    ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerUnknown",
                            m.group(2).strip());
                    continue;
                }
                if (!BodyVisibility.hasControl(source)) {
                    ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerHidden",
                            source.name, e.name);
                    continue;
                }
                // a background-geopoint records the location when the trigger changes; others recalculate
                XmlNode setvalue = new XmlNode(backgroundGeopoint ? "odk:setgeopoint" : "setvalue").attr("ref", e.path())
                        .attr("event", "xforms-value-changed");
                String calculation = e.column("calculation");
                if (!calculation.isEmpty() && !backgroundGeopoint) {
                    setvalue.attr("value", ctx.resolve(calculation, e, "calculation"));
                }
                triggered.computeIfAbsent(source, k -> new ArrayList<>()).add(setvalue);
            }
            if (!any) {
                ctx.diag.error(SurveyParser.SURVEY, e.row, e.header("trigger"), "form.compile.triggerSyntax", trigger);
            }
        }
    }
}
