package org.recits.narrative.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.StringUtil;

/**
 * Shows text in a PDF content stream as PDFBox 3.0's {@code showText} does (words split on spaces, each word's
 * glyphs substituted and encoded, spaces encoded as characters, glyphs and code points added to the font's
 * subset, then {@code Tj}), the same bytes, but shaped through a {@link LatinShaping} kept per font for the
 * whole document instead of PDFBox's worker, which rebuilds its splitters for every word. Fonts without Latin
 * GSUB data are left to PDFBox. One per document.
 */
final class ShapedText {

    private static final byte[] SHOW = " Tj\n".getBytes(StandardCharsets.US_ASCII);

    private final Map<PDFont, LatinShaping> shaping = new IdentityHashMap<>();

    /** Shows {@code text} in {@code font}, the font {@code cs} was last set to, inside a text object. */
    void show(PDPageContentStream cs, PDFont font, String text) throws IOException {
        LatinShaping latin = shaping.computeIfAbsent(font,
                f -> f instanceof PDType0Font type0 ? LatinShaping.of(type0.getGsubData()) : null);
        if (latin == null) {
            cs.showText(text);
            return;
        }
        PDType0Font type0 = (PDType0Font) font;
        Set<Integer> glyphIds = new HashSet<>();
        ByteArrayOutputStream encoded = new ByteArrayOutputStream(text.length() * 2);
        CmapLookup cmap = type0.getCmapLookup();
        for (String word : StringUtil.tokenizeOnSpace(text)) {
            if (word == null) {
                continue;
            }
            if (word.length() == 1 && Character.isWhitespace(word.charAt(0))) {
                encoded.write(type0.encode(word));
                continue;
            }
            List<Integer> original = new ArrayList<>(word.length());
            for (int cp : word.codePoints().toArray()) {
                int glyph = cmap.getGlyphId(cp);
                if (glyph <= 0) {
                    throw new IllegalStateException("could not find the glyphId for the character: "
                            + new String(Character.toChars(cp)) + ", codePoint: " + cp);
                }
                original.add(glyph);
            }
            List<Integer> shaped = latin.apply(original);
            for (int glyph : shaped) {
                encoded.write(type0.encodeGlyphId(glyph));
            }
            glyphIds.addAll(shaped);
        }
        if (type0.willBeSubset()) {
            type0.addGlyphsToSubset(glyphIds);
            for (int offset = 0; offset < text.length(); ) {
                int cp = text.codePointAt(offset);
                type0.addToSubset(cp);
                offset += Character.charCount(cp);
            }
        }
        ByteArrayOutputStream op = new ByteArrayOutputStream(encoded.size() * 2 + 8);
        COSWriter.writeString(encoded.toByteArray(), op);
        op.write(SHOW);
        cs.appendRawCommands(op.toByteArray());
    }
}
