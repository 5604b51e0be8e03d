package org.recits.report.excel.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A sheet's cells as values, for the tests of one sheet class: texts as strings, numbers as doubles. */
final class SheetCells {

    private SheetCells() {
    }

    /** Row {@code index} (0-based): one value per cell up to its last, null for a missing cell. */
    static List<Object> row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        List<Object> out = new ArrayList<>();
        if (row == null) {
            return out;
        }
        for (int c = 0; c < row.getLastCellNum(); c++) {
            out.add(value(row.getCell(c)));
        }
        return out;
    }

    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> cell.getNumericCellValue();
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            default -> null;
        };
    }

    /** The first column's texts of every row, rows without one as null. */
    static List<Object> firstColumn(Sheet sheet) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            out.add(row == null ? null : value(row.getCell(0)));
        }
        return out;
    }
}
