package org.campo.export;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.font.PdfFontFactory.EmbeddingStrategy;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AbstractElement;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.IElement;
import com.itextpdf.layout.element.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts of every PDF Campo writes: DejaVu Sans, regular and bold, shipped in the jar (licence
 * beside it) and embedded as subsets, so accents, curly quotes, Greek, Cyrillic, Hebrew, Arabic,
 * Georgian, Armenian and the other scripts it covers print as typed. A character the font has no
 * glyph for (colour emoji, Chinese, Japanese, Korean, ...) is never dropped silently: it prints
 * as the replacement mark {@value #MARKER_TEXT}, one per character (an emoji's variation selector,
 * skin tone or joiner belongs to the mark before it).
 */
public final class PdfFonts {
    /** What a character the font cannot draw becomes. */
    public static final int MARKER = 0xFFFD;
    public static final String MARKER_TEXT = "\uFFFD";
    private static final String DIR = "/org/campo/export/fonts/";
    private static final byte[] REGULAR_BYTES = load("DejaVuSans.ttf");
    private static final byte[] BOLD_BYTES = load("DejaVuSans-Bold.ttf");
    private static final FontProgram REGULAR_COVERAGE = program(REGULAR_BYTES);
    private static final FontProgram BOLD_COVERAGE = program(BOLD_BYTES);

    private final PdfFont regular;
    private final PdfFont bold;

    private PdfFonts() {
        this.regular = font(REGULAR_BYTES);
        this.bold = font(BOLD_BYTES);
    }

    /** New font objects for one document (a PDF font belongs to the document it is used in). */
    public static PdfFonts create() {
        return new PdfFonts();
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    /**
     * A layout document on the PDF whose added elements have their text passed through
     * {@link #visible(String)} first, so no writer can forget it. Its default font is the regular one.
     */
    public Document document(PdfDocument pdf, PageSize size) {
        Document doc = new Document(pdf, size) {
            @Override
            public Document add(IBlockElement element) {
                visible(element);
                return super.add(element);
            }
        };
        doc.setFont(regular);
        return doc;
    }

    /** Whether both fonts draw the code point (control characters count as drawn: layout handles them). */
    public static boolean covered(int codePoint) {
        return codePoint < 0x20 || REGULAR_COVERAGE.getGlyph(codePoint) != null
                && BOLD_COVERAGE.getGlyph(codePoint) != null;
    }

    /** The text with each character the fonts cannot draw replaced by {@link #MARKER}. */
    public static String visible(String text) {
        if (text == null || text.codePoints().allMatch(PdfFonts::covered)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean afterMarker = false;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (afterMarker && isEmojiPart(cp)) {
                if (cp == 0x200D && i + 1 < cps.length) {
                    i++; // a joiner and the character it joins belong to the mark already written
                }
            } else if (covered(cp)) {
                out.appendCodePoint(cp);
                afterMarker = false;
            } else if (!isEmojiPart(cp)) {
                out.appendCodePoint(MARKER);
                afterMarker = true;
            } // else: a selector, skin tone or joiner on its own draws nothing
        }
        return out.toString();
    }

    /** Passes every text of the element and of the elements inside it through {@link #visible(String)}. */
    public static <T extends IElement> T visible(T element) {
        if (element instanceof Text text) {
            String shown = visible(text.getText());
            if (!shown.equals(text.getText())) {
                text.setText(shown);
            }
        }
        if (element instanceof AbstractElement<?> parent) {
            for (IElement child : parent.getChildren()) {
                visible(child);
            }
        }
        return element;
    }

    private static boolean isEmojiPart(int cp) {
        return cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0x1F3FB && cp <= 0x1F3FF
                || cp >= 0xE0020 && cp <= 0xE007F || cp == 0x20E3;
    }

    private static PdfFont font(byte[] bytes) {
        return PdfFontFactory.createFont(program(bytes), PdfEncodings.IDENTITY_H,
                EmbeddingStrategy.FORCE_EMBEDDED);
    }

    private static FontProgram program(byte[] bytes) {
        try {
            return FontProgramFactory.createFont(bytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the application: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
