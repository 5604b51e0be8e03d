package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recits.api.report.Report;
import org.recits.ooxml.StableZip;

/**
 * Writes the funder workbook.
 *
 * <p>The small sheets (read-me, summary with its charts, comparisons, definitions, quality, provenance) are built with
 * XSSF, in memory: they need formulas with cached results, charts and names. The trends sheet, thousands
 * of rows for a consolidated programme, is then streamed with SXSSF over that workbook (a window of rows in
 * memory). The indicators sheet (tens of thousands of rows) and the records tables (a million rows and more)
 * get their headers from POI and their rows from {@link SplicedSheets}, in the package POI wrote. Each sheet
 * is its own class; this one puts them in order, and makes the package and its properties.
 */
public final class WorkbookWriter {

    /** Excel's limit: 1 048 576 rows per sheet, header included. */
    public static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private static final int STREAM_WINDOW = 200;

    private final int maxRowsPerSheet;

    /** @param maxRowsPerSheet rows per records sheet, header included ({@link #EXCEL_MAX_ROWS} in use; small in tests) */
    public WorkbookWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 2 to " + EXCEL_MAX_ROWS + ": " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    public void write(Report report, Path file) throws IOException {
        write(report, RecordTables.of(report), file);
    }

    /** @param records the report's records tables, which the caller may reuse for the CSV export */
    void write(Report report, RecordTables records, Path file) throws IOException {
        Texts tx = new Texts(report.locale());
        XSSFWorkbook wb = new XSSFWorkbook();
        SplicedSheets spliced = new SplicedSheets();
        try {
            Styles st = new Styles(wb, tx);
            properties(wb, report);
            XSSFSheet readMe = wb.createSheet(tx.readMe());
            XSSFSheet summary = wb.createSheet(tx.summary());
            XSSFSheet comparisons = wb.createSheet(tx.comparisons());
            XSSFSheet definitions = wb.createSheet(tx.definitions());
            XSSFSheet quality = wb.createSheet(tx.quality());
            XSSFSheet provenance = wb.createSheet(tx.provenance());

            // The indicators sheet is streamed like the records (a consolidated programme has 40 000 rows
            // of it, 600 MB as XSSF cells): where its rows fall is worked out first, for the summary's
            // formulas and the names, and the rows are written once the workbook streams.
            IndicatorLayout layout = IndicatorLayout.of(report, tx);
            DefinitionsSheet.write(new Rows(definitions, st), report, tx, layout);
            QualitySheet.write(new Rows(quality, st), report, tx);
            ProvenanceSheet.write(new Rows(provenance, st), report, tx, st);
            SummarySheet sum = new SummarySheet(report, tx, st, layout);
            // The summary's formulas get their cached results as they are written (see SummarySheet).
            sum.writeTable(new Rows(summary, st));
            new SummaryCharts(tx, sum).write(summary);
            // One page wide, cut between its blocks, never inside one.
            sum.print().charts(SummaryCharts.top(sum), summary.getDrawingPatriarch() == null ? 0
                    : summary.getDrawingPatriarch().getCharts().size());
            sum.print().apply();
            new ComparisonsSheet(report, tx, st, sum).write(new Rows(comparisons, st));
            printable(comparisons, ComparisonsSheet.HEADER_ROWS);
            for (XSSFSheet sheet : List.of(definitions, quality, provenance)) {
                printable(sheet, 1);
            }

            PoiTempFiles.ensure();
            SXSSFWorkbook sx = new SXSSFWorkbook(wb, STREAM_WINDOW) {
                /**
                 * The fastest deflate level: the records sheets of a consolidated programme are 700 MB of
                 * XML, which the default level took seconds to compress, for a file a fifth smaller.
                 */
                @Override
                protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
                    ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
                    zip.setLevel(Deflater.BEST_SPEED);
                    return zip;
                }
            };
            try {
                SXSSFSheet indicators = sx.createSheet(tx.indicators());
                sx.setSheetOrder(tx.indicators(), wb.getSheetIndex(comparisons) + 1);
                IndicatorsSheet sheet = new IndicatorsSheet(report, tx, st, layout);
                sheet.write(indicators, spliced);
                sheet.names(wb);
                printable(indicators, 1);
                // Streamed too: one row per indicator and scope, thousands for a consolidated programme.
                SXSSFSheet trends = sx.createSheet(tx.trends());
                sx.setSheetOrder(tx.trends(), wb.getSheetIndex(comparisons) + 2);
                TrendsSheet.write(new Rows(trends, st), report, tx, st);
                printable(trends, 1);
                // Last, so that the records' survey sums (see RecordTables.of) are made beside the sheets above.
                ReadMeSheet.write(new Rows(readMe, st), report, tx, st, records, maxRowsPerSheet);
                printable(readMe, 0);
                DataSheets.create(sx, spliced, records.tables(), tx, st, maxRowsPerSheet - 1);
                // The records sheets (every sheet after Provenance) print their header row only unless asked:
                // printing the workbook would otherwise print them whole, thousands of pages.
                for (int i = wb.getSheetIndex(provenance) + 1; i < wb.getNumberOfSheets(); i++) {
                    // Its header row as wide as its Excel table (its rows are streamed: POI no longer holds them).
                    XSSFSheet data = wb.getSheetAt(i);
                    int lastCol = data.getTables().isEmpty() ? 0 : data.getTables().get(0).getEndColIndex();
                    wb.setPrintArea(i, 0, lastCol, 0, 0);
                    printable(data, 1); // landscape like the others, for a reader who widens the print area
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    sx.write(out);
                }
            } finally {
                sx.dispose();
            }
        } finally {
            // Not close(): on a workbook made in memory it saves the whole package once more.
            wb.getPackage().revert();
        }
        Map<String, StableZip.Deflated> rows = spliced.write(file);
        try {
            StableZip.normalize(file, report.generatedOn(), rows);
        } finally {
            SplicedSheets.delete(rows);
        }
    }

    /**
     * A4 landscape, one page wide: a funder who prints a sheet gets every column; its first {@code titleRows}
     * rows (its headers) are repeated on every page.
     */
    private static void printable(Sheet sheet, int titleRows) {
        if (titleRows > 0) {
            sheet.setRepeatingRows(new CellRangeAddress(0, titleRows - 1, -1, -1));
        }
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Dates from the report, never the clock; POI would otherwise stamp the creation time. */
    private static void properties(XSSFWorkbook wb, Report report) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        Date day = Date.from(report.generatedOn().atStartOfDay(ZoneOffset.UTC).toInstant());
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        core.setCreator("Récits");
        core.setTitle("Récits " + report.period().label(report.locale()));
        wb.getProperties().getExtendedProperties().setApplication("Récits");
    }
}
