package org.recits.narrative.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The PDF's text: Liberation Sans (regular, bold, italic; SIL Open Font License, shipped in this bundle,
 * embedded as subsets), measured and broken into lines. Only ordinary spaces break a line: the
 * narrow and non-breaking spaces of French typography hold « 12 % » and « 200 000 € » together.
 */
final class PdfText implements AutoCloseable {

    /** Font, size in points, colour and rise above the baseline (a note's number) of a run of text. */
    record Style(PDFont font, float size, Color color, float rise) {

        Style(PDFont font, float size, Color color) {
            this(font, size, color, 0);
        }
    }

    /** Text in one style. */
    record Run(String text, Style style) {
    }

    /** One line, as runs to draw one after the other. */
    record Line(List<Run> runs) {
    }

    private static final String FONTS = "/liberation/LiberationSans-";

    final PDFont regular;
    final PDFont bold;
    final PDFont italic;
    private final List<TrueTypeFont> files = new ArrayList<>();
    private final CmapLookup cmap;

    PdfText(PDDocument doc) throws IOException {
        TrueTypeFont r = parse("Regular");
        this.cmap = r.getUnicodeCmapLookup();
        this.regular = PDType0Font.load(doc, r, true);
        this.bold = PDType0Font.load(doc, parse("Bold"), true);
        this.italic = PDType0Font.load(doc, parse("Italic"), true);
    }

    private TrueTypeFont parse(String face) throws IOException {
        try (InputStream in = PdfText.class.getResourceAsStream(FONTS + face + ".ttf")) {
            if (in == null) {
                throw new IOException("font missing from the bundle: " + FONTS + face + ".ttf");
            }
            TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBuffer(in));
            files.add(f);
            return f;
        }
    }

    /**
     * The text as the fonts can draw it: a character the three faces lack (they share one character set)
     * becomes its nearest drawable equivalent, else « ? »; controls become spaces and zero-width characters nothing.
     */
    String drawable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                b.append(' ');
            } else if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF) {
                // zero-width: nothing to draw, and a glyph for it would be a box in some viewers
            } else if (cmap.getGlyphId(cp) != 0) {
                b.appendCodePoint(cp);
            } else {
                b.append(switch (cp) {
                    case 0x2010, 0x2011 -> "-";
                    case 0x2007, 0x2008, 0x200A -> "\u2009";
                    default -> "?";
                });
            }
        });
        return b.toString();
    }

    float width(List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += width(r.text(), r.style());
        }
        return w;
    }

    float width(String s, Style style) {
        try {
            return style.font().getStringWidth(s) / 1000f * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runs broken into lines no wider than {@code width}: between words at ordinary spaces, the
     * spaces kept at the end of a line's words (text extraction then keeps the words apart); a word
     * wider than a line is cut where it must be.
     */
    List<Line> wrap(List<Run> runs, float width) {
        List<Line> lines = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        float used = 0;
        // Whether the last word ended in a space: a run that starts without one is the same word (the raised
        // « er » of « 1er », a note's number) and stays on its line.
        boolean spaced = true;
        for (Run run : runs) {
            String t = drawable(run.text());
            int i = 0;
            while (i < t.length()) {
                int space = t.indexOf(' ', i);
                String word = space < 0 ? t.substring(i) : t.substring(i, space + 1);
                boolean glued = i == 0 && !spaced;
                i += word.length();
                spaced = word.endsWith(" ");
                float w = width(word.stripTrailing(), run.style());
                if (used + w > width && used > 0 && !glued) {
                    lines.add(new Line(merge(current)));
                    current = new ArrayList<>();
                    used = 0;
                }
                while (w > width && word.length() > 1) { // a word wider than the line: cut it
                    int cut = fitting(word, run.style(), width);
                    lines.add(new Line(List.of(new Run(word.substring(0, cut), run.style()))));
                    word = word.substring(cut);
                    w = width(word.stripTrailing(), run.style());
                }
                current.add(new Run(word, run.style()));
                used += width(word, run.style());
            }
        }
        if (!current.isEmpty()) {
            lines.add(new Line(merge(current)));
        }
        return lines;
    }

    private int fitting(String word, Style style, float width) {
        int n = 1;
        while (n < word.length() && width(word.substring(0, n + 1), style) <= width) {
            n++;
        }
        return n;
    }

    /** Neighbouring runs of one style as one (fewer text operators), the line's last space dropped. */
    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).style().equals(r.style())) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.style()));
            } else {
                out.add(r);
            }
        }
        if (!out.isEmpty()) {
            Run last = out.remove(out.size() - 1);
            String t = last.text().stripTrailing();
            if (!t.isEmpty()) {
                out.add(new Run(t, last.style()));
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        for (TrueTypeFont f : files) {
            f.close();
        }
    }
}
