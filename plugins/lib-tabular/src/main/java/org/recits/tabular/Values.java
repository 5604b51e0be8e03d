package org.recits.tabular;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Values as labs write them (docs/format.md). */
public final class Values {
    // Compiled once: these run on every cell of every row.
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]\\d{1,2}:\\d{2}.*)?");
    /** 30/01/2020, 30.01.2020, 30-01-2020, 30/01/20 (same separator twice), optionally followed by a time. */
    private static final Pattern FR_DATE = Pattern.compile(
            "(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMA_GROUPS = Pattern.compile("[+-]?\\d{1,3}(?:,\\d{3})+");
    private static final Pattern DOT_GROUPS = Pattern.compile("[+-]?\\d{1,3}(?:\\.\\d{3}){2,}");

    private Values() {
    }

    /**
     * Lower case, accents stripped, spaces/hyphens/dots/apostrophes (and underscores) to a single
     * '_', trimmed of them at both ends: "Date début" -> "date_debut", " N° d’ordre " -> "n°_d_ordre".
     */
    public static String normalizeHeader(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean pendingSep = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == '\uFEFF') {
                continue;
            }
            if (isHeaderSeparator(c)) {
                pendingSep = b.length() > 0;
                continue;
            }
            if (pendingSep) {
                b.append('_');
                pendingSep = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isHeaderSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '-' || c == '.' || c == '\''
                || c == '\u2019' || c == '_';
    }

    /**
     * null for blank; 2020-01-30, 30/01/2020, 30/01/20 (20xx), 30.01.2020, 30-01-2020; also the date
     * part of an ISO date-time (2020-01-30T10:00:00+01:00) or of "30/01/2020 10:00".
     *
     * @throws IllegalArgumentException for anything else, including impossible dates (31/02/2020)
     */
    public static LocalDate date(String s) {
        return date(s, false);
    }

    /**
     * As {@link #date(String)}, with the order of day and month given: {@code 01/30/2020} month first, as a
     * {@link DateColumn} decided for the whole column.
     *
     * @param s          the cell
     * @param monthFirst whether 01/02/2020 is the 2nd of January
     * @return null for blank
     * @throws IllegalArgumentException for anything else, including impossible dates
     * @since 1.2
     */
    public static LocalDate date(String s, boolean monthFirst) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        try {
            Matcher m = ISO_DATE.matcher(t);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = FR_DATE.matcher(t);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(4));
                if (m.group(4).length() == 2) {
                    year += 2000; // labs' data starts after 2000
                }
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(3));
                return monthFirst ? LocalDate.of(year, a, b) : LocalDate.of(year, b, a);
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible date: " + t, e);
        }
        throw new IllegalArgumentException("not a date: " + t);
    }

    /**
     * null for blank; "2,5", "2.5", "1 234,56", "1 234,56 €" (spaces incl. NBSP U+00A0 and U+202F),
     * "1.234,56", "-3". Also "1,234.56" and "200.000.000" (several groups of three are grouping).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static BigDecimal decimal(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(c == '\u2212' ? '-' : c);
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == '€') {
            b.setLength(b.length() - 1);
        }
        String t = b.toString();
        int lastComma = t.lastIndexOf(',');
        int lastDot = t.lastIndexOf('.');
        if (lastComma >= 0 && lastDot >= 0) {
            // Both: the last one is the decimal mark, the other groups thousands.
            boolean commaDecimal = lastComma > lastDot;
            char group = commaDecimal ? '.' : ',';
            char mark = commaDecimal ? ',' : '.';
            t = t.replace(String.valueOf(group), "");
            if (t.indexOf(mark) != t.lastIndexOf(mark)) {
                throw new IllegalArgumentException("not a number: " + s);
            }
            t = t.replace(mark, '.');
        } else if (lastComma >= 0) {
            if (t.indexOf(',') == lastComma) {
                t = t.replace(',', '.');
            } else if (COMMA_GROUPS.matcher(t).matches()) {
                t = t.replace(",", "");
            }
        } else if (lastDot >= 0 && t.indexOf('.') != lastDot && DOT_GROUPS.matcher(t).matches()) {
            t = t.replace(".", "");
        }
        if (!PLAIN_NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException("not a number: " + s);
        }
        return new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
    }

    /**
     * A list in a cell: split on '|', and also on ';' or ',' when that is not the file's separator;
     * trimmed, blanks dropped.
     */
    public static List<String> list(String cell, char fileSeparator) {
        List<String> out = new ArrayList<>();
        if (cell == null) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            boolean end = i == cell.length();
            if (end || isListSeparator(cell.charAt(i), fileSeparator)) {
                String item = cell.substring(start, i).strip();
                if (!item.isEmpty()) {
                    out.add(item);
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean isListSeparator(char c, char fileSeparator) {
        return c == '|' || (c == ';' && fileSeparator != ';') || (c == ',' && fileSeparator != ',');
    }
}
