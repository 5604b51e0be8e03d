package org.recits.ingest.activity.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;

/**
 * What a finding may show of a cell. Findings are printed, written to the workbook's data-quality sheet and
 * sent around by e-mail, so they never carry what a person said: the text of a quote or of a comment is never
 * shown, and in the tables that hold such text a row whose cells shifted (an unquoted separator inside a
 * quote) can put a piece of it in any column: there a row with more cells than its header shows no value,
 * and other rows only values shaped like a code, a date or a number. Elsewhere a value is cut to a short
 * length, which is enough to find the cell.
 */
final class ShownValue {

    /** Longest value shown whole; a longer one is cut and ends with an ellipsis. */
    static final int MAX = 40;
    /** Longest value shown in a table holding people's words: an id, a date, a code, a number. */
    static final int CODE_MAX = 24;

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
            String v = value.strip();
            return v.codePointCount(0, v.length()) <= CODE_MAX && v.codePoints().noneMatch(ShownValue::isSpace)
                    ? v : null;
        }
        if (value.codePointCount(0, value.length()) <= MAX) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, MAX - 1)) + "…";
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
        String raw = finding.value();
        String shown = of(kind, column, raw, shifted);
        if (raw == null || raw.equals(shown)) {
            return finding;
        }
        LocalizedText reason = finding.reason();
        String quoted = raw.strip();
        if (!quoted.isEmpty()) {
            LocalizedText hidden = Texts.valueNotShown();
            String fr = shown == null ? hidden.fr() : shown;
            String en = shown == null ? hidden.en() : shown;
            reason = LocalizedText.of(requote(reason.fr(), quoted, fr), requote(reason.en(), quoted, en));
        }
        return new Finding(finding.severity(), finding.file(), finding.line(), finding.column(), shown, reason);
    }

    /**
     * The text with the value replaced where it stands between quotation marks (« », " " or “ ”), as the
     * reasons quote values: a short value elsewhere in the text, a letter of a word, is left alone.
     */
    private static String requote(String text, String value, String replacement) {
        return text.replaceAll("([«\"“][\\s\u00a0\u202f]?)" + Pattern.quote(value) + "([\\s\u00a0\u202f]?[»\"”])",
                "$1" + Matcher.quoteReplacement(replacement) + "$2");
    }

    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
