package org.recits.report.excel.internal;

/**
 * The columns of the records table ({@code Données} sheets and their CSV export), in order, declared once:
 * one row per record × field (long format).
 */
enum DataColumn implements TableColumn {
    TYPE("Type", "Record type", 14),
    COLLECTIVITE("Collectivité", "Collectivité", 16),
    ID("Identifiant", "Id", 24),
    DATE("Date", "Date", 11),
    FIELD("Champ", "Field", 18),
    TEXT("Valeur (texte)", "Value (text)", 30),
    NUMBER("Valeur (nombre)", "Value (number)", 14),
    DAY("Valeur (date)", "Value (date)", 12),
    SOURCE("Source", "Source", 30);

    private final ColumnHeader header;

    DataColumn(String french, String english, int width) {
        this.header = new ColumnHeader(french, english, width);
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
