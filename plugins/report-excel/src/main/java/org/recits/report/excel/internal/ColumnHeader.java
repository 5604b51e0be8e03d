package org.recits.report.excel.internal;

/**
 * A table's column as a reader sees it: the key of its header in the package's messages, and its width
 * on the sheet, in characters.
 */
record ColumnHeader(String key, int width) {

    String text(Texts tx) {
        return tx.get(key);
    }
}
