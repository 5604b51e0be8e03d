package org.recits.ingest.survey.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.recits.tabular.Values;

/**
 * A date cell read: the date (null when the parser finds none), or bad.
 *
 * @param date the date, or null
 * @param bad  whether the cell is no date at all
 */
record ParsedDate(LocalDate date, boolean bad) {

    /** Where {@code yyyy-MM-dd} has its digits. */
    private static final int[] DATE_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9};

    static ParsedDate of(String raw, boolean monthFirst) {
        try {
            return new ParsedDate(parse(raw, monthFirst).orElse(null), false);
        } catch (IllegalArgumentException ex) {
            return new ParsedDate(null, true);
        }
    }

    /**
     * The date of an ISO date-time cell ({@code 2021-12-06T10:00:09.772+06:00}), read from its date part:
     * KoBo's {@code start} column has a new time on every row, which the memo of whole cells never hits,
     * while its days repeat. The date part parses as the whole cell does when the rest holds no line end
     * (the ISO pattern's {@code .*} stops at those). Null when the cell is not one (read it whole).
     */
    static ParsedDate dateOfDateTime(String raw, Memo<ParsedDate> dates) {
        if (raw.length() <= 10 || raw.charAt(4) != '-' || raw.charAt(7) != '-'
                || raw.charAt(10) != 'T' && raw.charAt(10) != ' ') {
            return null;
        }
        for (int i : DATE_DIGITS) {
            if (raw.charAt(i) < '0' || raw.charAt(i) > '9') {
                return null;
            }
        }
        for (int i = 11; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null;
            }
        }
        ParsedDate d = dates.get(raw.substring(0, 10));
        // An impossible day (2021-02-30) goes through the other readers with the whole cell.
        return d.date() == null ? null : d;
    }

    /**
     * Survey tools' date-times first, then whatever else the shared reader knows ({@code 30/01/20}…).
     *
     * @throws IllegalArgumentException for a value that is not a date
     */
    static Optional<LocalDate> parse(String raw, boolean monthFirst) {
        try {
            return Dates.parse(raw, monthFirst);
        } catch (IllegalArgumentException e) {
            return Optional.ofNullable(Values.date(raw));
        }
    }
}
