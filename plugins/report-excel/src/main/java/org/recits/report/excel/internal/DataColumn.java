package org.recits.report.excel.internal;

/**
 * The columns of the records table ({@code Données} sheets and their CSV export), in order, declared once:
 * one row per record × field (long format).
 */
enum DataColumn implements TableColumn {
    TYPE("data.column.type", 14),
    COLLECTIVITE("data.column.collectivite", 16),
    ID("data.column.id", 24),
    DATE("data.column.date", 11),
    FIELD("data.column.field", 18),
    TEXT("data.column.text", 30),
    NUMBER("data.column.number", 14),
    DAY("data.column.day", 12),
    SOURCE("data.column.source", 30);

    private final ColumnHeader header;

    DataColumn(String key, int width) {
        this.header = new ColumnHeader(key, width);
    }

    @Override
    public ColumnHeader header() {
        return header;
    }

    /** A field's cells in column order: {@code String}, {@code Double}, {@code LocalDate} or null. */
    static Object[] cells(DataRecords.Field f) {
        return new Object[] {f.type(), f.collectivite(), f.id(), f.date(), f.field(), f.text(), f.number(), f.day(),
            f.source()};
    }
}
