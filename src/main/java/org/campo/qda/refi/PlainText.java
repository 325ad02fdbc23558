package org.campo.qda.refi;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Text out of the files a project carries: plain text with or without a BOM, and .docx. */
final class PlainText {
    private static final Logger LOG = Logger.getLogger(PlainText.class.getName());
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final long MAX_DOCUMENT_XML = 64L << 20;

    private PlainText() {
    }

    /** Decodes a text file: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so; null if not text. */
    static String decode(byte[] bytes) {
        Charset charset = StandardCharsets.UTF_8;
        int skip = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            skip = 3;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * The text of a .docx: paragraphs separated by a line break, tabs and breaks kept; null when
     * the bytes are not a readable Word document.
     */
    static String docx(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().equals("word/document.xml")) {
                    return documentText(limited(zip));
                }
            }
            return null;
        } catch (IOException | XMLStreamException | RuntimeException e) {
            // the import reports the source as lost ("not a readable .docx"); the log keeps why
            LOG.log(Level.FINE, "Unreadable .docx in a REFI-QDA project", e);
            return null;
        }
    }

    private static byte[] limited(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long n = 0;
        int r;
        while ((r = in.read(buf)) > 0) {
            n += r;
            if (n > MAX_DOCUMENT_XML) {
                throw new IOException("document.xml too large");
            }
            out.write(buf, 0, r);
        }
        return out.toByteArray();
    }

    private static String documentText(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(new ByteArrayInputStream(xml));
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        boolean firstParagraph = true;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        if (!firstParagraph) {
                            text.append('\n');
                        }
                        firstParagraph = false;
                    }
                    case "t" -> inText = true;
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())
                    && r.getLocalName().equals("t")) {
                inText = false;
            } else if (inText && (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA)) {
                text.append(r.getText());
            }
        }
        return text.toString();
    }
}
