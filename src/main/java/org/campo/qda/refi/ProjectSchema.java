package org.campo.qda.refi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The REFI-QDA project schema (QDA-XML 1.0, {@code Project-mrt2019.xsd}, MIT licence, shipped as
 * a resource beside this class) and validation against it with the JDK's
 * {@code javax.xml.validation}. Every export is checked here before it is written.
 */
public final class ProjectSchema {
    /** The namespace of {@code project.qde}. */
    public static final String NAMESPACE = "urn:QDA-XML:project:1.0";
    private static final String RESOURCE = "Project-mrt2019.xsd";

    private static volatile Schema schema;

    private ProjectSchema() {
    }

    /** One reason a document does not conform, with its line and column. */
    public record Problem(int line, int column, String message) {
        @Override
        public String toString() {
            return line + ":" + column + ": " + message;
        }
    }

    /** The problems of {@code qde} against the schema; empty when it validates. */
    public static List<Problem> validate(byte[] qde) {
        List<Problem> problems = new ArrayList<>();
        Validator validator = schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK's validator lacks a security feature", e);
        }
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) {
                problems.add(problem(e));
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(qde)));
        } catch (SAXParseException e) {
            problems.add(problem(e));
        } catch (SAXException e) {
            problems.add(new Problem(0, 0, String.valueOf(e.getMessage())));
        } catch (IOException e) {
            throw new IllegalStateException("reading bytes in memory failed", e);
        }
        return problems;
    }

    private static Problem problem(SAXParseException e) {
        return new Problem(e.getLineNumber(), e.getColumnNumber(), String.valueOf(e.getMessage()));
    }

    private static Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (ProjectSchema.class) {
                s = schema;
                if (s == null) {
                    URL url = ProjectSchema.class.getResource(RESOURCE);
                    if (url == null) {
                        throw new IllegalStateException("missing resource " + RESOURCE);
                    }
                    try (InputStream in = url.openStream()) {
                        s = SafeXml.schemaFactory().newSchema(new StreamSource(in, url.toExternalForm()));
                    } catch (IOException | SAXException e) {
                        throw new IllegalStateException("the shipped REFI-QDA schema does not load", e);
                    }
                    schema = s;
                }
            }
        }
        return s;
    }
}
