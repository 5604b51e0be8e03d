package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.LibreOffice;
import org.recits.testkit.Typography;

/**
 * The demo's narrative as an élu receives it: a brief of at most four pages (three key messages, the
 * cases of the quarter by title, quotes of the quarter only, what resists), then the annex; no indicator
 * code and no vocabulary code in the text, in French and in English.
 */
class BriefIT {

    // The indicator codes and vocabulary codes that must never reach the prose: EverySentenceIT's.
    private static final Pattern CODE = EverySentenceIT.CODE;
    private static final Pattern SLUG = EverySentenceIT.SLUG;
    private static final Pattern QUOTE = Pattern.compile("<blockquote><p>«\u00a0(.*?)\u00a0»</p><footer>— (.*?)</footer></blockquote>");

    @TempDir
    static Path work;
    static Path demo;

    @BeforeAll
    static void reports() throws Exception {
        demo = Distribution.folder().resolve("demo");
        for (String[] run : List.of(new String[] {"2021-T1", "fr"}, new String[] {"2020-T1", "fr"},
                new String[] {"2021-T1", "en"})) {
            Distribution.Run r = Distribution.inProcess(Distribution.folder(), "report", "--data", demo.toString(),
                    "--period", run[0], "--lang", run[1], "--out", work.resolve(run[0] + run[1]).toString());
            assertThat(r.code()).as(r.err()).isZero();
        }
    }

    private static String html(String period, String lang) throws Exception {
        return Files.readString(work.resolve(period + lang).resolve("recit-" + period + ".html"), StandardCharsets.UTF_8);
    }

    /** The brief: what comes before the page break. */
    private static String brief(String html) {
        return html.substring(0, html.indexOf("<hr class=\"saut\""));
    }

    /** The words a reader reads: no chart drawings, no notes (where codes belong), no markup. */
    private static String prose(String html) {
        return html.replaceAll("(?s)<svg.*?</svg>", " ").replaceAll("(?s)<ol class=\"notes\">.*?</ol>", " ")
                .replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ");
    }

    @Test
    void threeKeyMessagesTheQuartersCasesByTitleAndWhatResists() throws Exception {
        String brief = brief(html("2021-T1", "fr"));
        String messages = brief.substring(brief.indexOf("<ol class=\"messages\">"), brief.indexOf("</ol>", brief.indexOf("<ol class=\"messages\">")));
        assertThat(Pattern.compile("<li>").matcher(messages).results().count()).isEqualTo(3);
        assertThat(messages).contains("Le plus fort changement", "La plus forte des quatre valeurs");
        // one chart per message
        assertThat(Pattern.compile("<figure").matcher(brief).results().count()).isEqualTo(3);
        // the quarter's cases, by their titles in cas.csv
        String cas = Files.readString(demo.resolve("cas.csv"), StandardCharsets.UTF_8);
        Matcher titles = Pattern.compile("«\u00a0([^»]*?)\u00a0»").matcher(brief.substring(brief.indexOf("id=\"cas\""),
                brief.indexOf("id=\"paroles\"")));
        int n = 0;
        while (titles.find()) {
            assertThat(cas).as("a case title of cas.csv").contains(titles.group(1).replace("\u00a0", " ").replace("\u202f", " ")
                    .replaceAll(" ([?!:;])", " $1").substring(0, Math.min(20, titles.group(1).length())));
            n++;
        }
        assertThat(n).isPositive();
        assertThat(brief).contains("id=\"resiste\"");
        // quotes of the quarter only: none from before it, or one line saying there is none
        assertThat(brief).doesNotContain("(avant la période)");
        if (!brief.contains("<blockquote>")) {
            assertThat(brief).contains("Aucune citation datée de la période");
        }
    }

    @Test
    void theBriefQuotesOnlyThePeriodWithAttributionsInWords() throws Exception {
        String brief = brief(html("2020-T1", "fr"));
        Matcher m = QUOTE.matcher(brief);
        List<String> who = new ArrayList<>();
        while (m.find()) {
            who.add(m.group(2));
        }
        assertThat(who).hasSizeBetween(2, 3);
        for (String w : who) {
            assertThat(w).as(w).matches("(Un|Une) [^,]+, [^,]+, \\d{1,2}(er)? (janvier|février|mars) 2020");
        }
    }

    @Test
    void noIndicatorCodeNorVocabularyCodeInTheText() throws Exception {
        for (String[] run : List.of(new String[] {"2021-T1", "fr"}, new String[] {"2020-T1", "fr"},
                new String[] {"2021-T1", "en"})) {
            String prose = prose(html(run[0], run[1]));
            assertThat(CODE.matcher(prose).results().map(java.util.regex.MatchResult::group).toList()).as(run[0] + run[1]).isEmpty();
            assertThat(SLUG.matcher(prose).results().map(java.util.regex.MatchResult::group).toList()).as(run[0] + run[1]).isEmpty();
        }
        // the codes are in the notes, with the workbook's row
        assertThat(html("2021-T1", "fr")).contains("ligne de clé PART_ACTIVE_AMBASSADORS|programme|2021-T1");
    }

