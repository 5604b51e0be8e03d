package org.recits.report.excel.internal;

/**
 * A table's column as a reader sees it: its header in French and English and its width on the sheet, in
 * characters.
 */
record ColumnHeader(String french, String english, int width) {

    String text(Texts tx) {
        return tx.t(french, english);
    }
}
