package org.recits.narrative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;
import org.recits.charts.internal.JFreeChartService;
import org.recits.testkit.LibreOffice;

/**
 * Opens the narrative's DOCX as an élu's word processor would: LibreOffice Writer converts it to text,
 * which must hold every paragraph in order, and to PDF, pictures included. The DOCX body is written
 * as WordprocessingML by {@link BodyXml}, not by POI: this is what says a word processor reads it. The
 * PDF it prints is A4, with the page numbers of the footer filled in.
 * Skipped without LibreOffice, failed under {@code RECITS_REQUIRE_SOFFICE=1} ({@link LibreOffice}).
 */
class LibreOfficeWriterTest {

    @TempDir
    Path dir;

    @Test
    void writerReadsEveryParagraphInOrderAndDrawsThePictures() throws Exception {
        LibreOffice office = LibreOffice.installed(dir);
        Path written = dir.resolve("written");
        Files.createDirectories(written);
        new NarrativeRenderer(new JFreeChartService()::charts).render(Fixtures.report(Locale.FRENCH),
                new RenderContext(written, Progress.NONE));
        Path docx = written.resolve("recit-2020-T1.docx");
        List<String> paragraphs;
        long pictures;
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            paragraphs = d.getParagraphs().stream().map(XWPFParagraph::getText).map(LibreOfficeWriterTest::spaces)
                    .filter(t -> !t.isEmpty()).toList();
            pictures = d.getAllPictures().size();
        }
        assertThat(paragraphs).hasSizeGreaterThan(20);
        assertThat(pictures).isPositive();

        Path out = dir.resolve("out");
        Path txt = out.resolve("recit-2020-T1.txt");
        assertThat(office.convert(docx, "txt:Text (encoded):UTF8", out)).containsExactly(txt);
        String text = spaces(Files.readString(txt, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        int from = 0;
        for (String p : paragraphs) {
            int at = text.indexOf(p, from);
            assertThat(at).as("paragraph after offset %d of LibreOffice's text: %s", from, p).isNotNegative();
            from = at + p.length();
        }

        Path pdf = out.resolve("recit-2020-T1.pdf");
        assertThat(office.convert(docx, "pdf", out)).containsExactly(pdf);
        // The charts make most of the PDF: 269 KB with them, 61 KB with the same file's drawings taken out.
        assertThat(Files.size(pdf)).isGreaterThan(150_000);
        // Writer lays it out on A4 and fills in the footer's fields: « n / N » on every page
        try (org.apache.pdfbox.pdmodel.PDDocument printed = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            int pages = printed.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            for (org.apache.pdfbox.pdmodel.PDPage page : printed.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isBetween(594f, 597f);
                assertThat(page.getMediaBox().getHeight()).isBetween(841f, 843f);
            }
            String printedText = spaces(new org.apache.pdfbox.text.PDFTextStripper().getText(printed));
            for (int p = 1; p <= pages; p++) {
                assertThat(printedText).contains(p + " / " + pages);
            }
        }
    }

    /** Tabs (list bullets, the figure before its label) and runs of spaces read as one space. */
    private static String spaces(String s) {
        return s.replaceAll("[\\t\\n\\r ]+", " ").strip();
    }
}
