package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A form whose large cascading choice list reaches the engine as an external instance
 * ({@link LargeChoiceLists}) behaves exactly as the same form with the list inline: the same
 * choices after each filter, the same labels in both languages, the same stored answers, also
 * when read back from the definition cache and when a saved instance is resumed.
 */
class LargeChoiceListsTest {
    private static final int REGIONS = 3;
    private static final int PER_REGION = 250;

    private static String xform;
    private static String inlineXform;

    @BeforeAll
    static void compile() {
        StringBuilder md = new StringBuilder(String.join("\n",
                "| settings |",
                "| | form_id | version | default_language |",
                "| | cascade | 1 | Español (es) |",
                "| survey |",
                "| | type | name | label::Español (es) | label::English (en) | choice_filter |",
                "| | select_one region | region | Región | Region | |",
                "| | select_one district | district | Distrito en ${region} | District in ${region} | region=${region} |",
                "| | select_multiple district | big | Distritos grandes | Large districts | region=${region} and pop > 900 |",
                "| | text | note | Nota | Note | |",
                "| choices |",
                "| | list_name | name | label::Español (es) | label::English (en) | image::Español (es) | region | pop |",
                ""));
        for (int r = 0; r < REGIONS; r++) {
            md.append("| | region | r").append(r).append(" | Región ").append(r).append(" | Region ").append(r)
                    .append(" | | | |\n");
        }
        for (int d = 0; d < REGIONS * PER_REGION; d++) {
            String es = d % 97 == 0 ? "Ñuñoa & \"Peñalolén\" <" + d + ">" : "Distrito " + d;
            String image = d % 101 == 0 ? "d" + d + ".png" : "";
            md.append("| | district | d").append(d).append(" | ").append(es).append(" | District ").append(d)
                    .append(" | ").append(image).append(" | r").append(d % REGIONS).append(" | ").append(d * 7 % 1000)
                    .append(" |\n");
        }
        CompileResult compiled = new XlsFormCompiler().compileMarkdown(md.toString(), "data");
        assertThat(compiled.errors()).isEmpty();
        xform = compiled.xform();
        // A comment in the model keeps every list inline: the form as JavaRosa read it before.
        int modelOpen = xform.indexOf('>', xform.indexOf("<model")) + 1;
        inlineXform = xform.substring(0, modelOpen) + "<!-- inline -->" + xform.substring(modelOpen);
    }

    private static FormDefinition external() {
        FormDefinition definition = new FormLoader(FormDefinitionCache.none()).load(xform);
        assertThat(LargeChoiceLists.splitIds(definition.sha256())).containsExactly("district");
        return definition;
    }

    private static FormDefinition inline() {
        FormDefinition definition = new FormLoader(FormDefinitionCache.none()).load(inlineXform);
        assertThat(LargeChoiceLists.splitIds(definition.sha256())).isEmpty();
        return definition;
    }

    /** What a filler sees and stores, per region and language, answering the first and last choices. */
    private static List<String> walk(FormDefinition definition) {
        List<String> seen = new ArrayList<>();
        for (String language : List.of("Español (es)", "English (en)")) {
            for (int r = 0; r < REGIONS; r++) {
                FormSession session = FormSession.start(definition, TestForms.CONTEXT);
                session.setLanguage(language);
                Prompt region = session.first().prompts().get(0);
                session.answer(region.ref(), new Answer.Choice("r" + r));
                Prompt district = session.next().prompts().get(0);
                seen.add(language + " " + district.label() + " " + district.choices());
                List<ChoiceOption> choices = district.choices();
                session.answer(district.ref(), new Answer.Choice(choices.get(choices.size() - 1).value()));
                Prompt big = session.next().prompts().get(0);
                seen.add(language + " " + big.label() + " " + big.choices());
                session.answer(big.ref(), new Answer.Choices(List.of(big.choices().get(0).value(),
                        big.choices().get(big.choices().size() - 1).value())));
                session.next();
                seen.add(session.instanceXml().replaceAll("<instanceID>[^<]*</instanceID>", ""));
            }
        }
        return seen;
    }

