package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** {@link ShapedText} writes the bytes PDFBox's own {@code showText} writes, in the page and in the font subset. */
class ShapedTextTest {

    @Property(tries = 60)
    void theSameDocumentAsPdfBoxShowText(@ForAll("lines") List<String> lines) throws IOException {
        assertThat(document(lines, true)).isEqualTo(document(lines, false));
    }

    @Provide
    Arbitrary<List<String>> lines() {
        // accents, French punctuation, no-break spaces, digits, tabs and runs of spaces, and the tone letters
        // U+02E5–U+02E9, the only sequences Liberation Sans substitutes (its one feature, ccmp)
        Arbitrary<String> line = Arbitraries.strings()
                .withChars("fiflaeéèàçôœÉ«»’'0123456789 ,.;:!?%€-\u00a0\u202f\t\u02e5\u02e6\u02e7\u02e8\u02e9")
                .ofMinLength(0).ofMaxLength(40);
        return line.list().ofMinSize(1).ofMaxSize(12);
    }

    /** A whole PDF with the lines shown in the regular and the bold face, by PDFBox or by {@link ShapedText}. */
    private static byte[] document(List<String> lines, boolean shaped) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.setDocumentId(1L);
            PdfText text = new PdfText(doc);
            ShapedText shaper = new ShapedText();
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                int i = 0;
                for (String line : lines) {
                    PDFont font = i++ % 2 == 0 ? text.regular : text.bold;
                    cs.setFont(font, 10);
                    String drawable = text.drawable(line);
                    if (shaped) {
                        shaper.show(cs, font, drawable);
                    } else {
                        cs.showText(drawable);
                    }
                    cs.newLineAtOffset(0, -12);
                }
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Property(tries = 1)
    void theFontsSubstitutionsAreMadeAsPdfBoxMakesThem() throws IOException {
        List<String> tones = List.of("a\u02e5\u02e9 \u02e6\u02e7\u02e8 \u02e9\u02e9\u02e5x", "\u02e5\u02e6 fin");
        assertThat(document(tones, true)).isEqualTo(document(tones, false));
    }

}
