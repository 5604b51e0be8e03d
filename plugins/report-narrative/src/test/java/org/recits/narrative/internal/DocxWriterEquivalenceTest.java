package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;
import org.recits.charts.Chart;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.KeyFigure;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;

/**
 * {@link DocxWriter} (body spliced as text) against {@link XwpfReferenceWriter} (body through XWPF, as it
 * was): both read back with XWPF give the same paragraphs, runs and pictures.
 */
class DocxWriterEquivalenceTest {

    private static final LocalDate DAY = LocalDate.of(2020, 3, 31);

    @Test
    void everyBlockReadsBackAsWithXwpf() throws IOException {
        Doc doc = rich("Récit « test »", "Sous-titre & co");
        assertSameReadBack(doc);
        String xml = new String(entries(new DocxWriter().write(doc, DAY)).get("word/document.xml"), StandardCharsets.UTF_8);
        // One drawing per figure, each docPr with its own id, the same picture twice with the same part.
        assertThat(Pattern.compile("<wp:docPr id=\"(\\d+)\"").matcher(xml).results().map(m -> m.group(1)))
                .containsExactly("0", "1", "2");
        assertThat(Pattern.compile("r:embed=\"(\\w+)\"").matcher(xml).results().map(m -> m.group(1)).distinct())
                .hasSize(2);
    }

