package org.campo.form.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.campo.form.compile.CompileResult;
import org.campo.form.compile.XlsFormCompiler;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.IFormElement;
import org.javarosa.core.model.QuestionDef;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.xform.parse.XFormParser;
import org.kxml2.kdom.Element;
import org.kxml2.kdom.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine gets the same form from {@link EngineDocument}'s tree as from its own reader: the
 * parsed definitions of the shipped instruments and of a long generated form are equal field by
 * field that matters to an enumerator (their serialized bytes are not comparable: the engine writes
 * some sets in hash order).
 */
class EngineDocumentTest {

    static Stream<String> forms() {
        XlsFormCompiler compiler = new XlsFormCompiler();
        Stream<String> shipped = Stream.of("flow-count", "flow-monitoring-survey", "in-depth-interview",
                "key-informant-interview").map(name -> {
                    CompileResult result = compiler.compile(Path.of("forms", name + ".xlsx"));
                    assertThat(result.errors()).as(name).isEmpty();
                    return result.xform();
                });
        return Stream.concat(shipped, Stream.of(compiler.compileMarkdown(longForm(600), "long").xform()));
    }

    /** Questions with relevance, constraints and labels in two languages: many binds and itext entries. */
    private static String longForm(int questions) {
        StringBuilder md = new StringBuilder("""
                | survey |
                | | type | name | label::English (en) | label::Español (es) | relevant | constraint |
                """);
        for (int i = 0; i < questions; i++) {
            md.append("| | integer | q").append(i).append(" | Question ").append(i).append(" | Pregunta ").append(i)
                    .append(" | ").append(i == 0 ? "" : "${q" + (i - 1) + "} > 0")
                    .append(" | . < 1000 |\n");
        }
        return md.toString();
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theEngineParsesTheSameFormFromEitherTree(String xform) {
        String fromItsReader = JavaRosaEnvironment.call(FormAttachments.none(), null,
                () -> describe(parse(() -> new XFormParser(new StringReader(xform)).parse())));
        String fromEngineDocument = JavaRosaEnvironment.call(FormAttachments.none(), null,
                () -> describe(parse(() -> new XFormParser(EngineDocument.read(xform)).parse())));

        assertThat(fromEngineDocument).isEqualTo(fromItsReader).contains("relevant=false");
    }

    @Test
    void theModelRemovesChildrenAsAPlainElementDoes() {
        Element plain = child("model");
        Element model = EngineDocument.ModelElement.copyOf(plain);
        for (Element e : new Element[] {plain, model}) {
            for (int i = 0; i < 50; i++) {
                e.addChild(i % 3 == 0 ? Node.TEXT : Node.ELEMENT, i % 3 == 0 ? "text " + i : child("bind" + i));
            }
        }
        for (int i : new int[] {0, 0, 5, 17, 30, 44}) {
            plain.removeChild(i);
            model.removeChild(i);
        }

        assertThat(model.getChildCount()).isEqualTo(plain.getChildCount());
        for (int i = 0; i < plain.getChildCount(); i++) {
            assertThat(model.getType(i)).as("type of child %d", i).isEqualTo(plain.getType(i));
            assertThat(name(model, i)).as("child %d", i).isEqualTo(name(plain, i));
        }
    }

    private static Element child(String name) {
        Element e = new Element();
        e.setNamespace("");
        e.setName(name);
        return e;
    }

    private static String name(Element parent, int i) {
        return parent.getType(i) == Node.ELEMENT ? parent.getElement(i).getName() : parent.getText(i);
    }

    /**
     * What the engine made of a form: the instance as it starts (each node's type, requiredness,
     * constraint and computed relevance; not the values, as a new instance gets a new id) and the body's controls with their
     * references, labels and choices.
     */
    private static String describe(FormDef formDef) {
        formDef.initialize(true, new InstanceInitializationFactory());
        StringBuilder out = new StringBuilder();
        describe(formDef.getMainInstance().getRoot(), "", out);
        describeBody(formDef.getChildren(), "", out);
        return out.toString();
    }

    private static void describe(TreeElement node, String indent, StringBuilder out) {
        out.append(indent).append(node.getName()).append(" type=").append(node.getDataType())
                .append(" required=").append(node.isRequired()).append(" relevant=").append(node.isRelevant())
                .append(" constraint=").append(node.getConstraint() == null ? "" : node.getConstraint().constraint)
                .append('\n');
        for (int i = 0; i < node.getNumChildren(); i++) {
            describe(node.getChildAt(i), indent + " ", out);
        }
    }

    private static void describeBody(List<IFormElement> elements, String indent, StringBuilder out) {
        if (elements == null) {
            return;
        }
        for (IFormElement e : elements) {
            out.append(indent).append(e.getClass().getSimpleName()).append(' ')
                    .append(e.getBind() == null ? "" : e.getBind().getReference())
                    .append(" text=").append(e.getTextID()).append(" label=").append(e.getLabelInnerText());
            if (e instanceof QuestionDef q) {
                out.append(" control=").append(q.getControlType()).append(" appearance=").append(q.getAppearanceAttr());
                if (q.getChoices() != null) {
                    for (SelectChoice c : q.getChoices()) {
                        out.append(" [").append(c.getValue()).append(' ').append(c.getTextID()).append(']');
                    }
                }
            }
            out.append('\n');
            describeBody(e.getChildren(), indent + " ", out);
        }
    }

    private interface Parse {
        FormDef run() throws Exception;
    }

    private static FormDef parse(Parse parse) {
        try {
            return parse.run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
