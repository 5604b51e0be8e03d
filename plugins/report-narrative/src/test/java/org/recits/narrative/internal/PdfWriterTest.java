package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.charts.internal.JFreeChartService;
import org.recits.narrative.internal.Doc.Figure;
import org.recits.narrative.internal.Doc.Heading;
import org.recits.narrative.internal.Doc.KeyFigures;
import org.recits.narrative.internal.Doc.Para;
import org.recits.narrative.internal.Doc.QuoteBlock;
import org.recits.narrative.internal.Doc.Sentence;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * The narrative's PDF: veraPDF's PDF/UA-1 profile passes it, and read back with PDFBox it has the tag tree
 * (headings, paragraphs, lists, quotes, figures with their alternative text) in the narrative's order, the
 * language, the title shown as the window's title, embedded fonts, A4 pages numbered, every sentence's
 * words, and the same bytes on a second run.
 */
class PdfWriterTest {

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static byte[] render(Path out, Locale locale) throws Exception {
        Files.createDirectories(out);
        new NarrativeRenderer(new JFreeChartService()::charts).render(Fixtures.report(locale),
                new RenderContext(out, Progress.NONE));
        return Files.readAllBytes(out.resolve("recit-2020-T1.pdf"));
    }

    /** The rules veraPDF found broken, one line each; empty when the file conforms. */
    static List<String> pdfUaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFUA_1);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failed = new ArrayList<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext());
                }
            }
            assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFUA_1);
            if (failed.isEmpty()) {
                assertThat(result.isCompliant()).isTrue();
            }
            return failed;
        }
    }

    @Test
    void veraPdfFindsItPdfUa1InBothLanguages(@TempDir Path out) throws Exception {
        assertThat(pdfUaFailures(render(out.resolve("fr"), Locale.FRENCH))).isEmpty();
        assertThat(pdfUaFailures(render(out.resolve("en"), Locale.ENGLISH))).isEmpty();
    }

    /** Every kind of block, the masthead's logo included, whether or not the builder uses it today. */
    @Test
    void everyKindOfBlockIsTaggedForPdfUa() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(120, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        Doc doc = new Doc("Récit du 1er trimestre 2020", "Données arrêtées au 31 mars 2020");
        doc.masthead = new Doc.Masthead("Labo des possibles", new Doc.Picture(png.toByteArray(), "image/png", 120, 40,
                "Logo du labo des possibles"), List.of("Contact : labo@example.org"));
        Sentence a = new Sentence("La présence progresse à 82\u00A0%.", "PART_ATTENDANCE_RATE", "2020-T1", "programme");
        doc.add(new Doc.KeyMessages(List.of(new Doc.KeyMessage("La présence progresse", a))));
        doc.heading(2, "En bref", "en-bref");
        doc.add(new KeyFigures(List.of(new Doc.KeyFigure("82\u00A0%", "Taux de présence", a))));
        doc.para(List.of(Sentence.plain("Un paragraphe."), a));
        doc.heading(3, "Démocratie", "democratie");
        doc.list(List.of(Sentence.plain("Un point."), Sentence.plain("Un autre.")));
        doc.add(new QuoteBlock("On a enfin pu parler aux usagers.", "une élue, Mulhouse, 3 février 2020"));
        var chart = new JFreeChartService().charts(Fixtures.report(Locale.FRENCH)).get(0);
        doc.add(new Figure(chart, "Le titre du graphique", "Graphique 1", "Ce que montre le graphique, en mots."));
        doc.add(new Doc.PageBreak());
        doc.heading(2, "Notes", "notes");
        doc.add(new Doc.Notes(List.of(new Doc.Note(1, a.anchor(), "Taux de présence, 2020-T1, Indicateurs!F12"))));
        byte[] pdf = new PdfWriter().write(doc, Locale.FRENCH, java.time.LocalDate.of(2020, 3, 31));
        assertThat(pdfUaFailures(pdf)).isEmpty();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<PDStructureElement> all = new ArrayList<>();
            walk(d.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all.stream().filter(e -> "Figure".equals(e.getStructureType())).map(PDStructureElement::getAlternateDescription))
                    .containsExactly("Logo du labo des possibles", "Ce que montre le graphique, en mots.");
            assertThat(d.getNumberOfPages()).isEqualTo(2); // the page break
            String text = new PDFTextStripper().getText(d);
            assertThat(text).contains("Labo des possibles").contains("La présence progresse").contains("Indicateurs!F12");
        }
    }

    @Test
    void veraPdfWouldSayWhatIsMissing() throws Exception {
        // The check can fail: a PDF without tags, language or PDF/UA identification breaks its rules.
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage(PDRectangle.A4));
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            d.save(b);
            assertThat(pdfUaFailures(b.toByteArray())).isNotEmpty();
        }
    }

    @Test
    void tagsReadBackInTheNarrativesOrder(@TempDir Path out) throws Exception {
        byte[] bytes = render(out, Locale.FRENCH);
        Doc doc = new NarrativeBuilder(Fixtures.report(Locale.FRENCH), new JFreeChartService().charts(
                Fixtures.report(Locale.FRENCH))).build();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(doc.title);
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>").contains(doc.title);

            List<PDStructureElement> all = new ArrayList<>();
            walk(pdf.getDocumentCatalog().getStructureTreeRoot(), all);
            assertThat(all.get(0).getStructureType()).isEqualTo("Document");
            // the blocks' tags, top level, in the Doc's order: H1 and the subtitle first
            List<String> top = all.get(0).getKids().stream().filter(PDStructureElement.class::isInstance)
                    .map(k -> ((PDStructureElement) k).getStructureType()).toList();
            List<String> expected = new ArrayList<>();
            if (doc.masthead.logo() != null) {
                expected.add("Figure");
            }
            if (doc.masthead.lab() != null) {
                expected.add("P");
            }
            expected.addAll(List.of("H1", "P"));
            doc.masthead.lines().forEach(l -> expected.add("P"));
            for (Doc.Block b : doc.blocks) {
                if (b instanceof Heading h) {
                    expected.add("H" + Math.min(4, Math.max(2, h.level())));
                } else if (b instanceof Para p) {
                    expected.add(p.list() ? "L" : "P");
                } else if (b instanceof KeyFigures || b instanceof Doc.KeyMessages || b instanceof Doc.Notes) {
                    expected.add("L");
                } else if (b instanceof QuoteBlock) {
                    expected.add("BlockQuote");
                } else if (b instanceof Figure) {
                    expected.addAll(List.of("Figure", "P"));
                }
            }
            // A figure that does not fit in its page's room opens the next one, after the text that fills the
            // room: the other blocks keep their order, each figure is followed by its caption, figures keep theirs.
            assertThat(withoutFigures(top)).containsExactlyElementsOf(withoutFigures(expected));
            assertThat(top.stream().filter("Figure"::equals).count())
                    .isEqualTo(expected.stream().filter("Figure"::equals).count());
            assertThat(top).contains("H2", "H3", "L", "BlockQuote", "Figure");
            List<PDStructureElement> figures = all.stream().filter(e -> "Figure".equals(e.getStructureType())).toList();
            assertThat(figures).hasSize((int) doc.blocks.stream().filter(Figure.class::isInstance).count()).isNotEmpty();
            for (PDStructureElement f : figures) {
                assertThat(f.getAlternateDescription()).isNotBlank();
            }
            assertThat(all.stream().map(PDStructureElement::getStructureType)).contains("LI", "Lbl", "LBody");

            // A4, numbered, fonts embedded
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            Map<String, Boolean> embedded = new TreeMap<>();
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.1f));
                assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(n);
                    embedded.put(font.getName(), font.isEmbedded());
                }
            }
            assertThat(embedded).isNotEmpty().doesNotContainValue(false);
            assertThat(embedded.keySet()).allMatch(n -> n.contains("LiberationSans"));

            // the words of every sentence, in order (spaces as the reader takes them)
            String text = spaces(new PDFTextStripper().getText(pdf));
            for (int p = 1; p <= pages; p++) {
                assertThat(text).contains(p + " / " + pages);
            }
            // the page numbers are artifacts, outside the tags, but PDFBox's plain extraction reads them
            text = text.replaceAll(" ?\\d+ / " + pages + " ?", " ");
            int from = 0;
            for (Doc.Block b : doc.blocks) {
                if (b instanceof Para p) {
                    for (Sentence s : p.sentences()) {
                        String words = spaces(s.text());
                        int at = text.indexOf(words, from);
                        assertThat(at).as("after offset %d: %s", from, words).isNotNegative();
                        from = at + words.length();
                    }
                }
            }
        }
    }

    @Test
    void sameReportSameBytes(@TempDir Path out) throws Exception {
        byte[] first = render(out.resolve("a"), Locale.FRENCH);
        byte[] second = render(out.resolve("b"), Locale.FRENCH);
        assertThat(second).isEqualTo(first);
        try (PDDocument pdf = Loader.loadPDF(first)) { // the catalog's version overrides the header's
            assertThat(pdf.getVersion()).isEqualTo(1.7f);
        }
    }

    @Test
    void englishIsTaggedEnglish(@TempDir Path out) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(render(out, Locale.ENGLISH))) {
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
        }
    }

    @Test
    void charactersTheFontLacksAreReplacedNotLost() throws Exception {
        try (PDDocument d = new PDDocument(); PdfText t = new PdfText(d)) {
            assertThat(t.drawable("a\u2011b\u00A0c\u202Fd\uFEFFe\tf\uD83D\uDE00")).isEqualTo("a-b\u00A0c\u202Fde f?");
        }
    }

    @Test
    void linesBreakAtSpacesOnlyAndFitTheWidth() throws Exception {
        try (PDDocument d = new PDDocument(); PdfText t = new PdfText(d)) {
            PdfText.Style s = new PdfText.Style(t.regular, 10, java.awt.Color.BLACK);
            String words = "Le programme a réuni 12\u00A0collectivités pour 200\u202F000\u00A0€ de budget, soit 60\u00A0% de plus. ";
            List<PdfText.Line> lines = t.wrap(List.of(new PdfText.Run(words.repeat(6), s)), 200);
            assertThat(lines).hasSizeGreaterThan(3);
            for (PdfText.Line l : lines) {
                assertThat(t.width(l.runs())).isLessThanOrEqualTo(200);
                String line = l.runs().get(0).text();
                assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ").doesNotStartWith("collectivités")
                        .doesNotStartWith("000").doesNotStartWith("€").doesNotStartWith("%");
            }
            assertThat(lines.stream().map(l -> l.runs().get(0).text()).reduce((a, b) -> a + " " + b).orElseThrow())
                    .isEqualTo(words.repeat(6).strip());
        }
    }

    private static void walk(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                walk(e, out);
            }
        }
    }

    private static String spaces(String s) {
        return s.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').replaceAll("\\s+", " ").strip();
    }

    /** The tags without each figure and the caption after it. */
    private static List<String> withoutFigures(List<String> tags) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            if (tags.get(i).equals("Figure")) {
                assertThat(tags.get(i + 1)).isEqualTo("P");
                i++;
            } else {
                out.add(tags.get(i));
            }
        }
        return out;
    }
}
