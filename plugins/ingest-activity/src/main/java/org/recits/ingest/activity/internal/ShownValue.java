package org.recits.ingest.activity.internal;

import org.recits.api.data.Finding;
import org.recits.tabular.FindingValues;

/**
 * What a finding may show of a cell ({@link FindingValues}: never a token or personal-looking value, long
 * values cut). Beyond that, the text of a quote or of a comment is never shown, and in the tables that hold
 * such text a row whose cells shifted (an unquoted separator inside a quote) can put a piece of it in any
 * column: there a row with more cells than its header shows no value, and other rows only values shaped like
 * a code, a date or a number.
 */
final class ShownValue {

    /** Longest value shown in a table holding people's words: an id, a date, a code, a number. */
    static final int CODE_MAX = FindingValues.LABEL_MAX;

    private ShownValue() {
    }

    /**
     * The value as a finding may show it.
     *
     * @param kind   the table
     * @param column the contract's column name, or null for a cell outside the contract's columns
     * @param value  the raw cell, or null
     * @param shifted whether the row has more cells than its header (its cells may have moved)
     * @return the value, cut, or null when it must not be shown
     */
    static String of(Kind kind, String column, String value, boolean shifted) {
        if (value == null) {
            return null;
        }
        String personal = kind.personalText();
        if (personal != null) {
            if (shifted || personal.equals(column)) {
                return null;
            }
            String v = FindingValues.label(value);
            return v != null && v.codePoints().noneMatch(ShownValue::isSpace) ? v : null;
        }
        return FindingValues.cut(value);
    }

    /**
     * The finding, with its value as {@link #of} shows it, also wherever the reason quotes that value.
     *
     * @param kind    the table
     * @param column  the contract's column name, or null
     * @param shifted whether the row has more cells than its header
     * @param finding the finding as the reader made it
     * @return the same finding, or one that shows less
     */
    static Finding of(Kind kind, String column, boolean shifted, Finding finding) {
        return FindingValues.showing(finding, of(kind, column, finding.value(), shifted));
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
