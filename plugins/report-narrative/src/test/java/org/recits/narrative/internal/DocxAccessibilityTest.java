package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.charts.internal.JFreeChartService;
import org.recits.narrative.internal.Doc.Figure;

/**
 * The Word document as its readers need it: A4, the document's language, « n / N » fields in the footer,
 * headings as styles, and every chart's picture described by the chart's text alternative.
 */
class DocxAccessibilityTest {

    private static XWPFDocument written(Path out, Locale locale) throws Exception {
        new NarrativeRenderer(new JFreeChartService()::charts).render(Fixtures.report(locale),
                new RenderContext(out, Progress.NONE));
        try (InputStream in = Files.newInputStream(out.resolve("recit-2020-T1.docx"))) {
            return new XWPFDocument(in);
        }
    }

    @Test
    void a4LanguageAndPageNumbersInTheFooter(@TempDir Path out) throws Exception {
        try (XWPFDocument d = written(out, Locale.FRENCH)) {
            var sect = d.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).hasToString(String.valueOf(DocxPage.A4_W));
            assertThat(sect.getPgSz().getH()).hasToString(String.valueOf(DocxPage.A4_H));
            assertThat(defaultLanguage(out.resolve("recit-2020-T1.docx"))).isEqualTo("fr-FR");
            assertThat(d.getFooterList()).hasSize(1);
            assertThat(sect.getFooterReferenceArray()).hasSize(1);
            String footer = d.getFooterList().get(0)._getHdrFtr().xmlText();
            assertThat(footer).contains(" PAGE ").contains(" NUMPAGES ");
            assertThat(footer.indexOf(" PAGE ")).isLessThan(footer.indexOf(" / ")).isLessThan(footer.indexOf(" NUMPAGES "));
        }
        Files.createDirectories(out.resolve("en"));
        written(out.resolve("en"), Locale.ENGLISH).close();
        assertThat(defaultLanguage(out.resolve("en/recit-2020-T1.docx"))).isEqualTo("en-GB");
    }

    @Test
    void everyChartIsDescribedByItsTextAlternative(@TempDir Path out) throws Exception {
        Doc doc = new NarrativeBuilder(Fixtures.report(Locale.FRENCH),
                new JFreeChartService().charts(Fixtures.report(Locale.FRENCH))).build();
        List<String> alts = doc.blocks.stream().filter(Figure.class::isInstance).map(b -> ((Figure) b).alt()).toList();
        assertThat(alts).isNotEmpty().allMatch(a -> !a.isBlank());
        try (XWPFDocument d = written(out, Locale.FRENCH)) {
            String xml = d.getDocument().xmlText();
            List<String> described = Pattern.compile("<wp:docPr [^>]*descr=\"([^\"]*)\"").matcher(xml).results()
                    .map(m -> m.group(1)).map(DocxAccessibilityTest::unescape).toList();
            assertThat(described).containsExactlyElementsOf(alts).noneMatch(a -> a.endsWith(".png"));
            assertThat(d.getParagraphs().stream().map(XWPFParagraph::getStyle)).contains("Title", "Heading1", "Heading2");
        }
    }

    /** The language of the document's default run properties, in styles.xml. */
    private static String defaultLanguage(Path docx) throws Exception {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
            String styles = new String(zip.getInputStream(zip.getEntry("word/styles.xml")).readAllBytes(), StandardCharsets.UTF_8);
            var m = Pattern.compile("(?s)<w:docDefaults>.*?<w:lang w:val=\"([^\"]+)\".*?</w:docDefaults>").matcher(styles);
            return m.find() ? m.group(1) : null;
        }
    }

    private static String unescape(String s) {
        return new String(s.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
}
