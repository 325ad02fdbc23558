package org.campo.store;

import java.io.StringReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code meta/instanceID} from an XForm instance: the identity ODK tools keep across
 * copies, which the study keeps unique. Stops at the first match; no DTD or entity is read.
 */
public final class InstanceIds {
    private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

    static {
        FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private InstanceIds() {
    }

    /** The instanceID, or {@code null} when the instance has none (or cannot be read). */
    public static String of(String xml) {
        if (xml == null) {
            return null;
        }
        try {
            XMLStreamReader r = FACTORY.createXMLStreamReader(new StringReader(xml));
            try {
                java.util.ArrayDeque<String> path = new java.util.ArrayDeque<>();
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if ("instanceID".equals(name) && "meta".equals(path.peek())) {
                            String id = r.getElementText().strip();
                            return id.isEmpty() ? null : id;
                        }
                        path.push(name);
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        path.pop();
                    }
                }
                return null;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return null;
        }
    }
}