    /** A title with characters XML cannot hold still gives a file that opens, with {@code ?} for them. */
    @Test
    void aTitleWithControlCharactersStillOpens() throws IOException {
        Doc doc = new Doc("Récit\u0001 \uFFFE\uD800 fin 😀", "sous-titre");
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(new DocxWriter().write(doc, DAY)))) {
            assertThat(d.getProperties().getCoreProperties().getTitle()).isEqualTo("Récit? ?? fin 😀");
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo("Récit? ?? fin 😀");
        }
    }

    @Test
    void sameDocSameBytes() throws IOException {
        assertThat(new DocxWriter().write(rich("a", "b"), DAY)).isEqualTo(new DocxWriter().write(rich("a", "b"), DAY));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("aé€<>&\"'\n\r\t \u00A0\u0001\u000B\u001F\uFFFE\uFFFF\uD83D\uDE00\uD800\uDC00")
                        .ofMaxLength(12),
                Arbitraries.of("]]>", " lead", "trail ", "\ttab\t", "😀🇫🇷", "&amp;", "<w:t>", "", " "));
    }

    /** 100 tries: each writes and reads back two packages through XWPF (about 0.1 s on a loaded machine). */
    @Property(tries = 100)
    void randomTextsReadBackAsWithXwpf(@ForAll("texts") String a, @ForAll("texts") String b, @ForAll("texts") String c)
            throws IOException {
        assertSameReadBack(built(a, b, c));
    }

    /** Every block type, each with {@code a}, {@code b}, {@code c} somewhere in its text. */
    private static Doc built(String a, String b, String c) {
        Doc doc = new Doc(slug(a), b);
        doc.heading(2, c, "h");
        doc.heading(3, a + c, "h2");
        doc.para(List.of(Sentence.plain(a), new Sentence(b, c, "2020-T1", "s"), Sentence.plain(c)));
        doc.list(List.of(new Sentence(a, "CODE", b, "s"), Sentence.plain(c)));
        doc.add(new KeyFigures(List.of(new KeyFigure(a, b, new Sentence(c, "K", "P", "s")))));
        doc.add(new QuoteBlock(a, b + c));
        doc.add(new Figure(new StubChart(slug(c), 300, 150, Color.RED), a, a, a));
        return doc;
    }

    /**
     * {@code s} with letters, digits, spaces and XML's specials only: with a control character, the title
     * (in the core properties) and a chart id (in an attribute) make an unreadable file through POI, then
     * as now; they are the report's own words and slugs.
     */
    private static String slug(String s) {
        return "t " + s.replaceAll("[^\\p{L}\\p{N}&<>\"' ]", "");
    }

    private static Doc rich(String title, String subtitle) {
        Doc doc = new Doc(title, subtitle);
        doc.heading(2, "En bref", "en-bref");
        doc.para(List.of(Sentence.plain("Au 1er trimestre 2020, le programme a réuni 2 collectivités.")));
        doc.add(new KeyFigures(List.of(
                new KeyFigure("38", "Ambassadeurs actifs — deux de plus", new Sentence("x", "PART_ACTIVE_AMBASSADORS", "2020-T1", "programme")),
                new KeyFigure("82\u00A0%", "Taux de présence", new Sentence("y", "PART_ATTENDANCE_RATE", "2020-T1", "programme")))));
        doc.heading(3, "Démocratie <&> \"quoted\" 'single'", "democratie");
        doc.para(List.of(new Sentence("Taux\u202F: 58\u00A0% & plus.", "PART_ATTENDANCE_RATE", "2020-T1", "paris"),
                Sentence.plain("  Deux espaces devant, un après "), Sentence.plain("Ligne\nnouvelle\tet tab")));
        doc.list(List.of(Sentence.plain("Premier point"), new Sentence("Second point", "cas.csv", "2020-T1", "mulhouse")));
        doc.add(new QuoteBlock("On a enfin pu parler aux usagers.", "Agent, Mulhouse, 3 février 2020"));
        StubChart chart = new StubChart("valeurs-score", 800, 450, Color.BLUE);
        doc.add(new Figure(chart, "Les quatre valeurs", "Graphique 1", "Les quatre valeurs"));
        doc.add(new Figure(new StubChart("tendance \"x\" & <y>", 800, 360, Color.GREEN), "Tendance", "Graphique 2", "Tendance"));
        doc.add(new Figure(chart, "La même image", "Graphique 3", "La même image une seconde fois"));
        doc.heading(2, "Comment lire ce récit", "lire");
        return doc;
    }

    private static void assertSameReadBack(Doc doc) throws IOException {
        byte[] expected = new XwpfReferenceWriter().write(doc, DAY);
        byte[] actual = new DocxWriter().write(doc, DAY);
        try (XWPFDocument e = new XWPFDocument(new ByteArrayInputStream(expected));
                XWPFDocument a = new XWPFDocument(new ByteArrayInputStream(actual))) {
            assertThat(paragraphs(a)).isEqualTo(paragraphs(e));
            assertThat(a.getAllPictures()).hasSameSizeAs(e.getAllPictures());
        }
        // POI still makes everything but the body: styles, properties, pictures, relationships, content types.
        Map<String, byte[]> e = entries(expected);
        Map<String, byte[]> a = entries(actual);
        assertThat(a.keySet()).containsExactlyElementsOf(e.keySet());
        e.keySet().stream().filter(n -> !n.equals("word/document.xml"))
                .forEach(n -> assertThat(a.get(n)).as(n).isEqualTo(e.get(n)));
    }

    private static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry z = in.getNextEntry(); z != null; z = in.getNextEntry()) {
                out.put(z.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** What a reader sees of each paragraph, as one line per paragraph and per run. */
    private static List<String> paragraphs(XWPFDocument d) {
        List<String> out = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            out.add("P style=" + p.getStyle() + " align=" + p.getAlignment() + " left=" + p.getIndentationLeft()
                    + " hanging=" + p.getIndentationHanging() + " after=" + p.getSpacingAfter() + " text=" + p.getText());
            for (XWPFRun r : p.getRuns()) {
                out.add("  R text=" + r.text() + " bold=" + r.isBold() + " italic=" + r.isItalic() + " size="
                        + r.getFontSizeAsDouble() + " color=" + r.getColor());
                for (XWPFPicture pic : r.getEmbeddedPictures()) {
                    out.add("  PIC " + pic.getWidth() + "x" + pic.getDepth() + " " + pic.getDescription() + " "
                            + Base64.getEncoder().encodeToString(pic.getPictureData().getData()));
                }
            }
        }
        return out;
    }

    /** A chart whose PNG is a plain rectangle of {@code color}. */
    private record StubChart(String id, int width, int height, Color color) implements Chart {

        @Override
        public LocalizedText title() {
            return LocalizedText.of(id);
        }

        @Override
        public List<String> codes() {
            return List.of("CODE_A", "CODE_B");
        }

        @Override
        public byte[] png(double scale) {
            BufferedImage img = new BufferedImage(width / 10, height / 10, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setColor(color);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                ImageIO.write(img, "png", out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        @Override
        public String svg() {
            return "<svg/>";
        }
    }
}
