package org.campo.qda;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import org.campo.common.CampoException;
import org.campo.qda.docx.DocxText;
import org.campo.model.SourceKind;

/**
 * Reads files to import as sources: {@code .txt} and {@code .md} in UTF-8 or UTF-16 (with or
 * without a byte order mark), and {@code .docx}. Every text is brought to one form at this
 * edge: line breaks become a single LF (CRLF and CR alike) and characters are composed (NFC),
 * so positions in code points mean the same thing whatever tool wrote the file. Anything else,
 * or a file that cannot be read, is refused with a located message.
 */
public final class SourceFiles {
    private SourceFiles() {
    }

    public static TextFile read(Path file) {
        String fileName = file.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new CampoException(e, "qda.import.unreadable", fileName, e.getMessage());
        }
        return read(fileName, bytes);
    }

    public static TextFile read(String fileName, byte[] bytes) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        String text;
        SourceKind kind;
        if (lower.endsWith(".txt") || lower.endsWith(".md")) {
            text = decode(fileName, bytes);
            kind = SourceKind.FIELD_NOTE;
        } else if (lower.endsWith(".docx")) {
            try {
                text = DocxText.read(bytes);
            } catch (IOException e) {
                throw new CampoException(e, "qda.import.unreadable", fileName, e.getMessage());
            }
            kind = SourceKind.TRANSCRIPT;
        } else {
            throw new CampoException("qda.import.unsupported", fileName);
        }
        String normalized = normalize(text);
        if (normalized.isBlank()) {
            throw new CampoException("qda.import.empty", fileName);
        }
        return new TextFile(name, kind, normalized);
    }

    /** One LF per line break, composed characters. */
    public static String normalize(String text) {
        String lf = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(lf, Normalizer.Form.NFC);
    }

    static String decode(String fileName, byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(fileName, b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(fileName, b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(fileName, b, 2, StandardCharsets.UTF_16BE);
        }
        Charset utf16 = utf16WithoutMark(b);
        if (utf16 != null) {
            return strict(fileName, b, 0, utf16);
        }
        return strict(fileName, b, 0, StandardCharsets.UTF_8);
    }

    /** UTF-16 without a mark shows as zero bytes in every other position (text with Latin letters). */
    private static Charset utf16WithoutMark(byte[] b) {
        if (b.length < 4 || b.length % 2 != 0) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < b.length; i += 2) {
            if (b[i] == 0) {
                evenZeros++;
            }
            if (b[i + 1] == 0) {
                oddZeros++;
            }
        }
        int pairs = b.length / 2;
        if (oddZeros * 10 >= pairs * 3 && evenZeros * 10 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 >= pairs * 3 && oddZeros * 10 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String strict(String fileName, byte[] b, int offset, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new CampoException(e, "qda.import.encoding", fileName);
        }
    }
}
