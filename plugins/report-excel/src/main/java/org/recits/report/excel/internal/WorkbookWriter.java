package org.recits.report.excel.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recits.ooxml.StableZip;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.indicator.IndicatorDefinition;
import org.recits.api.indicator.Status;
import org.recits.api.indicator.Unit;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;
import org.recits.api.report.IndicatorResult;
import org.recits.api.report.Observation;
import org.recits.api.report.PluginFailure;
import org.recits.api.report.PluginInfo;
import org.recits.api.report.Report;

/**
 * Writes the funder workbook.
 *
 * <p>The small sheets (read-me, summary with its charts, definitions, quality, provenance) are built with
 * XSSF, in memory: they need formulas with cached results, charts and names. The trends sheet, thousands
 * of rows for a consolidated programme, is then streamed with SXSSF over that workbook (a window of rows in
 * memory). The indicators sheet (tens of thousands of rows) and the records sheets (a million and more)
 * get their headers from POI and their rows from {@link SplicedSheets}, in the package POI wrote.
 */
public final class WorkbookWriter {

    /** Excel's limit: 1 048 576 rows per sheet, header included. */
    public static final int EXCEL_MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    /** Column of the value on the indicators sheet (H). */
    static final int VALUE_COL = 7;
    static final int STATUS_COL = 15;
    private static final int STREAM_WINDOW = 200;

    private final int maxRowsPerSheet;

    /** @param maxRowsPerSheet rows per records sheet, header included ({@link #EXCEL_MAX_ROWS} in use; small in tests) */
    public WorkbookWriter(int maxRowsPerSheet) {
        if (maxRowsPerSheet < 2 || maxRowsPerSheet > EXCEL_MAX_ROWS) {
            throw new IllegalArgumentException("rows per sheet must be 2 to " + EXCEL_MAX_ROWS + ": " + maxRowsPerSheet);
        }
        this.maxRowsPerSheet = maxRowsPerSheet;
    }

    /** Where each indicator's rows are on the indicators sheet (0-based rows). */
    /** @param thin per code and scope, the note of a current value that rests on few units (none when absent) */
    record Layout(Map<String, IndicatorDefinition> definitions, Map<String, int[]> span,
            Map<String, Map<Scope, Integer>> current, Map<String, Map<Scope, Object>> currentValue,
            Map<String, Map<Scope, String>> thin) {
    }

    public void write(Report report, Path file) throws IOException {
        write(report, DataRecords.of(report.data()), file);
    }

