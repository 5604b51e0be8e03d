package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Report;
import org.recits.testkit.LibreOffice;

/**
 * The summary as a funder prints it: LibreOffice turns it (the other sheets hidden) into a PDF, read back
 * page by page. A4 landscape, one page wide, cut only where the workbook says (no page LibreOffice had to add,
 * so no block cut across a page nor a table across the width), the comparisons' header on each of their pages.
 */
class SummaryPrintTest {

    @TempDir
    Path dir;

    @Test
    void theFixturesSummaryPrintsOnePageWideCutBetweenItsBlocks() throws Exception {
        check(Fixtures.report(Locale.FRENCH), "Évolution sur un an");
    }

    /** Thirty more collectivités: the comparisons run over pages, each with their header. */
    @Test
    void aLongSummaryRepeatsTheComparisonsHeaderOnEachOfItsPages() throws Exception {
        Report fixtures = Fixtures.report(Locale.FRENCH);
        List<Scope> scopes = new ArrayList<>(fixtures.scopes());
        List<IndicatorResult> results = new ArrayList<>(fixtures.results());
        for (int i = 1; i <= 30; i++) {
            Scope scope = Scope.of(String.format("coll%02d", i));
            scopes.add(scope);
            for (IndicatorResult res : fixtures.results()) {
                if (res.scope().equals(Fixtures.MUL)) {
                    results.add(new IndicatorResult(res.definition(), res.provider(), scope, res.current(),
                            res.previous(), res.sentences()));
                }
            }
        }
        Report report = new Report(fixtures.period(), fixtures.previousPeriods(), scopes, fixtures.locale(),
                fixtures.generatedOn(), results, fixtures.data(), fixtures.quotes(), fixtures.plugins(),
                fixtures.failures(), fixtures.suppressionThreshold());
        List<String> pages = check(report, "Évolution sur un an");
        long withComparisons = pages.stream().filter(p -> p.contains("coll") && p.contains("Taux de présence")).count();
        assertThat(withComparisons).isGreaterThan(1);
    }

    @Test
    void theEnglishSummaryToo() throws Exception {
        check(Fixtures.report(Locale.ENGLISH), "Change over a year");
    }

    /** The summary's pages' texts, after checking them; {@code lastHeader}: the comparisons' last column's. */
    private List<String> check(Report report, String lastHeader) throws Exception {
        LibreOffice office = LibreOffice.installed(dir);
        Path xlsx = dir.resolve("w.xlsx");
        new WorkbookWriter(WorkbookWriter.EXCEL_MAX_ROWS).write(report, xlsx);
        Path only = dir.resolve("summary.xlsx");
        List<Integer> breaks = new ArrayList<>();
        List<Integer> headers = new ArrayList<>();
        String tableLast;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sum = wb.getSheetAt(1);
            for (int b : sum.getRowBreaks()) {
                breaks.add(b);
            }
            for (Row row : sum) {
                if (row.getCell(SummaryComparisons.YEAR_CHANGE) != null
                        && lastHeader.equals(row.getCell(SummaryComparisons.YEAR_CHANGE).toString())) {
                    headers.add(row.getRowNum());
                }
            }
            tableLast = sum.getRow(0).getCell(sum.getRow(0).getLastCellNum() - 1).getStringCellValue();
            wb.setActiveSheet(1);
            wb.setSelectedTab(1);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (i != 1) {
                    // LibreOffice prints no hidden sheet, unless it has a print area (the records' header row)
                    wb.removePrintArea(i);
                    wb.setSheetHidden(i, true);
                }
            }
            try (OutputStream out = Files.newOutputStream(only)) {
                wb.write(out);
            }
        }
        // The comparisons' header again at the top of each page they run over.
        assertThat(headers).isNotEmpty();
        for (int h : headers.subList(1, headers.size())) {
            assertThat(breaks).contains(h - 1);
        }
        Path out = dir.resolve("pdf");
        Path pdf = out.resolve("summary.pdf");
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
        // Only the pages the workbook cut: LibreOffice added none, so no block was cut across a page and no
        // table across the width (its right part would have printed on a page of its own).
        assertThat(pages).hasSize(breaks.size() + 1);
        // The table's last column on its first page; each comparisons' header whole, on a page of its own.
        assertThat(pages.get(0)).contains(tableLast.split("\\s+")[0]);
        // (the status column's label, one word, stands for the header: the others wrap over lines, which the text
        // extraction interleaves)
        String status = new Texts(report.locale()).get("comparisons.status");
        assertThat(pages.stream().filter(p -> p.contains(status)).count()).isEqualTo(headers.size());
        return pages;
    }
}
