package org.recits.ingest.activity.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.recits.api.text.Messages;
import org.recits.ingest.activity.internal.Column.Form;
import org.recits.tabular.Values;

/**
 * The kit's workbook, {@code modele-recits.xlsx}: an instructions sheet, then one sheet per activity table with
 * its header (a comment on each cell: what goes there, required or not, an example, the values), typed and
 * formatted columns, a drop-down list for each vocabulary, and the example row in grey italics.
 */
final class KitWorkbook {

    static final String FILE = "modele-recits.xlsx";
    /** Rows a drop-down list and a column's format cover below the header. */
    static final int ROWS = 5000;
    /**
     * The instructions' column, in characters: within an A4 landscape page at full size (LibreOffice lays a
     * width unit out at about 7 points), as it printed cut at 120 even with the sheet fitted to the page.
     */
    private static final int README_WIDTH = 100;
    /** The workbook's creation date: fixed, so that the same kit gives the same bytes. */
    private static final LocalDate CREATED = LocalDate.of(2020, 1, 1);

    private final Messages texts;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Map<Form, CellStyle> columnStyles = new EnumMap<>(Form.class);
    private final Map<Form, CellStyle> exampleStyles = new EnumMap<>(Form.class);
    private final CellStyle header;

    private KitWorkbook(Locale locale) {
        this.texts = Messages.of(KitWorkbook.class, locale);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        Font example = workbook.createFont();
        example.setItalic(true);
        example.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
        for (Form form : Form.values()) {
            CellStyle column = workbook.createCellStyle();
            column.setDataFormat(workbook.createDataFormat().getFormat(format(form)));
            columnStyles.put(form, column);
            CellStyle ex = workbook.createCellStyle();
            ex.cloneStyleFrom(column);
            ex.setFont(example);
            exampleStyles.put(form, ex);
        }
    }

    /** Writes the workbook to {@code file}. */
    static void write(Path file, Locale locale) throws IOException {
        KitWorkbook kit = new KitWorkbook(locale);
        kit.readme();
        for (Kind kind : Kind.values()) {
            kit.table(kind);
        }
        kit.workbook.getProperties().getCoreProperties().setCreated(Optional.of(
                Date.from(CREATED.atStartOfDay(ZoneOffset.UTC).toInstant())));
        kit.workbook.getProperties().getCoreProperties().setCreator("Récits");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            kit.workbook.write(bytes);
        } finally {
            kit.workbook.close();
        }
        stable(bytes.toByteArray(), file);
    }

    /**
     * The package again with every entry stamped {@link #CREATED}: POI stamps entries with the clock, and the
     * same kit must give the same bytes. A small workbook, so in memory; entries keep POI's order.
     */
    private static void stable(byte[] zip, Path file) throws IOException {
        long time = CREATED.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(time); // within the MS-DOS range: no extended timestamp field is written
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    /** Whether a sheet is the kit's instructions (in either language): not a table, and not worth a warning. */
    static boolean isInstructions(String sheet) {
        String name = Values.normalizeHeader(sheet);
        return List.of(Locale.FRENCH, Locale.ENGLISH).stream()
                .anyMatch(l -> Values.normalizeHeader(Messages.of(KitWorkbook.class, l).get("kit.sheet.readme"))
                        .equals(name));
    }

    private static String format(Form form) {
        return switch (form) {
            case DATE -> "dd/mm/yyyy";
            case AMOUNT -> "#,##0.00\\ \"€\"";
            case DAYS -> "General";
            default -> "@"; // text: an id such as 01 stays 01
        };
    }

    private void readme() {
        Sheet sheet = workbook.createSheet(texts.get("kit.sheet.readme"));
        sheet.setColumnWidth(0, README_WIDTH * 256);
        printable(sheet);
        Row title = sheet.createRow(0);
        Cell t = title.createCell(0);
        t.setCellValue(texts.get("kit.readme.title"));
        t.setCellStyle(header);
        CellStyle wrap = workbook.createCellStyle();
        wrap.setWrapText(true);
        for (int i = 1; texts.has("kit.readme." + i); i++) {
            String line = texts.get("kit.readme." + i);
            Row row = sheet.createRow(i + 1);
            // LibreOffice does not grow a row for wrapped text on opening: without a height, the second line
            // of an instruction printed over the next one. About a character per width unit, 15 points a line.
            row.setHeightInPoints(15f * Math.max(1, (int) Math.ceil(line.length() / (double) README_WIDTH)));
            Cell c = row.createCell(0);
            c.setCellValue(line);
            c.setCellStyle(wrap);
        }
    }

    private void table(Kind kind) {
        Sheet sheet = workbook.createSheet(kind.table);
        CreationHelper factory = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        DataValidationHelper validations = sheet.getDataValidationHelper();
        Row head = sheet.createRow(0);
        Row example = sheet.createRow(1);
        for (int i = 0; i < kind.columns.size(); i++) {
            Column column = kind.columns.get(i);
            Form form = column.type().form();
            sheet.setDefaultColumnStyle(i, columnStyles.get(form));
            sheet.setColumnWidth(i, Math.min(60, Math.max(column.name().length(), column.example().length()) + 6) * 256);
            Cell h = head.createCell(i);
            h.setCellValue(column.name());
            h.setCellStyle(header);
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(i);
            anchor.setCol2(i + 4);
            anchor.setRow1(0);
            anchor.setRow2(7);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(KitText.headerNote(texts, kind, column)));
            comment.setAuthor("Récits");
            h.setCellComment(comment);
            exampleCell(example.createCell(i), column);
            List<String> values = KitText.dropDown(column);
            if (!values.isEmpty()) {
                DataValidation v = validations.createValidation(
                        validations.createExplicitListConstraint(values.toArray(String[]::new)),
                        new CellRangeAddressList(1, ROWS, i, i));
                // a warning, not a refusal: the reader understands more spellings than the list shows (Élue, Terminée)
                v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
                v.setShowErrorBox(true);
                v.createErrorBox(texts.get("kit.validation.title"),
                        texts.get("kit.validation.text", String.join(", ", values)));
                v.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
                sheet.addValidationData(v);
            }
        }
        sheet.createFreezePane(0, 1);
        printable(sheet);
    }

    /**
     * A4 landscape, one page wide: the instructions' 120-character column was cut at the edge of a portrait
     * page, and a table's columns ran over several.
     */
    private static void printable(Sheet sheet) {
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** The example as a typed cell: a real date, a number of days, an amount. */
    private void exampleCell(Cell cell, Column column) {
        Form form = column.type().form();
        String example = column.example();
        switch (form) {
            case DATE -> cell.setCellValue(KitText.exampleDate(example));
            case DAYS -> cell.setCellValue(Double.parseDouble(example.replace(',', '.')));
            case AMOUNT -> cell.setCellValue(new BigDecimal(example.replaceAll("[^0-9,]", "").replace(',', '.'))
                    .doubleValue());
            default -> cell.setCellValue(example);
        }
        cell.setCellStyle(exampleStyles.get(form));
    }
}