    /** @param records the report's data records, which the caller may reuse for the CSV export */
    void write(Report report, DataRecords records, Path file) throws IOException {
        Texts tx = new Texts(report.locale());
        XSSFWorkbook wb = new XSSFWorkbook();
        SplicedSheets spliced = new SplicedSheets();
        try {
            Styles st = new Styles(wb, tx);
            properties(wb, report);
            XSSFSheet readMe = wb.createSheet(tx.readMe());
            XSSFSheet summary = wb.createSheet(tx.summary());
            XSSFSheet definitions = wb.createSheet(tx.definitions());
            XSSFSheet quality = wb.createSheet(tx.quality());
            XSSFSheet provenance = wb.createSheet(tx.provenance());

            // The indicators sheet is streamed like the records (a consolidated programme has 40 000 rows
            // of it, 600 MB as XSSF cells): where its rows fall is worked out first, for the summary's
            // formulas and the names, and the rows are written once the workbook streams.
            Layout layout = layout(report, tx);
            writeDefinitions(new Rows(definitions, st), report, tx, layout);
            writeQuality(new Rows(quality, st), report, tx);
            writeProvenance(new Rows(provenance, st), report, tx, st);
            SummarySheet sum = new SummarySheet(report, tx, st, layout);
            // The summary's formulas get their cached results as they are written (see SummarySheet).
            sum.writeTable(new Rows(summary, st));
            sum.writeCharts(summary, tx.trends());
            for (XSSFSheet sheet : List.of(summary, definitions, quality, provenance)) {
                printable(sheet);
            }

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
                sx.setSheetOrder(tx.indicators(), 2);
                writeIndicators(indicators, spliced, report, tx, st, layout);
                names(wb, indicators, layout);
                printable(indicators);
                // Streamed too: one row per indicator and scope, thousands for a consolidated programme.
                SXSSFSheet trends = sx.createSheet(tx.trends());
                sx.setSheetOrder(tx.trends(), 3);
                writeTrends(new Rows(trends, st), report, tx, st);
                printable(trends);
                // Last, so that the records' survey sums (see DataRecords.of) are made beside the sheets above.
                long dataRows = records.count();
                writeReadMe(new Rows(readMe, st), report, tx, st, dataRows,
                        DataSheets.count(dataRows, maxRowsPerSheet - 1));
                printable(readMe);
                DataSheets.create(sx, spliced, records, tx, st, maxRowsPerSheet - 1);
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

    /** Landscape, one page wide: a funder who prints a sheet gets every column. */
    private static void printable(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
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

    // ---------------------------------------------------------------- Indicateurs

    /** Where {@link #writeIndicators} puts each indicator's rows, without writing them. */
    static Layout layout(Report report, Texts tx) {
        Map<String, IndicatorDefinition> defs = new LinkedHashMap<>();
        Map<String, int[]> span = new LinkedHashMap<>();
        Map<String, Map<Scope, Integer>> current = new LinkedHashMap<>();
        Map<String, Map<Scope, Object>> currentValue = new LinkedHashMap<>();
        Map<String, Map<Scope, String>> thin = new LinkedHashMap<>();
        int row = 0; // the header
        for (Map.Entry<String, List<IndicatorResult>> e : byCode(report).entrySet()) {
            int first = row + 1;
            Map<Scope, Integer> cur = new LinkedHashMap<>();
            Map<Scope, Object> val = new LinkedHashMap<>();
            for (IndicatorResult res : e.getValue()) {
                defs.putIfAbsent(e.getKey(), res.definition());
                row += res.previous().size() + 1;
                cur.put(res.scope(), row);
                val.put(res.scope(), IndicatorTable.cells(res, res.current(), true, report, tx)[IndicatorTable.VALUE]);
                String note = res.current().suppressed() ? "" : IndicatorTable.thin(res.current().value(), tx);
                if (!note.isEmpty()) {
                    thin.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()).put(res.scope(), note);
                }
            }
            span.put(e.getKey(), new int[] {first, row});
            current.put(e.getKey(), cur);
            currentValue.put(e.getKey(), val);
        }
        return new Layout(defs, span, current, currentValue, thin);
    }

    private static final int[] INDICATOR_WIDTHS = {14, 28, 40, 14, 11, 11, 11, 22, 10, 12, 13, 10, 11, 11, 30, 12, 60,
        10};

    /**
     * The indicators sheet: its header, filter and status colours now, its rows by {@code spliced}, where
     * {@code layout} says they fall (and checked they do).
     */
    private static void writeIndicators(SXSSFSheet sheet, SplicedSheets spliced, Report report, Texts tx, Styles st,
            Layout layout) {
        String[] headers = IndicatorTable.headers(tx);
        new Rows(sheet, st).header(headers, INDICATOR_WIDTHS);
        int last = layout.span().values().stream().mapToInt(span -> span[1]).max().orElse(0);
        sheet.setAutoFilter(new CellRangeAddress(0, last, 0, headers.length - 1));
        statusColours(sheet, 1, Math.max(1, last), STATUS_COL, tx);
        boolean date1904 = sheet.getWorkbook().getXSSFWorkbook().isDate1904();
        spliced.add(sheet, last + 1, headers.length - 1, xml -> {
            int row = 0;
            for (Map.Entry<String, List<IndicatorResult>> e : byCode(report).entrySet()) {
                for (IndicatorResult res : e.getValue()) {
                    for (Observation o : res.previous()) {
                        observation(xml, ++row, res.definition(), IndicatorTable.cells(res, o, false, report, tx), st,
                                date1904);
                    }
                    observation(xml, ++row, res.definition(), IndicatorTable.cells(res, res.current(), true, report,
                            tx), st, date1904);
                    if (row != layout.current().get(e.getKey()).get(res.scope())) {
                        throw new IllegalStateException("the indicators sheet's rows differ from their layout at "
                                + e.getKey() + " " + res.scope());
                    }
                }
            }
        });
    }

    /** Results grouped by indicator code, in report order, so each indicator's rows are contiguous. */
    static Map<String, List<IndicatorResult>> byCode(Report report) {
        Map<String, List<IndicatorResult>> byCode = new LinkedHashMap<>();
        for (IndicatorResult res : report.results()) {
            byCode.computeIfAbsent(res.definition().code(), k -> new ArrayList<>()).add(res);
        }
        return byCode;
    }

    /** One row of the indicators sheet ({@code row} 0-based): each column typed and styled by what it holds. */
    private static void observation(SheetXml xml, int row, IndicatorDefinition def, Object[] cells, Styles st,
            boolean date1904) throws IOException {
        float height = cells[IndicatorTable.NOTE] instanceof String note
                ? Rows.fittedHeight(note, INDICATOR_WIDTHS[IndicatorTable.NOTE]) : 0;
        xml.row(row + 1, height);
        for (int col = 0; col < cells.length; col++) {
            Object cell = cells[col];
            if (cell instanceof LocalDate day) {
                xml.number(col, Rows.serial(day, date1904), index(st.date));
            } else if (cell instanceof Number n) {
                CellStyle style = switch (col) {
                    case IndicatorTable.POPULATION -> st.integer;
                    case IndicatorTable.NUMERATOR, IndicatorTable.DENOMINATOR -> st.number(n.doubleValue());
                    default -> st.unit(def.unit());
                };
                xml.number(col, n.doubleValue(), index(style));
            } else if (cell instanceof String text) {
                xml.text(col, text, index(col == IndicatorTable.NOTE ? st.wrap : st.text));
            } else if (col == IndicatorTable.POPULATION) {
                xml.blank(col, index(st.integer)); // an empty typed cell, as before
            }
        }
        xml.endRow();
    }

    private static int index(CellStyle style) {
        return style.getIndex() & 0xFFFF;
    }

    static String format(double v, Unit unit, Texts tx) {
        if (unit == Unit.PERCENT) {
            return tx.percent(v);
        }
        return unit == Unit.COUNT ? tx.decimal(v) : tx.decimal(v) + " " + tx.t(unit.label());
    }

    /**
     * Green, orange and red fills on the status column, keyed on the status word, which stays
     * written in the cell for colour-blind readers and black-and-white prints.
     */
    static void statusColours(org.apache.poi.ss.usermodel.Sheet sheet, int firstRow, int lastRow, int col,
            Texts tx) {
        SheetConditionalFormatting cf = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule green = rule(cf, tx.status(Status.GREEN), new byte[] {(byte) 0xC6, (byte) 0xEF,
            (byte) 0xCE});
        ConditionalFormattingRule orange = rule(cf, tx.status(Status.ORANGE), new byte[] {(byte) 0xFF, (byte) 0xD9,
            (byte) 0x99});
        ConditionalFormattingRule red = rule(cf, tx.status(Status.RED), new byte[] {(byte) 0xFF, (byte) 0xC7,
            (byte) 0xCE});
        cf.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(firstRow, lastRow, col, col)},
                new ConditionalFormattingRule[] {green, orange, red});
    }

