package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.testkit.LibreOffice;

/**
 * The summary and the comparisons as a funder prints them: LibreOffice turns one sheet (the others hidden) into
 * a PDF, read back page by page. The summary: A4 landscape, one page wide, cut only where the workbook says (no
 * page LibreOffice had to add, so no block cut across a page nor a table across the width); when its table runs
 * over pages, its header on each of them. The comparisons: their own header on each of their pages, never the
 * summary's.
 */
class SummaryPrintTest {

    /** A figure of the summary's header only: the codes' row (the comparisons name indicators by label). */
    private static final String SUMMARY_HEADER = "PART_ATTENDANCE_RATE";

    @TempDir
    Path dir;

    @Test
    void theFixturesSummaryPrintsOnePageWideCutBetweenItsBlocks() throws Exception {
        Report report = Fixtures.report(Locale.FRENCH);
        List<String> pages = summaryPages(report);
        assertThat(printTitles(report, "Synthèse")).isNull();
        // The table on the first page, its header there only (it is no print title).
        assertThat(pages.get(0)).contains(SUMMARY_HEADER);
        assertThat(pages.subList(1, pages.size())).noneMatch(p -> p.contains(SUMMARY_HEADER));
        assertThat(pages).noneMatch(p -> p.contains(status(report)));
    }

    /**
     * A hundred more collectivités: the table runs over pages, its header rows are the print titles, on every
     * page of the summary; the comparisons, on their own sheet, show their header on each of their pages and
     * never the summary's (it printed over theirs when they were under the table).
     */
    @Test
    void aTableOverSeveralPagesRepeatsItsHeaderAndTheComparisonsTheirsOnly() throws Exception {
        Report report = withCollectivites(Fixtures.report(Locale.FRENCH), 100);
        List<String> pages = summaryPages(report);
        assertThat(printTitles(report, "Synthèse")).isEqualTo("1:2");
        assertThat(pages.stream().filter(p -> p.contains("coll")).count()).isGreaterThan(2);
        assertThat(pages).allMatch(p -> p.contains(SUMMARY_HEADER)).noneMatch(p -> p.contains(status(report)));

        List<String> comparisons = pages(report, "Comparaisons");
        assertThat(comparisons).hasSizeGreaterThan(2)
                .allMatch(p -> p.contains(status(report)) && p.contains("Comparaisons des indicateurs principaux"))
                .noneMatch(p -> p.contains(SUMMARY_HEADER));
    }

    @Test
    void theEnglishSummaryToo() throws Exception {
        Report report = Fixtures.report(Locale.ENGLISH);
        assertThat(summaryPages(report).get(0)).contains(SUMMARY_HEADER);
        assertThat(pages(report, "Comparisons")).allMatch(p -> p.contains(status(report)));
    }

    /** {@code report} with {@code n} more collectivités, each with Mulhouse's figures. */
    static Report withCollectivites(Report fixtures, int n) {
        List<Scope> scopes = new ArrayList<>(fixtures.scopes());
        List<IndicatorResult> results = new ArrayList<>(fixtures.results());
        for (int i = 1; i <= n; i++) {
            Scope scope = Scope.of(String.format("coll%03d", i));
            scopes.add(scope);
            for (IndicatorResult res : fixtures.results()) {
                if (res.scope().equals(Fixtures.MUL)) {
                    results.add(new IndicatorResult(res.definition(), res.provider(), scope, res.current(),
                            res.previous(), res.sentences()));
                }
            }
        }
        return new Report(fixtures.period(), fixtures.previousPeriods(), scopes, fixtures.locale(),
                fixtures.generatedOn(), results, fixtures.data(), fixtures.quotes(), fixtures.plugins(),
                fixtures.failures(), fixtures.suppressionThreshold());
    }

    private static String status(Report report) {
        // (the status column's label, one word, stands for the comparisons' header: the others wrap over lines,
        // which the text extraction interleaves)
        return new Texts(report.locale()).get("comparisons.status");
    }

    /** The workbook of {@code report}, written once per test. */
    private Path workbook(Report report) throws Exception {
        Path xlsx = dir.resolve("w.xlsx");
        if (!Files.exists(xlsx)) {
            new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report, xlsx);
        }
        return xlsx;
    }

    /** The print titles of sheet {@code name}, as a range of rows ("1:2"), or null. */
    private String printTitles(Report report, String name) throws Exception {
        try (InputStream in = Files.newInputStream(workbook(report)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return wb.getSheet(name).getRepeatingRows() == null ? null
                    : wb.getSheet(name).getRepeatingRows().formatAsString();
        }
    }

    /**
     * The summary's pages' texts, after checking that LibreOffice cut them where the workbook does and no more,
     * and that the table's last column is on the first page.
     */
    private List<String> summaryPages(Report report) throws Exception {
        List<Integer> breaks = new ArrayList<>();
        String tableLast;
        try (InputStream in = Files.newInputStream(workbook(report)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheet(new Texts(report.locale()).summary());
            for (int b : sum.getRowBreaks()) {
                breaks.add(b);
            }
            tableLast = sum.getRow(0).getCell(sum.getRow(0).getLastCellNum() - 1).getStringCellValue();
        }
        List<String> pages = pages(report, new Texts(report.locale()).summary());
        // Only the pages the workbook cut: LibreOffice added none, so no block was cut across a page and no
        // table across the width (its right part would have printed on a page of its own).
        assertThat(pages).hasSize(breaks.size() + 1);
        assertThat(pages.get(0)).contains(tableLast.split("\\s+")[0]);
        return pages;
    }

    /** The texts of the pages of sheet {@code name} printed alone by LibreOffice, each A4 landscape. */
    private List<String> pages(Report report, String name) throws Exception {
        LibreOffice office = LibreOffice.installed(dir);
        Path only = dir.resolve(name + ".xlsx");
        try (InputStream in = Files.newInputStream(workbook(report)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int shown = wb.getSheetIndex(name);
            wb.setActiveSheet(shown);
            wb.setSelectedTab(shown);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (i != shown) {
                    // LibreOffice prints no hidden sheet, unless it has a print area (the records' header row)
                    wb.removePrintArea(i);
                    wb.setSheetHidden(i, true);
                }
            }
            try (OutputStream out = Files.newOutputStream(only)) {
                wb.write(out);
            }
        }
        Path out = dir.resolve("pdf-" + name);
        Path pdf = out.resolve(name + ".pdf");
        assertThat(office.convert(only, "pdf", out)).containsExactly(pdf);
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                // A4 landscape
                assertThat(doc.getPage(p - 1).getMediaBox().getWidth()).isCloseTo(842, org.assertj.core.data.Offset.offset(2f));
                assertThat(doc.getPage(p - 1).getMediaBox().getHeight()).isCloseTo(595, org.assertj.core.data.Offset.offset(2f));
                text.setStartPage(p);
                text.setEndPage(p);
                pages.add(text.getText(doc));
            }
        }
        return pages;
    }
}
