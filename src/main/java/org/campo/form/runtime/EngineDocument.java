package org.campo.form.runtime;

import java.io.StringReader;

import org.javarosa.xform.parse.XFormParser;
import org.kxml2.kdom.Document;
import org.kxml2.kdom.Element;
import org.kxml2.kdom.Node;

/**
 * Reads XForm text into the XML tree the engine parses, with the form's {@code <model>} made
 * cheap to empty.
 *
 * <p>Why: the engine's parser removes each {@code <bind>}, {@code <itext>} and blank text from
 * the model as it reads it, one child at a time from the front, and the XML tree of its
 * library (kXML 2.3.0, {@code Node.removeChild}) shifts the child-type list one character at a
 * time on every removal. Parsing a form therefore cost time in the square of its questions: at
 * 20,000 questions that shifting was half of {@code form check} (docs/benchmarks.md). The model
 * here removes a child with one array move. The tree is otherwise the one
 * {@link XFormParser#getXMLDocument} builds, so the engine sees the same form.
 */
final class EngineDocument {
    private EngineDocument() {
    }

    /** The engine's XML tree of {@code xform}; syntax errors are the engine's own. */
    static Document read(String xform) throws java.io.IOException {
        Document document = XFormParser.getXMLDocument(new StringReader(xform));
        Element root = document.getRootElement();
        Element head = child(root, "head");
        if (head != null) {
            for (int i = 0; i < head.getChildCount(); i++) {
                if (head.getType(i) == Node.ELEMENT && "model".equals(head.getElement(i).getName())) {
                    ModelElement model = ModelElement.copyOf(head.getElement(i));
                    head.removeChild(i);
                    head.addChild(i, Node.ELEMENT, model);
                    break;
                }
            }
        }
        return document;
    }

    private static Element child(Element parent, String name) {
        for (int i = 0; i < parent.getChildCount(); i++) {
            if (parent.getType(i) == Node.ELEMENT && name.equals(parent.getElement(i).getName())) {
                return parent.getElement(i);
            }
        }
        return null;
    }

    /** A kXML element whose {@link #removeChild(int)} costs one array move, not one per child. */
    static final class ModelElement extends Element {
        static ModelElement copyOf(Element original) {
            ModelElement copy = new ModelElement();
            if (original.getNamespace() != null) {
                copy.setNamespace(original.getNamespace());
            }
            copy.setName(original.getName());
            for (int i = 0; i < original.getNamespaceCount(); i++) {
                copy.setPrefix(original.getNamespacePrefix(i), original.getNamespaceUri(i));
            }
            for (int i = 0; i < original.getAttributeCount(); i++) {
                copy.setAttribute(original.getAttributeNamespace(i), original.getAttributeName(i),
                        original.getAttributeValue(i));
            }
            for (int i = 0; i < original.getChildCount(); i++) {
                copy.addChild(original.getType(i), original.getChild(i));
            }
            return copy;
        }

        @Override
        public void removeChild(int index) {
            children.removeElementAt(index);
            types.deleteCharAt(index);
        }
    }
}
