package org.campo.form.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Secondary instances: one {@code <instance id=list>} per choice list (items with name, label
 * or itext id, and extra columns), then the declarations of external files and pulldata CSVs
 * ({@code <instance src>}) and of the last-saved instance.
 */
final class SecondaryInstanceWriter {
    private static final String LAST_SAVED_SRC = "jr://instance/last-saved";
    private final XFormContext ctx;
    private final ItextWriter texts;

    SecondaryInstanceWriter(XFormContext ctx, ItextWriter texts) {
        this.ctx = ctx;
        this.texts = texts;
    }

    /** The choice-list instances, leaving out the lists that {@code inlineOnly} says no itemset uses. */
    List<XmlNode> choiceLists(Predicate<String> inlineOnly) {
        List<XmlNode> out = new ArrayList<>();
        for (ChoiceList list : ctx.form.choiceLists.values()) {
            if (inlineOnly.test(list.name)) {
                continue;
            }
            String external = ctx.externalInstances().get(list.name);
            if (external != null && !list.choices.isEmpty()) {
                ctx.diag.error(SurveyParser.CHOICES, list.choices.get(0).row(), "list_name",
                        "form.compile.instanceSourceClash", list.name, external, SurveyParser.CHOICES);
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
                    texts.choice(id, c);
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

    /** Adds the {@code <instance src>} declarations of external files and of the last-saved instance. */
    void declareExternal(XmlNode model) {
        ctx.externalInstances().forEach((id, src) -> model.child("instance").attr("id", id).attr("src", src));
        if (ctx.refs.lastSavedUsed()) {
            String taken = ctx.externalInstances().get(ReferenceResolver.LAST_SAVED_INSTANCE);
            if (taken != null) {
                ctx.diag.error(SurveyParser.SURVEY, 0, "", "form.compile.instanceSourceClash",
                        ReferenceResolver.LAST_SAVED_INSTANCE, taken, LAST_SAVED_SRC);
                return;
            }
            model.child("instance").attr("id", ReferenceResolver.LAST_SAVED_INSTANCE).attr("src", LAST_SAVED_SRC);
        }
    }
}