    private static ConditionalFormattingRule rule(SheetConditionalFormatting cf, String word, byte[] rgb) {
        ConditionalFormattingRule rule = cf.createConditionalFormattingRule(ComparisonOperator.EQUAL,
                "\"" + word + "\"");
        PatternFormatting fill = rule.createPatternFormatting();
        fill.setFillBackgroundColor(new XSSFColor(rgb, null));
        fill.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        return rule;
    }

    /** One defined name per indicator: its code, for its value cells on the indicators sheet. */
    private static void names(XSSFWorkbook wb, org.apache.poi.ss.usermodel.Sheet sheet, Layout layout) {
        for (Map.Entry<String, int[]> e : layout.span().entrySet()) {
            String ref = new CellRangeAddress(e.getValue()[0], e.getValue()[1], VALUE_COL, VALUE_COL)
                    .formatAsString(sheet.getSheetName(), true);
            Name name = wb.createName();
            try {
                name.setNameName(e.getKey());
            } catch (IllegalArgumentException notAName) {
                // A code that reads as a cell reference (AB12) or holds other characters is prefixed.
                name.setNameName("IND_" + e.getKey().replaceAll("[^A-Za-z0-9_.]", "_"));
            }
            name.setRefersToFormula(ref);
        }
    }

    // ---------------------------------------------------------------- Tendances

