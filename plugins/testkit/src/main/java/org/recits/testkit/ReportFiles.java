package org.recits.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading back what {@code recits report} wrote, to check that a plugin's figures reached the outputs. */
public final class ReportFiles {

    private ReportFiles() {
    }

    /**
     * The rows of the workbook's {@code Indicateurs} sheet (or {@code Indicators} in English), header to
     * cell: numbers as {@link Double}, everything else as text, empty cells left out.
     */
    public static List<Map<String, Object>> indicatorRows(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet("Indicateurs");
            if (sheet == null) {
                sheet = wb.getSheet("Indicators");
            }
            if (sheet == null) {
                throw new IllegalArgumentException("no Indicateurs sheet in " + xlsx);
            }
            List<String> headers = new ArrayList<>();
            sheet.getRow(sheet.getFirstRowNum()).forEach(c -> headers.add(c.getStringCellValue()));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == sheet.getFirstRowNum()) {
                    continue;
                }
                Map<String, Object> cells = new LinkedHashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    Cell c = row.getCell(i);
                    Object v = value(c);
                    if (v != null) {
                        cells.put(headers.get(i), v);
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The {@code Code} column of the workbook's {@code Indicateurs} (or {@code Indicators}) sheet, row by row. */
    public static List<String> indicatorCodes(Path xlsx) throws IOException {
        List<String> codes = new ArrayList<>();
        for (Map<String, Object> row : indicatorRows(xlsx)) {
            if (row.get("Code") != null) {
                codes.add(row.get("Code").toString());
            }
        }
        return codes;
    }

    /** The one file of the output folder whose name starts with {@code prefix} and ends with {@code suffix}. */
    public static Path find(Path outDir, String prefix, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(outDir)) {
            List<Path> found = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith(suffix)).toList();
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + prefix + "*" + suffix + " in " + outDir + ": " + found);
            }
            return found.get(0);
        }
    }

    private static Object value(Cell c) {
        if (c == null) {
            return null;
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (t) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue().isEmpty() ? null : c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            default -> null;
        };
    }
}
