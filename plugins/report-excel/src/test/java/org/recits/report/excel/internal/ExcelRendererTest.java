package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.recits.api.report.Report;
import org.recits.api.model.LocalizedText;
import org.recits.api.data.SourceFile;
import org.recits.api.data.Finding;
import org.recits.api.data.Dataset;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.api.report.RenderContext;

class ExcelRendererTest {

    @TempDir
    static Path dir;
    static Path fr;
    static Path en;

    @BeforeAll
    static void render() throws IOException {
        fr = render(Locale.FRENCH, "fr");
        en = render(Locale.ENGLISH, "en");
    }

    static Path render(Locale locale, String sub) throws IOException {
        Path out = Files.createDirectories(dir.resolve(sub));
        List<Path> files = new ExcelRenderer().render(Fixtures.report(locale), new RenderContext(out, Progress.NONE));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).isAbsolute()).isFalse();
        return out.resolve(files.get(0));
    }

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }

    /** Cell by Excel reference, e.g. {@code H7}. */
    static Cell cell(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        Row row = sheet.getRow(r.getRow());
        return row == null ? null : row.getCell(r.getCol());
    }

    @Test
    void fileIsNamedAfterThePeriodInOneNotationWhateverTheLanguage() {
        assertThat(fr.getFileName()).hasToString("recits-2020-T1.xlsx");
        assertThat(en.getFileName()).hasToString("recits-2020-T1.xlsx");
    }

    @Test
    void poisTemporaryFilesGoToAFolderOfThisProcessNotTheMachinesSharedOne() throws IOException {
        // the workbooks were written in setUp: POI's streamed sheets went where TempFile now points
        java.io.File probe = org.apache.poi.util.TempFile.createTempFile("probe", ".tmp");
        try {
            Path folder = probe.toPath().getParent();
            assertThat(folder.getFileName().toString()).startsWith("recits-poi-");
            assertThat(folder).isEqualTo(PoiTempFiles.ensure());
            if (Files.getFileStore(folder).supportsFileAttributeView("posix")) {
                assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)))
                        .isEqualTo("rwx------");
            }
        } finally {
            Files.delete(probe.toPath());
        }
    }

    @Test
    void frenchSheets() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            assertThat(sheetNames(wb)).containsExactly("Lisez-moi", "Synthèse", "Comparaisons", "Indicateurs",
                    "Tendances",
                    "Définitions", "Qualité des données", "Provenance", "Collectivités", "Participants", "Sessions",
                    "Présences", "Cas pratiques", "Financements", "Météo", "Verbatims", "Réponses");
        }
    }

    @Test
    void englishSheetsAndWords() throws IOException {
        try (XSSFWorkbook wb = open(en)) {
            assertThat(sheetNames(wb)).containsExactly("Read me", "Summary", "Comparisons", "Indicators", "Trends",
                    "Definitions", "Data quality", "Provenance", "Local authorities", "Participants", "Sessions", "Attendance",
                    "Practical cases", "Funding", "Group weather", "Quotes", "Survey answers");
            XSSFSheet ind = wb.getSheet("Indicators");
            assertThat(cell(ind, "H1").getStringCellValue()).isEqualTo("Value");
            assertThat(cell(ind, "P7").getStringCellValue()).isEqualTo("green");
            assertThat(cell(ind, "P10").getStringCellValue()).isEqualTo("red");
            assertThat(cell(ind, "H9").getStringCellValue()).isEqualTo("suppressed (< 5 people)");
            assertThat(cell(ind, "H7").getCellStyle().getDataFormatString()).isEqualTo("[$-809]0.0%");
            assertThat(cell(ind, "E7").getStringCellValue()).isEqualTo("2020-Q1");
            assertThat(cell(ind, "F7").getCellStyle().getDataFormatString()).isEqualTo("[$-809]yyyy-mm-dd");
            assertThat(cell(wb.getSheet("Summary"), "C4").getCellFormula()).isEqualTo(
                    "INDEX(Indicators!$H$2:$H$55,MATCH(\"PART_ATTENDANCE_RATE|mulhouse|2020-Q1\",Indicators!$S$2:$S$55,0))");
        }
    }

    /**
     * Every number format names the workbook's language, so that LibreOffice shows the French workbook's
     * figures with a decimal comma and grouped thousands whatever its user's locale (the read-me printed
     * « 5,458 lignes » on a Calc in English), as the sentences around them write theirs.
     */
    @Test
    void everyNumberFormatSaysTheWorkbooksLanguage() throws IOException {
        for (Path file : List.of(fr, en)) {
            String tag = file == fr ? "[$-40C]" : "[$-809]";
            try (XSSFWorkbook wb = open(file)) {
                int formats = 0;
                for (int i = 0; i < wb.getNumCellStyles(); i++) {
                    String format = wb.getCellStyleAt(i).getDataFormatString();
                    if (!"General".equals(format)) {
                        assertThat(format).as(file.getFileName() + " style " + i).startsWith(tag);
                        formats++;
                    }
                }
                assertThat(formats).isGreaterThan(10);
            }
        }
    }

    @Test
    void indicatorsAreTypedAndFormatted() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet ind = wb.getSheet("Indicateurs");
            // Row 7: PART_ATTENDANCE_RATE, mulhouse, 2020-T1: 40 / 50 = 0.8, green, n = 6.
            assertThat(cell(ind, "B7").getStringCellValue()).isEqualTo("PART_ATTENDANCE_RATE");
            assertThat(cell(ind, "D7").getStringCellValue()).isEqualTo("mulhouse");
            assertThat(cell(ind, "E7").getStringCellValue()).isEqualTo("2020-T1");
            Cell value = cell(ind, "H7");
            assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(value.getNumericCellValue()).isEqualTo(0.8);
            assertThat(value.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]0.0\\ %");
            assertThat(cell(ind, "J7").getNumericCellValue()).isEqualTo(40);
            assertThat(cell(ind, "K7").getNumericCellValue()).isEqualTo(50);
            assertThat(cell(ind, "K7").getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0");
            assertThat(cell(ind, "L7").getNumericCellValue()).isEqualTo(6);
            assertThat(cell(ind, "P7").getStringCellValue()).isEqualTo("vert");
            assertThat(cell(ind, "R7").getStringCellValue()).isEqualTo("oui");
            assertThat(cell(ind, "R6").getStringCellValue()).isEqualTo("non");
            // Dates of the period as dates.
            Cell start = cell(ind, "F7");
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2020, 1, 1, 0, 0));
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]dd/mm/yyyy");
            // Row 4: programme 90 / 120 = 0.75, orange; row 10: strasbourg 35 / 70 = 0.5, red.
            assertThat(cell(ind, "H4").getNumericCellValue()).isEqualTo(0.75);
            assertThat(cell(ind, "P4").getStringCellValue()).isEqualTo("orange");
            assertThat(cell(ind, "P10").getStringCellValue()).isEqualTo("rouge");
            // Row 16: days, mulhouse 28, whole: no useless ",0"; Strasbourg's 30.5 (row 19) keeps its decimal.
            assertThat(cell(ind, "H16").getNumericCellValue()).isEqualTo(28);
            assertThat(cell(ind, "H16").getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0");
            assertThat(cell(ind, "H19").getCellStyle().getDataFormatString()).isEqualTo("[$-40C]#,##0.0");
            // n/d (Strasbourg's lab work start, row 28) stands where the numbers do.
            assertThat(cell(ind, "H28").getStringCellValue()).isEqualTo("n/d");
            assertThat(cell(ind, "H28").getCellStyle().getAlignment()).isEqualTo(HorizontalAlignment.RIGHT);
            // Row 52: democracy, mulhouse 2020-T1 (rows 50–52 are mulhouse's), interval 3.4–4.2.
            assertThat(cell(ind, "M52").getNumericCellValue()).isEqualTo(3.4);
            assertThat(cell(ind, "N52").getNumericCellValue()).isEqualTo(4.2);
            assertThat(cell(ind, "N52").getCellStyle().getDataFormatString()).isEqualTo("[$-40C]0.00");
        }
    }

    @Test
    void suppressedValuesShowNothingButTheMask() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet ind = wb.getSheet("Indicateurs");
            // Row 9: strasbourg 2019-T4 attendance, 17 / 30 on 3 people.
            assertThat(cell(ind, "E9").getStringCellValue()).isEqualTo("2019-T4");
            assertThat(cell(ind, "H9").getStringCellValue()).isEqualTo("masqué (< 5 personnes)");
            for (String col : List.of("J", "K", "L", "M", "N")) {
                Cell c = cell(ind, col + "9");
                assertThat(c == null || c.getCellType() == CellType.BLANK).as(col).isTrue();
            }
            assertThat(cell(ind, "P9").getStringCellValue()).isEqualTo("masqué");
            // Row 55: strasbourg democracy 2020-T1 with its interval 4.1–4.9: none shown.
            assertThat(cell(ind, "H55").getStringCellValue()).isEqualTo("masqué (< 5 personnes)");
            assertThat(cell(ind, "M55")).isNull();
            // The trend view masks it too: Tendances row 4 is attendance × strasbourg, column F is 2019-T4.
            XSSFSheet trends = wb.getSheet("Tendances");
            assertThat(cell(trends, "C4").getStringCellValue()).isEqualTo("strasbourg");
            assertThat(cell(trends, "F4").getStringCellValue()).isEqualTo("masqué (< 5 personnes)");
            assertThat(cell(trends, "G4").getNumericCellValue()).isEqualTo(0.5);
        }
    }

    @Test
    void notComputableSaysNdWithTheReason() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet ind = wb.getSheet("Indicateurs");
            // Row 28: PROT_LAB_WORK_START, strasbourg, 2020-T1.
            assertThat(cell(ind, "B28").getStringCellValue()).isEqualTo("PROT_LAB_WORK_START");
            assertThat(cell(ind, "H28").getStringCellValue()).isEqualTo("n/d");
            assertThat(cell(ind, "Q28").getStringCellValue()).isEqualTo("Aucune session de travail labo.");
            assertThat(cell(ind, "H25").getNumericCellValue()).isEqualTo(5);
        }
    }

    @Test
    void headersFrozenFilteredAndStatusColoured() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet ind = wb.getSheet("Indicateurs");
            assertThat(ind.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ind.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            // 1 header row + 18 results × 3 periods = 55 rows, 19 columns (A–S, the key last).
            assertThat(ind.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:S55");
            assertThat(cell(ind, "S7").getStringCellValue()).isEqualTo("PART_ATTENDANCE_RATE|mulhouse|2020-T1");
            assertThat(ind.getColumnWidth(2)).isEqualTo(40 * 256);
            assertThat(ind.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
            ConditionalFormatting cf = ind.getSheetConditionalFormatting().getConditionalFormattingAt(0);
            assertThat(cf.getFormattingRanges()[0].formatAsString()).isEqualTo("P2:P55");
            List<String> words = new ArrayList<>();
            for (int i = 0; i < cf.getNumberOfRules(); i++) {
                words.add(cf.getRule(i).getFormula1());
            }
            assertThat(words).containsExactly("\"vert\"", "\"orange\"", "\"rouge\"");
            for (String name : List.of("Tendances", "Définitions", "Qualité des données", "Provenance")) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s.getPaneInformation()).as(name).isNotNull();
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(name).isTrue();
            }
        }
    }

    @Test
    void summaryHoldsFormulasWithCachedResults() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            // Columns: C attendance, D days, E target, F collectivité share, G partner share, H democracy.
            // Rows: 3 programme, 4 mulhouse, 5 strasbourg.
            assertThat(cell(sum, "B4").getStringCellValue()).isEqualTo("Mulhouse");
            Cell att = cell(sum, "C4");
            assertThat(att.getCellType()).isEqualTo(CellType.FORMULA);
            // Found by key, not by address: a sort of the indicators sheet moves the rows, not this figure.
            assertThat(att.getCellFormula()).isEqualTo(byKey("PART_ATTENDANCE_RATE|mulhouse|2020-T1"));
            assertThat(att.getCachedFormulaResultType()).isEqualTo(CellType.NUMERIC);
            assertThat(att.getNumericCellValue()).isEqualTo(0.8);
            assertThat(cell(sum, "D5").getCellFormula()).isEqualTo(byKey("PROT_INTERVENTION_DAYS|strasbourg|2020-T1"));
            assertThat(cell(sum, "D5").getNumericCellValue()).isEqualTo(30.5);
            assertThat(cell(sum, "D3").getNumericCellValue()).isEqualTo(58.5);
            assertThat(cell(sum, "E4").getNumericCellValue()).isEqualTo(35);
            assertThat(cell(sum, "F4").getNumericCellValue()).isEqualTo(0.6);
            assertThat(cell(sum, "G5").getNumericCellValue()).isEqualTo(0.45);
            // The suppressed democracy score of strasbourg: the formula's cached result is the mask.
            assertThat(cell(sum, "H5").getCellFormula()).isEqualTo(byKey("VAL_DEMOCRATIE|strasbourg|2020-T1"));
            assertThat(cell(sum, "H5").getCachedFormulaResultType()).isEqualTo(CellType.STRING);
            assertThat(cell(sum, "H5").getStringCellValue()).isEqualTo("masqué (< 5 personnes)");
            assertThat(cell(sum, "H4").getNumericCellValue()).isEqualTo(3.8);
            assertThat(cell(sum, "C2").getStringCellValue()).isEqualTo("PART_ATTENDANCE_RATE");
        }
    }

    /** The summary's formula finding the value of the row {@code key} of the fixtures' indicators sheet. */
    private static String byKey(String key) {
        return "INDEX(Indicateurs!$H$2:$H$55,MATCH(\"" + key + "\",Indicateurs!$S$2:$S$55,0))";
    }

    @Test
    void summaryPrintsOnA4LandscapeWithItsHeadersOnEveryPageAndTheRecordsOnlyWhenAsked() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            assertThat(sum.getPrintSetup().getLandscape()).isTrue();
            assertThat(sum.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            // The table fits its page: no print titles (SummaryPrintTest prints one that does not).
            assertThat(sum.getRepeatingRows()).isNull();
            assertThat(sum.getRepeatingColumns()).isNull();
            // A fixed scale, fitted here to the width: LibreOffice ignores the row breaks of a sheet fitted to a
            // page (it cut a chart across two pages).
            assertThat(sum.getFitToPage()).isFalse();
            assertThat(sum.getPrintSetup().getScale()).isBetween((short) 40, (short) 100);
            // Two charts a row, each row of them on one page: no break falls inside a chart.
            Map<Integer, List<Short>> chartRows = new TreeMap<>();
            for (org.apache.poi.xssf.usermodel.XSSFShape shape : sum.getDrawingPatriarch().getShapes()) {
                org.apache.poi.xssf.usermodel.XSSFClientAnchor anchor =
                        (org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor();
                chartRows.computeIfAbsent(anchor.getRow1(), k -> new ArrayList<>()).add(anchor.getCol1());
                for (int brk : sum.getRowBreaks()) {
                    assertThat(brk >= anchor.getRow1() && brk < anchor.getRow2()).as("a break in a chart").isFalse();
                }
            }
            assertThat(chartRows.values()).allSatisfy(cols -> assertThat(cols.get(0)).isEqualTo((short) 2));
            assertThat(chartRows.values().stream().mapToInt(List::size).sum()).isEqualTo(5);
            assertThat(chartRows.values().iterator().next()).hasSize(2);
            // Indicator codes on one line, shrunk rather than wrapped mid-word or run over the next cell.
            CellStyle code = sum.getRow(1).getCell(SummarySheet.FIRST_VALUE_COL).getCellStyle();
            assertThat(code.getWrapText()).isFalse();
            assertThat(code.getShrinkToFit()).isTrue();
            CellStyle indicatorCode = wb.getSheet("Indicateurs").getRow(1).getCell(IndicatorColumn.CODE.index())
                    .getCellStyle();
            assertThat(indicatorCode.getWrapText()).isFalse();
            assertThat(indicatorCode.getShrinkToFit()).isTrue();
            // Lisez-moi's labels wrap rather than being cut at their column's edge.
            for (Row r : wb.getSheet("Lisez-moi")) {
                if (r.getCell(0) != null && "Début".equals(r.getCell(0).getStringCellValue())) {
                    assertThat(r.getCell(0).getCellStyle().getWrapText()).isTrue();
                }
            }
            // Every sheet prints landscape, the records too.
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
            }
            assertThat(wb.getSheet("Indicateurs").getRepeatingRows().formatAsString()).isEqualTo("1:1");
            // The comparisons, on a sheet of their own, repeat their title and header, not the summary's.
            assertThat(wb.getSheet("Comparaisons").getRepeatingRows().formatAsString()).isEqualTo("1:2");
            // The records print their header row unless the reader sets another print area.
            assertThat(wb.getPrintArea(wb.getSheetIndex("Sessions"))).isEqualTo("Sessions!$A$1:$I$1");
            assertThat(wb.getPrintArea(wb.getSheetIndex("Réponses"))).isEqualTo("Réponses!$A$1:$L$1");
            // The summary prints what was laid out in pages, no blank page past its charts.
            assertThat(wb.getPrintArea(wb.getSheetIndex("Synthèse"))).startsWith("Synthèse!$A$1:$");
        }
    }

    @Test
    void oneDefinedNamePerIndicator() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            List<String> names = wb.getAllNames().stream().map(Name::getNameName)
                    .filter(n -> !n.startsWith("_xlnm")).toList();
            assertThat(names).containsExactly("PART_ATTENDANCE_RATE", "PROT_INTERVENTION_DAYS",
                    "PROT_LAB_WORK_START", "FIN_COLLECTIVITE_SHARE", "FIN_PARTNER_SHARE", "VAL_DEMOCRATIE");
            // each gives the programme's value for the period, as the indicators sheet has it (POI computes it here;
            // SortAndFilterTest has LibreOffice compute it after every sort)
            Sheet indicators = wb.getSheet("Indicateurs");
            Sheet scratch = wb.createSheet("essai");
            org.apache.poi.ss.usermodel.FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            for (String code : names) {
                Double expected = null;
                for (Row r : indicators) {
                    if (r.getRowNum() > 0 && code.equals(r.getCell(IndicatorColumn.CODE.index()).getStringCellValue())
                            && "programme".equals(r.getCell(IndicatorColumn.SCOPE.index()).getStringCellValue())
                            && "oui".equals(r.getCell(IndicatorColumn.REPORT_PERIOD.index()).getStringCellValue())) {
                        expected = r.getCell(IndicatorColumn.VALUE.index()).getNumericCellValue();
                    }
                }
                Cell c = scratch.createRow(scratch.getLastRowNum() + 1).createCell(0);
                c.setCellFormula(code);
                assertThat(eval.evaluate(c).getNumberValue()).as(code).isEqualTo(expected);
            }
        }
    }

    @Test
    void nativeChartsReferenceTheSummaryColumns() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet sum = wb.getSheet("Synthèse");
            List<XSSFChart> charts = sum.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(5);
            assertThat(wb.getAllPictures()).isEmpty();

            // The charts draw the values written for them under the table, outside its filter (a block per
            // chart): sorting the table moves its rows, the programme's among them.
            // Intervention days: bars D9:D10 against the 35-day line E9:E10, categories B9:B10.
            XSSFChart days = charts.get(0);
            assertThat(days.getTitleText().getString()).startsWith("Jours d’intervention");
            assertThat(days.getChartSeries()).hasSize(2);
            XDDFChartData.Series bars = days.getChartSeries().get(0).getSeries(0);
            assertThat(bars.getCategoryData().getDataRangeReference()).isEqualTo("Synthèse!$B$9:$B$10");
            assertThat(bars.getValuesData().getDataRangeReference()).isEqualTo("Synthèse!$D$9:$D$10");
            assertThat(bars.getValuesData().getPointAt(0)).isEqualTo(28.0);
            assertThat(days.getChartSeries().get(1)).isInstanceOf(XDDFLineChartData.class);
            assertThat(days.getChartSeries().get(1).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("Synthèse!$E$9:$E$10");

            // Funding split: F and G stacked.
            XSSFChart funding = charts.get(1);
            assertThat(funding.getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
            assertThat(funding.getChartSeries().get(0).getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("Synthèse!$G$12:$G$13");

            XSSFChart attendance = charts.get(2);
            assertThat(attendance.getChartSeries().get(0).getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("Synthèse!$C$15:$C$16");

            XSSFChart values = charts.get(3);
            XDDFChartData.Series democracy = values.getChartSeries().get(0).getSeries(0);
            // Strasbourg's suppressed score is not drawn, nor is Strasbourg, which has no other score to draw.
            assertThat(democracy.getValuesData().getDataRangeReference()).isEqualTo("Synthèse!$H$18");
            assertThat(democracy.getCategoryData().getDataRangeReference()).isEqualTo("Synthèse!$B$18");
            assertThat(democracy.getValuesData().getPointAt(0)).isEqualTo(3.8);
            var cache = values.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal().getNumRef()
                    .getNumCache();
            assertThat(cache.getPtCount().getVal()).isEqualTo(1);
            assertThat(cache.getPtList()).extracting(p -> p.getIdx()).containsExactly(0L);

            // Attendance over time: the programme's values looked up per quarter under them, one point per
            // quarter (Fixtures: 60/80, 70/100, 90/120).
            XSSFChart overTime = charts.get(4);
            assertThat(overTime.getChartSeries().get(0)).isInstanceOf(XDDFLineChartData.class);
            XDDFChartData.Series programme = overTime.getChartSeries().get(0).getSeries(0);
            assertThat(programme.getCategoryData().getDataRangeReference()).isEqualTo("Synthèse!$C$20:$E$20");
            assertThat(programme.getValuesData().getDataRangeReference()).isEqualTo("Synthèse!$C$21:$E$21");
            assertThat(programme.getValuesData().getPointAt(0)).isEqualTo(0.75);
            assertThat(programme.getValuesData().getPointAt(2)).isEqualTo(0.75);
            assertThat(programme.getValuesData().getPointAt(1)).isEqualTo(0.7);
        }
    }

    @Test
    void definitionsQualityAndProvenance() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet defs = wb.getSheet("Définitions");
            assertThat(cell(defs, "A2").getStringCellValue()).isEqualTo("PART_ATTENDANCE_RATE");
            assertThat(cell(defs, "D2").getStringCellValue()).isEqualTo("Formule de PART_ATTENDANCE_RATE");
            assertThat(cell(defs, "J2").getStringCellValue()).isEqualTo("≥ 80 % / 65–80 % / < 65 %");
            assertThat(defs.getRow(1).getLastCellNum()).isEqualTo((short) 11); // no bundle name: Provenance has it
            assertThat(defs.getLastRowNum()).isEqualTo(6);

            XSSFSheet q = wb.getSheet("Qualité des données");
            // Findings by file then line: financements.csv (line 0, whole file) before sessions.csv line 4.
            assertThat(cell(q, "B2").getStringCellValue()).isEqualTo("financements.csv");
            assertThat(cell(q, "C2")).isNull();
            assertThat(cell(q, "A3").getStringCellValue()).isEqualTo("rejet");
            assertThat(cell(q, "C3").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(cell(q, "C3").getNumericCellValue()).isEqualTo(4);
            assertThat(cell(q, "E3").getStringCellValue()).isEqualTo("-2");
            assertThat(cell(q, "F3").getStringCellValue()).isEqualTo("Nombre de jours négatif.");

            XSSFSheet p = wb.getSheet("Provenance");
            assertThat(cell(p, "B2").getStringCellValue()).isEqualTo("ab".repeat(32));
            assertThat(cell(p, "F2").getNumericCellValue()).isEqualTo(3);
            assertThat(cell(p, "H2").getNumericCellValue()).isEqualTo(1);
            List<String> column = new ArrayList<>();
            p.forEach(r -> column.add(r.getCell(0) == null ? "" : r.getCell(0).toString()));
            assertThat(column).contains("Extensions", "lecteur", "rendu", "Extensions en échec",
                    "broken (org.example.broken 1.0.0)");
        }
    }

    @Test
    void readMeNamesRowsAnswersAndFindingsApartAndTheirCountsAgreeWithProvenance() throws IOException {
        Report base = Fixtures.report(Locale.FRENCH);
        // besides sessions.csv (3 read, 2 kept, 1 rejected): a survey of 10 respondents, one dropped, three answers
        // rejected in rows that were kept, and a file no reader claims (a rejection finding, no row)
        Dataset data = base.data().toBuilder()
                .source(new SourceFile("enquete.csv", "cd".repeat(32), "survey", "0.1.0",
                        List.of(new SourceFile.TableCount("enquete", 10, 9, 1, 3))))
                .source(new SourceFile("notes.xlsx", "ef".repeat(32), "", "", List.of()))
                .finding(Finding.rejected("enquete.csv", 3, "commune", null, LocalizedText.of("sans commune", "no commune")))
                .finding(Finding.rejected("enquete.csv", 4, "Q1", "7", LocalizedText.of("hors échelle", "off scale")))
                .finding(Finding.rejected("enquete.csv", 5, "Q1", "9", LocalizedText.of("hors échelle", "off scale")))
                .finding(Finding.rejected("enquete.csv", 5, "Q2", "0", LocalizedText.of("hors échelle", "off scale")))
                .finding(Finding.rejected("notes.xlsx", 0, null, null, LocalizedText.of("non lu", "not read")))
                .build();
        Report report = new Report(base.period(), base.previousPeriods(), base.scopes(), base.locale(),
                base.generatedOn(), base.results(), data, base.quotes(), base.plugins(), base.failures(),
                base.suppressionThreshold());
        Path out = Files.createDirectories(dir.resolve("counts"));
        Path file = out.resolve(new ExcelRenderer().render(report, new RenderContext(out, Progress.NONE)).get(0));
        try (XSSFWorkbook wb = open(file)) {
            Map<String, Double> counts = new LinkedHashMap<>();
            for (Row r : wb.getSheet("Lisez-moi")) {
                Cell k = r.getCell(0);
                Cell v = r.getCell(1);
                if (k != null && v != null && v.getCellType() == CellType.NUMERIC) {
                    counts.put(k.getStringCellValue(), v.getNumericCellValue());
                }
            }
            assertThat(counts).containsEntry("Lignes lues", 13.0).containsEntry("Lignes retenues", 11.0)
                    .containsEntry("Lignes rejetées", 2.0)
                    .containsEntry("Réponses rejetées (dans des lignes retenues)", 3.0)
                    .containsEntry("Constats de rejet", 6.0).containsEntry("Avertissements", 1.0);
            XSSFSheet p = wb.getSheet("Provenance");
            assertThat(cell(p, "I1").getStringCellValue()).isEqualTo("Réponses rejetées");
            assertThat(cell(p, "H3").getNumericCellValue()).isEqualTo(1);
            assertThat(cell(p, "I3").getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void readMeGivesPeriodDatesThresholdAndRules() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            XSSFSheet rm = wb.getSheet("Lisez-moi");
            Cell generated = null;
            Cell threshold = null;
            StringBuilder all = new StringBuilder();
            for (Row r : rm) {
                Cell k = r.getCell(0);
                Cell v = r.getCell(1);
                all.append(k == null ? "" : k.toString()).append(" | ").append(v == null ? "" : v.toString())
                        .append('\n');
                if (k != null && "Date de génération".equals(k.getStringCellValue())) {
                    generated = v;
                }
                if (k != null && "Seuil de masquage".equals(k.getStringCellValue())) {
                    threshold = v;
                }
            }
            assertThat(generated.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2020, 3, 31, 0, 0));
            assertThat(generated.getCellStyle().getDataFormatString()).isEqualTo("[$-40C]dd/mm/yyyy");
            assertThat(threshold.getNumericCellValue()).isEqualTo(5);
            assertThat(all).contains("2020-T1", "2019-T3, 2019-T4", "mulhouse (Mulhouse)", "vert = dans la cible",
                    "masqué (< 5 personnes)", "n/d", "Licence des données", "2 lignes, une par collectivité");
        }
    }

    @Test
    void documentPropertiesComeFromTheReportNotTheClock() throws IOException {
        try (XSSFWorkbook wb = open(fr)) {
            var core = wb.getProperties().getCoreProperties();
            assertThat(core.getCreator()).isEqualTo("Récits");
            assertThat(core.getCreated().toInstant())
                    .isEqualTo(LocalDateTime.of(2020, 3, 31, 0, 0).toInstant(ZoneOffset.UTC));
            assertThat(core.getModified()).isEqualTo(core.getCreated());
        }
        try (ZipFile zip = new ZipFile(fr.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            ZipEntry first = entries.nextElement();
            assertThat(first.getName()).isEqualTo("[Content_Types].xml");
            zip.stream().forEach(e -> assertThat(e.getTimeLocal()).isEqualTo(LocalDateTime.of(2020, 3, 31, 0, 0)));
        }
    }

    @Test
    void sameReportSameBytesWhateverTheTimeZone() throws IOException {
        TimeZone before = TimeZone.getDefault();
        Path again;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
            again = render(Locale.FRENCH, "again");
        } finally {
            TimeZone.setDefault(before);
        }
        assertThat(Files.mismatch(fr, again)).isEqualTo(-1L);
        assertThat(Files.mismatch(en, render(Locale.ENGLISH, "again-en"))).isEqualTo(-1L);
    }
}