    private static void writeTrends(Rows r, Report report, Texts tx, Styles st) {
        List<Period> periods = new ArrayList<>(report.previousPeriods());
        periods.add(report.period());
        List<String> headers = new ArrayList<>(List.of("Code", tx.t("Indicateur", "Indicator"),
                tx.t("Périmètre", "Scope"), tx.t("Unité", "Unit")));
        periods.forEach(p -> headers.add(p.label(tx.locale())));
        int[] widths = new int[headers.size()];
        int[] fixed = {28, 40, 14, 10};
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i < fixed.length ? fixed[i] : 22;
        }
        r.header(headers.toArray(String[]::new), widths);
        r.sheet().createFreezePane(3, 1);
        for (List<IndicatorResult> results : byCode(report).values()) {
            for (IndicatorResult res : results) {
                r.row();
                r.text(0, res.definition().code());
                r.text(1, tx.t(res.definition().label()));
                r.text(2, tx.scope(res.scope()));
                r.text(3, tx.t(res.definition().unit().label()));
                List<Observation> all = new ArrayList<>(res.previous());
                all.add(res.current());
                for (Observation o : all) {
                    int col = periods.indexOf(o.period());
                    if (col < 0) {
                        continue;
                    }
                    col += 4;
                    if (o.suppressed()) {
                        r.text(col, tx.suppressed(report.suppressionThreshold()));
                    } else if (!o.value().isComputable()) {
                        r.text(col, tx.notAvailable());
                    } else {
                        r.number(col, o.value().value(), st.unit(res.definition().unit()));
                    }
                }
            }
        }
        r.filter(0, headers.size());
    }

    // ---------------------------------------------------------------- Définitions

    private static void writeDefinitions(Rows r, Report report, Texts tx, Layout layout) {
        String[] headers = {"Code", tx.t("Indicateur", "Indicator"), tx.t("Description", "Description"),
            tx.t("Formule", "Formula"), tx.t("Unité", "Unit"), tx.t("Sens", "Direction"),
            tx.t("Famille", "Family"), tx.t("Temporalité", "Temporality"), tx.t("Agrégation (programme)",
            "Aggregation (programme)"), tx.t("Cible", "Target"), tx.t("Source", "Source"),
            tx.t("Extension", "Plugin")};
        int[] widths = {28, 36, 60, 70, 10, 20, 14, 20, 22, 30, 18, 36};
        r.header(headers, widths);
        Map<String, String> providers = new LinkedHashMap<>();
        report.results().forEach(res -> providers.putIfAbsent(res.definition().code(), res.provider()));
        for (IndicatorDefinition d : layout.definitions().values()) {
            r.row();
            r.text(0, d.code());
            r.text(1, tx.t(d.label()));
            wrap(r, 2, tx.t(d.description()));
            wrap(r, 3, tx.t(d.formula()));
            r.text(4, tx.t(d.unit().label()));
            r.text(5, tx.t(d.direction().label()));
            r.text(6, tx.t(d.family().label()));
            r.text(7, tx.t(d.temporality().label()));
            r.text(8, tx.t(d.aggregation().label()));
            r.text(9, tx.t(d.target().text()));
            r.text(10, d.source());
            r.text(11, providers.get(d.code()));
        }
        r.filter(0, headers.length);
    }

    private static void wrap(Rows r, int col, String value) {
        r.text(col, value, r.styles().wrap);
    }

    // ---------------------------------------------------------------- Qualité des données

    private static void writeQuality(Rows r, Report report, Texts tx) {
        String[] headers = {tx.t("Gravité", "Severity"), tx.t("Fichier", "File"), tx.t("Ligne", "Line"),
            tx.t("Colonne", "Column"), tx.t("Valeur", "Value"), tx.t("Raison", "Reason")};
        int[] widths = {14, 30, 8, 20, 24, 80};
        Styles st = r.styles();
        r.header(headers, widths);
        for (Finding f : report.data().findings()) {
            r.row();
            // a rejection may drop a row, one answer of a kept row, or a whole file: not always "a row"
            r.text(0, f.severity() == Finding.Severity.REJECTED ? tx.t("rejet", "rejection")
                    : tx.t("avertissement", "warning"));
            r.text(1, f.file());
            if (f.line() > 0) {
                r.number(2, f.line(), st.plain);
            }
            r.text(3, f.column());
            r.text(4, f.value());
            r.text(5, tx.t(f.reason()), st.wrap);
        }
        if (report.data().findings().isEmpty()) {
            r.row();
            r.text(0, tx.t("Aucune anomalie relevée.", "No finding."));
        }
        r.filter(0, headers.length);
    }

    // ---------------------------------------------------------------- Provenance

    private static void writeProvenance(Rows r, Report report, Texts tx, Styles st) {
        String[] headers = {tx.t("Fichier", "File"), "SHA-256", tx.t("Lecteur", "Ingestor"), "Version",
            tx.t("Table", "Table"), tx.t("Lignes lues", "Rows read"), tx.t("Lignes retenues", "Rows kept"),
            tx.t("Lignes rejetées", "Rows rejected"), tx.t("Réponses rejetées", "Answers rejected")};
        int[] widths = {32, 66, 20, 16, 22, 12, 12, 12, 12};
        r.header(headers, widths);
        for (SourceFile f : report.data().sources()) {
            List<SourceFile.TableCount> tables = f.tables().isEmpty()
                    ? List.of(new SourceFile.TableCount("", 0, 0, 0)) : f.tables();
            for (SourceFile.TableCount t : tables) {
                r.row();
                r.text(0, f.name());
                r.text(1, f.sha256());
                r.text(2, f.ingestor());
                r.text(3, f.ingestorVersion());
                r.text(4, t.table());
                r.number(5, t.read(), st.integer);
                r.number(6, t.kept(), st.integer);
                r.number(7, t.rejected(), st.integer);
                r.number(8, t.answersRejected(), st.integer);
            }
        }
        r.filter(0, headers.length);

        r.skip().row().text(0, tx.t("Extensions", "Plugins"), st.title);
        r.row();
        String[] ph = {tx.t("Type", "Kind"), "Id", "Bundle", "Version"};
        for (int i = 0; i < ph.length; i++) {
            r.text(i, ph[i], st.header);
        }
        for (PluginInfo p : report.plugins()) {
            r.row();
            r.text(0, kind(p.kind(), tx));
            r.text(1, p.id());
            r.text(2, p.bundle());
            r.text(3, p.version());
        }

        r.skip().row().text(0, tx.t("Extensions en échec", "Plugin failures"), st.title);
        r.row();
        String[] fh = {tx.t("Extension", "Plugin"), tx.t("Étape", "Stage"), "Message"};
        for (int i = 0; i < fh.length; i++) {
            r.text(i, fh[i], st.header);
        }
        for (PluginFailure f : report.failures()) {
            r.row();
            r.text(0, f.plugin());
            r.text(1, stage(f.stage(), tx));
            r.text(2, f.message());
        }
        if (report.failures().isEmpty()) {
            r.row().text(0, tx.t("Aucune.", "None."));
        }
    }

    private static String kind(String kind, Texts tx) {
        return switch (kind) {
            case "ingestor" -> tx.t("lecteur", "ingestor");
            case "indicator" -> tx.t("indicateur", "indicator");
            case "renderer" -> tx.t("rendu", "renderer");
            default -> kind;
        };
    }

    private static String stage(String stage, Texts tx) {
        return switch (stage) {
            case "load" -> tx.t("chargement", "loading");
            case "ingest" -> tx.t("lecture", "ingest");
            case "compute" -> tx.t("calcul", "compute");
            case "sentences" -> tx.t("phrases du récit", "narrative sentences");
            case "render" -> tx.t("rendu", "render");
            default -> stage;
        };
    }

    // ---------------------------------------------------------------- Lisez-moi

    private void writeReadMe(Rows r, Report report, Texts tx, Styles st, long dataRows, int dataSheets) {
        r.sheet().setColumnWidth(0, 28 * 256);
        r.sheet().setColumnWidth(1, 100 * 256);
        String label = report.period().label(tx.locale());
        int n = report.suppressionThreshold();
        r.row().text(0, tx.t("Récits — rapport d’impact ", "Récits — impact report ") + label, st.title);
        r.skip();
        line(r, st, tx.t("Objet", "Purpose"), tx.t(
                "Ce classeur présente aux financeurs les indicateurs d’impact du programme pour la période, "
                        + "par collectivité et pour l’ensemble du programme, avec leur tendance, leurs définitions, "
                        + "la qualité des données et leur provenance.",
                "This workbook gives funders the programme's impact indicators for the period, per collectivité "
                        + "and for the whole programme, with their trend, definitions, data quality and provenance."));
        line(r, st, tx.t("Période", "Period"), label);
        r.row().text(0, tx.t("Début", "Start"), st.bold);
        r.date(1, report.period().start());
        r.row().text(0, tx.t("Fin", "End"), st.bold);
        r.date(1, report.period().end());
        line(r, st, tx.t("Périodes de tendance", "Trend periods"), report.previousPeriods().stream()
                .map(p -> p.label(tx.locale())).collect(Collectors.joining(", ")));
        line(r, st, tx.t("Périmètres", "Scopes"), report.scopes().stream()
                .map(s -> s.isProgramme() ? tx.scope(s) + tx.t(" (ensemble)", " (all)")
                        : report.data().collectivite(s.collectivite()).map(c -> s.id() + " (" + tx.name(c, report.period()) + ")")
                                .orElse(s.id()))
                .collect(Collectors.joining(" ; ")));
        r.row().text(0, tx.t("Date de génération", "Generated on"), st.bold);
        r.date(1, report.generatedOn());
        line(r, st, tx.t("Couleurs", "Colours"), tx.t(
                "Colonne Statut : vert = dans la cible ; orange = proche de la cible ; rouge = hors cible ; "
                        + "« sans cible » = suivi en tendance seulement. Le mot est toujours écrit dans la cellule, "
                        + "pour les impressions en noir et blanc et les lecteurs daltoniens.",
                "Status column: green = on target; orange = close to target; red = off target; "
                        + "\"no target\" = followed as a trend only. The word is always written in the cell, "
                        + "for black-and-white prints and colour-blind readers."));
        r.row().text(0, tx.t("Seuil de masquage", "Suppression threshold"), st.bold);
        r.number(1, n, st.integer);
        line(r, st, tx.t("Petits effectifs", "Small numbers"), tx.t(
                "Toute valeur bâtie sur moins de " + n + " personnes (participants ou répondants) est masquée : "
                        + "la cellule indique « " + tx.suppressed(n) + " » et ni la valeur, ni le numérateur, "
                        + "ni le dénominateur, ni l’effectif, ni l’intervalle, ni le statut ne sont donnés.",
                "Any value built on fewer than " + n + " people (participants or respondents) is suppressed: "
                        + "the cell says \"" + tx.suppressed(n) + "\" and neither the value, numerator, "
                        + "denominator, population, interval nor status is given."));
        line(r, st, tx.notAvailable(), tx.t(
                "« n/d » : la valeur ne peut pas être calculée (pas de données, dénominateur nul) ; la raison "
                        + "est dans la colonne « Note / raison ». Une donnée manquante n’est jamais remplacée par 0.",
                "\"n/a\": the value cannot be computed (no data, zero denominator); the reason is in the "
                        + "\"Note / reason\" column. Missing data is never replaced by 0."));
        line(r, st, tx.t("Formats", "Formats"), tx.t(
                "Nombres, pourcentages et dates sont des valeurs (triables, utilisables dans des formules) ; "
                        + "les pourcentages sont des fractions affichées en % ; les dates sont au format jj/mm/aaaa.",
                "Numbers, percentages and dates are values (sortable, usable in formulas); percentages are "
                        + "fractions shown as %; dates are written yyyy-mm-dd."));
        line(r, st, tx.summary(), tx.t(
                "Les valeurs de la synthèse sont des formules qui renvoient aux cellules de la feuille « "
                        + tx.indicators() + " ». Chaque indicateur a un nom défini (son code, par exemple "
                        + "PART_ATTENDANCE_RATE) qui désigne ses cellules de la colonne Valeur, toutes périodes et "
                        + "tous périmètres. Les graphiques lisent la synthèse ; une valeur masquée ou n/d n’y "
                        + "apparaît pas.",
                "Summary values are formulas that refer to cells of the \"" + tx.indicators() + "\" sheet. Each "
                        + "indicator has a defined name (its code, e.g. PART_ATTENDANCE_RATE) for its cells of the "
                        + "Value column, all periods and scopes. Charts read the summary; a suppressed or n/a value "
                        + "is not drawn."));
        String limit = NumberFormat.getIntegerInstance(tx.locale()).format(maxRowsPerSheet);
        String rows = NumberFormat.getIntegerInstance(tx.locale()).format(dataRows);
        String split = dataSheets <= 1 ? "" : tx.t(
                " Elles sont réparties sur " + dataSheets + " feuilles (« " + tx.data(1) + " », « " + tx.data(2)
                        + " »…) car une feuille ne peut dépasser " + limit + " lignes.",
                " They are split across " + dataSheets + " sheets (\"" + tx.data(1) + "\", \"" + tx.data(2)
                        + "\"…) because a sheet cannot hold more than " + limit + " rows.");
        line(r, st, tx.data(1), tx.t(
                rows + " lignes : les enregistrements anonymisés derrière les chiffres, au format long (une ligne par "
                        + "enregistrement et par champ), prêtes pour un tableau croisé dynamique.",
                rows + " rows: the anonymised records behind the figures, in long format (one row per record and "
                        + "field), ready for a pivot table.") + split);
        // Rows, answers and findings are different things, each counted and named apart (as `recits check` does).
        List<SourceFile> sources = report.data().sources();
        long rejected = report.data().rejectedCount();
        count(r, st, tx.t("Lignes lues", "Rows read"), sources.stream().mapToLong(SourceFile::rowsRead).sum());
        count(r, st, tx.t("Lignes retenues", "Rows kept"), sources.stream().mapToLong(SourceFile::rowsKept).sum());
        count(r, st, tx.t("Lignes rejetées", "Rows rejected"), sources.stream().mapToLong(SourceFile::rowsRejected).sum());
        count(r, st, tx.t("Réponses rejetées (dans des lignes retenues)", "Answers rejected (in kept rows)"),
                sources.stream().mapToLong(SourceFile::answersRejected).sum());
        count(r, st, tx.t("Constats de rejet", "Rejection findings"), rejected);
        count(r, st, tx.t("Avertissements", "Warnings"), report.data().findings().size() - rejected);
        line(r, st, tx.t("Licence des données", "Data licence"), tx.t(
                "Les données appartiennent au labo et aux collectivités participantes ; elles sont transmises au "
                        + "financeur pour le suivi du programme et ne peuvent être rediffusées sans leur accord. "
                        + "Les participants n’apparaissent que sous un identifiant pseudonyme ; verbatims et textes "
                        + "libres ne figurent pas dans ce classeur.",
                "The data belong to the lab and the participating collectivités; they are given to the funder to "
                        + "follow the programme and may not be passed on without their agreement. Participants appear "
                        + "under pseudonymous ids only; quotes and free texts are not in this workbook."));
        r.skip();
        r.row().text(0, tx.t("Feuilles", "Sheets"), st.title);
        line(r, st, tx.summary(), tx.t("valeurs clés par collectivité et graphiques",
                "key values per collectivité, and charts"));
        line(r, st, tx.indicators(), tx.t("une ligne par indicateur, périmètre et période",
                "one row per indicator, scope and period"));
        line(r, st, tx.trends(), tx.t("une ligne par indicateur et périmètre, une colonne par période",
                "one row per indicator and scope, one column per period"));
        line(r, st, tx.definitions(), tx.t("ce que mesure chaque indicateur et comment il est calculé",
                "what each indicator measures and how it is computed"));
        line(r, st, tx.quality(), tx.t("chaque rejet (ligne, réponse ou fichier) ou avertissement dans les fichiers",
                "every rejection (row, answer or file) or warning in the files"));
        line(r, st, tx.provenance(), tx.t("fichiers lus (empreinte SHA-256, lignes) et extensions utilisées",
                "files read (SHA-256, rows) and plugins used"));
        line(r, st, tx.data(1), tx.t("enregistrements anonymisés, format long", "anonymised records, long format"));
    }

    private static void count(Rows r, Styles st, String key, long value) {
        r.row().text(0, key, st.bold);
        r.number(1, value, st.integer);
    }

    private static void line(Rows r, Styles st, String key, String value) {
        r.row().text(0, key, st.bold);
        r.text(1, value, st.wrap);
    }
}