    @Test
    void everySentenceKeepsTheLanguagesTypography() throws Exception {
        Pattern block = Pattern.compile("(?s)<(p|li|h[1-4]|figcaption|strong)[^>]*>(.*?)</\\1>");
        for (String[] run : List.of(new String[] {"2021-T1", "fr"}, new String[] {"2020-T1", "fr"},
                new String[] {"2021-T1", "en"})) {
            // people's words are quoted as they were said; the marks and the attribution are ours
            String html = html(run[0], run[1]).replaceAll("(?s)<svg.*?</svg>", "")
                    .replaceAll("(?s)<blockquote><p>.*?</p>", "<blockquote>");
            Matcher m = block.matcher(html);
            List<String> problems = new ArrayList<>();
            int n = 0;
            while (m.find()) {
                // a note's raised number is not part of the sentence
                String text = m.group(2).replaceAll("<sup class=\"note\">.*?</sup>", "").replaceAll("<[^>]+>", "").replace("&amp;", "&").replace("&lt;", "<")
                        .replace("&gt;", ">").replace("&quot;", "\"");
                problems.addAll(Typography.problems(text, run[1].equals("en")));
                n++;
            }
            assertThat(n).isGreaterThan(100);
            assertThat(problems).as(run[0] + run[1]).isEmpty();
        }
    }

    @Test
    void theBriefIsAtMostFourPagesInWriter() throws Exception {
        LibreOffice office = LibreOffice.installed(work);
        Path docx = work.resolve("2021-T1fr").resolve("recit-2021-T1.docx");
        Path brief = work.resolve("brief").resolve("recit-brief.docx");
        Files.createDirectories(brief.getParent());
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            List<IBodyElement> body = d.getBodyElements();
            int cut = -1;
            for (int i = 0; i < body.size() && cut < 0; i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getCTP().xmlText().contains("w:type=\"page\"")) {
                    cut = i;
                }
            }
            assertThat(cut).as("the page break before the annex").isPositive();
            for (int i = body.size() - 1; i >= cut; i--) {
                d.removeBodyElement(i);
            }
            try (OutputStream out = Files.newOutputStream(brief)) {
                d.write(out);
            }
        }
        Path pdf = office.convert(brief, "pdf", brief.getParent()).get(0);
        String bytes = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        long pages = Pattern.compile("/Type\\s*/Page(?![a-zA-Z])").matcher(bytes).results().count();
        assertThat(pages).isBetween(1L, 4L);
    }

    /**
     * The brief as a reader sees it: the PDF's pages rendered to PNG (by PDFBox, in this JVM; kept in
     * target/brief-pages, French and English, for a person to look at), at most four before the annex's
     * page, none of them blank.
     */
    @Test
    void theBriefRenderedToPngIsAtMostFourPagesInBothLanguages() throws Exception {
        Path pages = Path.of("target", "brief-pages");
        Files.createDirectories(pages);
        for (String[] run : List.of(new String[] {"2021-T1", "fr", "Annexe : le détail"},
                new String[] {"2021-T1", "en", "Annex: the detail"})) {
            Path pdf = work.resolve(run[0] + run[1]).resolve("recit-" + run[0] + ".pdf");
            try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
                org.apache.pdfbox.text.PDFTextStripper strip = new org.apache.pdfbox.text.PDFTextStripper();
                org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(d);
                int annex = 0;
                for (int p = 1; p <= d.getNumberOfPages() && annex == 0; p++) {
                    strip.setStartPage(p);
                    strip.setEndPage(p);
                    if (strip.getText(d).replace('\u00a0', ' ').contains(run[2])) {
                        annex = p;
                        break;
                    }
                    java.awt.image.BufferedImage png = renderer.renderImageWithDPI(p - 1, 60);
                    javax.imageio.ImageIO.write(png, "png", pages.resolve(run[1] + "-" + p + ".png").toFile());
                    long ink = 0;
                    for (int y = 0; y < png.getHeight(); y += 2) {
                        for (int x = 0; x < png.getWidth(); x += 2) {
                            ink += (png.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
                        }
                    }
                    assertThat(ink).as(run[1] + " brief page " + p + " has something on it").isGreaterThan(500);
                }
                assertThat(annex).as(run[1] + ": the annex's first page").isBetween(2, 5);
            }
        }
    }

    @Test
    void thePdfBriefIsAtMostFourPagesAndItsAnnexIsNoLongerThanTheDocxsInWriter() throws Exception {
        // Before, the PDF spilled one note onto a fourth page and took 38 pages in all (charts at half a page
        // each pushed the next to a new page), against 32 for the DOCX in LibreOffice Writer.
        Path pdf = work.resolve("2021-T1fr").resolve("recit-2021-T1.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.text.PDFTextStripper strip = new org.apache.pdfbox.text.PDFTextStripper();
            int annex = 0;
            for (int p = 1; p <= d.getNumberOfPages() && annex == 0; p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                if (strip.getText(d).replace('\u00a0', ' ').contains("Annexe : le détail")) {
                    annex = p;
                }
            }
            assertThat(annex).as("the annex's first page").isBetween(2, 5);
            assertThat(d.getNumberOfPages()).isLessThanOrEqualTo(36);
        }
    }
}