    @Test
    void filtersLabelsInBothLanguagesAndStoredAnswersAreThoseOfTheInlineForm() {
        List<String> external = walk(external());
        List<String> inline = walk(inline());

        assertThat(external).isEqualTo(inline);
        assertThat(external.get(0)).contains("Distrito en r0 [", "ChoiceOption[value=d0, label=Ñuñoa & \"Peñalolén\" <0>]",
                "ChoiceOption[value=d3, label=Distrito 3]").doesNotContain("value=d1,");
        assertThat(external.get(3 * REGIONS)).contains("District in r0 [", "label=District 0]");
        assertThat(external.get(2)).contains("<district>d747</district>", "<region>r0</region>");
    }

    @Test
    void filteredChoiceCountsAreThoseOfTheList() {
        FormSession session = FormSession.start(external(), TestForms.CONTEXT);
        session.answer(session.first().prompts().get(0).ref(), new Answer.Choice("r1"));
        Prompt district = session.next().prompts().get(0);
        assertThat(district.choices()).hasSize(PER_REGION)
                .allSatisfy(c -> assertThat(Integer.parseInt(c.value().substring(1)) % REGIONS).isEqualTo(1));
        session.answer(district.ref(), new Answer.Choice("d1"));
        Prompt big = session.next().prompts().get(0);
        // pop = d * 7 % 1000 > 900 compares numerically, as inline
        assertThat(big.choices()).isNotEmpty().allSatisfy(c -> {
            int d = Integer.parseInt(c.value().substring(1));
            assertThat(d * 7 % 1000).isGreaterThan(900);
        });
    }

    @Test
    void definitionReadFromTheCacheAndResumedInstancesBehaveTheSame() {
        FormDefinitionCache cache = FormDefinitionCache.inMemory();
        new FormLoader(cache).load(xform);
        FormDefinition cached = new FormLoader(cache).load(xform);
        assertThat(walk(cached)).isEqualTo(walk(inline()));

        FormSession inlineSession = FormSession.start(inline(), TestForms.CONTEXT);
        inlineSession.answer(inlineSession.first().prompts().get(0).ref(), new Answer.Choice("r2"));
        Prompt district = inlineSession.next().prompts().get(0);
        inlineSession.answer(district.ref(), new Answer.Choice("d5"));
        FormSession resumed = FormSession.resume(cached, inlineSession.instanceXml(), TestForms.CONTEXT, Optional.empty());
        resumed.first();
        Prompt again = resumed.next().prompts().get(0);
        assertThat(again.answer()).contains(new Answer.Choice("d5"));
        assertThat(again.choices()).isEqualTo(district.choices());
    }

    @Test
    void schemaListsEveryChoiceWithItsLabels() {
        FieldSchema external = external().schema().field("/data/district").orElseThrow();
        FieldSchema inline = inline().schema().field("/data/district").orElseThrow();
        assertThat(external.choices()).hasSize(REGIONS * PER_REGION).isEqualTo(inline.choices());
    }

    @Test
    void smallListsAndOtherShapesStayInline() {
        String small = new XlsFormCompiler().compileMarkdown(String.join("\n",
                "| survey |",
                "| | type | name | label | choice_filter |",
                "| | select_one a | a | A | |",
                "| | select_one b | b | B | a=${a} |",
                "| choices |",
                "| | list_name | name | label | a |",
                "| | a | x | X | |",
                "| | b | y | Y | x |"), "data").xform();
        assertThat(LargeChoiceLists.split("small", small)).isSameAs(small);
        assertThat(LargeChoiceLists.split("commented", inlineXform)).isSameAs(inlineXform);
        String withAttribute = xform.replace("<instance id=\"district\">\n        <root>",
                "<instance id=\"district\">\n        <root kind=\"x\">");
        assertThat(withAttribute).isNotEqualTo(xform);
        assertThat(LargeChoiceLists.split("attribute", withAttribute)).isSameAs(withAttribute);
        String split = LargeChoiceLists.split("whole", xform);
        assertThat(split).contains("<instance id=\"district\" src=\"jr://file/campo-choices/whole/district\"/>")
                .contains("<instance id=\"region\">").doesNotContain("<name>d5</name>");
    }
}
