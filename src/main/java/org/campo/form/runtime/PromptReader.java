package org.campo.form.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.campo.common.Messages;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.RangeQuestion;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.core.util.NoLocalizedTextException;
import org.javarosa.form.api.FormEntryCaption;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.xform.parse.XFormParser;

/** Reads one engine question into a Campo {@link Prompt}, with every text in the current language. */
final class PromptReader {
    private final FormEntryModel model;
    private final FormDefinition definition;

    PromptReader(FormEntryModel model, FormDefinition definition) {
        this.model = model;
        this.definition = definition;
    }

    Prompt read(FormIndex index) {
        FormEntryPrompt prompt = model.getQuestionPrompt(index);
        PromptType type = AnswerCodec.typeOf(prompt);
        String path = index.getReference().toString(true);
        return new Prompt(
                FormIndexRefs.toRef(index),
                path,
                type,
                nullToEmpty(prompt.getLongText()),
                blankToNull(prompt.getHelpText()),
                guidance(prompt),
                blankToNull(prompt.getAppearanceHint()),
                prompt.isRequired(),
                prompt.isReadOnly(),
                choices(prompt),
                AnswerCodec.decode(type, prompt.getAnswerValue()),
                constraintMessage(prompt),
                requiredMessage(prompt),
                range(prompt),
                groupLabels(index),
                repeatPosition(index),
                definition.isSensitive(path));
    }

    /** Labels of the groups around a position, with repeat instances numbered. */
    List<String> groupLabels(FormIndex index) {
        List<String> labels = new ArrayList<>();
        FormEntryCaption[] hierarchy = model.getCaptionHierarchy(index);
        for (int i = 0; i < hierarchy.length - 1; i++) {
            FormEntryCaption caption = hierarchy[i];
            String text = nullToEmpty(caption.getLongText());
            if (caption.repeats() && caption.getMultiplicity() >= 0) {
                text = (text + " " + (caption.getMultiplicity() + 1)).strip();
            }
            if (!text.isEmpty()) {
                labels.add(text);
            }
        }
        return labels;
    }

    private int repeatPosition(FormIndex index) {
        FormEntryCaption[] hierarchy = model.getCaptionHierarchy(index);
        for (int i = hierarchy.length - 2; i >= 0; i--) {
            if (hierarchy[i].repeats()) {
                return hierarchy[i].getMultiplicity() + 1;
            }
        }
        return 0;
    }

    private static List<ChoiceOption> choices(FormEntryPrompt prompt) {
        List<SelectChoice> choices = prompt.getSelectChoices();
        if (choices == null) {
            return List.of();
        }
        List<ChoiceOption> options = new ArrayList<>(choices.size());
        for (SelectChoice choice : choices) {
            String label = prompt.getSelectChoiceText(choice);
            options.add(new ChoiceOption(choice.getValue(), label == null ? choice.getValue() : label));
        }
        return options;
    }

    private static String guidance(FormEntryPrompt prompt) {
        String helpId = prompt.getQuestion().getHelpTextID();
        if (helpId == null) {
            return null;
        }
        try {
            return blankToNull(prompt.getSpecialFormQuestionText(helpId, "guidance"));
        } catch (NoLocalizedTextException e) {
            return null; // the question has no guidance text
        }
    }

    static String constraintMessage(FormEntryPrompt prompt) {
        String text = prompt.getConstraintText();
        return text == null || text.isBlank() ? Messages.get("form.runtime.constraint") : text;
    }

    static String requiredMessage(FormEntryPrompt prompt) {
        String text = null;
        try {
            text = prompt.getSpecialFormQuestionText("requiredMsg");
        } catch (NoLocalizedTextException e) {
            // no itext form for it: the bind attribute or the default below says it
        }
        if (text == null) {
            text = prompt.getQuestion().getAdditionalAttribute(XFormParser.NAMESPACE_JAVAROSA, "requiredMsg");
        }
        if (text == null && prompt.getBindAttributes() != null) {
            for (TreeElement attribute : prompt.getBindAttributes()) {
                if ("requiredMsg".equals(attribute.getName())) {
                    text = attribute.getAttributeValue();
                }
            }
        }
        return text == null || text.isBlank() ? Messages.get("form.runtime.required") : text;
    }

    private static Optional<RangeParameters> range(FormEntryPrompt prompt) {
        if (prompt.getQuestion() instanceof RangeQuestion range) {
            return Optional.of(new RangeParameters(range.getRangeStart(), range.getRangeEnd(), range.getRangeStep()));
        }
        return Optional.empty();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
