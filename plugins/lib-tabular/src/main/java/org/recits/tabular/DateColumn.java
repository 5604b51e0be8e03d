// Over 400 lines: deciding a column's dates (order, placeholder, serial numbers) and saying why are one decision, kept together.
package org.recits.tabular;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.internal.DateTexts;

/**
 * The dates of one column, looked at all together before any is read: whether {@code 04/03/2021} is the 4th of
 * March or the 3rd of April is decided for the column, never cell by cell, and a column that cannot hold real
 * dates (an anonymised export's {@code 1980-01-01 00:00:00} on every row, Excel serial numbers) is recognised.
 *
 * <p>Give it every cell of the column ({@link #add}), then read the cells with {@link #monthFirst(String)} and
 * {@link #serial(String)}, and report {@link #findings} once. The order is:
 * <ul>
 * <li>day first when a cell can only be read day first ({@code 13/05/2021}), month first when a cell can only be
 * read month first ({@code 05/13/2021});</li>
 * <li>both: the column mixes the orders, and its cells that read either way are undecidable (a finding, not a
 * guess); a cell that reads only one way is read that way;</li>
 * <li>neither: the order the file's tool writes (French activity files: day first), reported once when at least
 * one cell reads both ways.</li>
 * </ul>
 *
 * @since 1.2
 */
public final class DateColumn {

    /** A day and a month in either order, with a year, and anything after (a time, "AM"). */
    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ T,].*)?",
            Pattern.DOTALL);
    /** A year first: ISO dates and date-times, and {@code 2023/05/12}. */
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/]\\d{1,2}[-/]\\d{1,2}(?:[ T].*)?",
            Pattern.DOTALL);
    /** The time of a date-time, to tell a timestamp from a bare date written with midnight. */
    private static final Pattern TIME = Pattern.compile(".*[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?.*", Pattern.DOTALL);
    /** What spreadsheets show for a date cell formatted as a number: days since 30/12/1899, maybe with a time. */
    private static final Pattern SERIAL = Pattern.compile("(\\d{5})(?:[.,]\\d+)?");
    private static final LocalDate EXCEL_DAY_ZERO = LocalDate.of(1899, 12, 30);
    /** Labs' programmes run between these years: a column with no date between them holds no real date. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;
    private static final long SERIAL_MIN = java.time.temporal.ChronoUnit.DAYS.between(EXCEL_DAY_ZERO,
            LocalDate.of(FIRST_YEAR, 1, 1));
    private static final long SERIAL_MAX = java.time.temporal.ChronoUnit.DAYS.between(EXCEL_DAY_ZERO,
            LocalDate.of(LAST_YEAR, 12, 31));
    /**
     * The same date and time to the second (other than midnight) on this many rows is no submission time: no two
     * people answer in the same second that often.
     */
    static final int SAME_TIMESTAMP_ROWS = 5;

    private final String file;
    private final String column;
    private final boolean monthFirstByDefault;
    /** Why the order by default is the one it is, for the findings. */
    private final LocalizedText why;

    private long values;
    private Cell firstValue;
    private boolean allSame = true;
    private long yearFirst;
    private long yearsSeen;
    private long yearsInRange;
    private long ambiguous;
    private Cell firstAmbiguous;
    private Cell dayFirstOnly;
    private Cell monthFirstOnly;
    private long serials;
    private Cell firstSerial;

    private record Cell(long line, String value) {
    }

    private DateColumn(String file, String column, boolean monthFirstByDefault, LocalizedText why) {
        this.file = file;
        this.column = column;
        this.monthFirstByDefault = monthFirstByDefault;
        this.why = why;
    }

    /**
     * A date column of a lab's activity table (docs/format.md: French, day first).
     *
     * @param file   as shown in findings
     * @param column the header as written
     * @return an empty column
     */
    public static DateColumn ofActivity(String file, String column) {
        return new DateColumn(file, column, false, DateTexts.text("dates.why.activity"));
    }

    /**
     * A date column of a survey tool's export.
     *
     * @param file       as shown in findings
     * @param column     the header as written
     * @param tool       the tool's name, as findings show it ({@code Google Forms}); null for a file of no known
     *                   tool, read day first as French files are
     * @param monthFirst whether that tool writes this column month first when nothing in it says otherwise
     * @return an empty column
     */
    public static DateColumn ofExport(String file, String column, String tool, boolean monthFirst) {
        return new DateColumn(file, column, tool != null && monthFirst,
                tool == null ? DateTexts.text("dates.why.french") : DateTexts.text("dates.why.tool", tool));
    }

    /**
     * The same column with no cell seen: to look at it again from its first row.
     *
     * @return an empty column of the same file, header and order by default
     */
    public DateColumn empty() {
        return new DateColumn(file, column, monthFirstByDefault, why);
    }

    /**
     * Looks at one cell of the column.
     *
     * @param line the cell's line
     * @param cell the cell as written
     */
    public void add(long line, String cell) {
        String s = cell == null ? "" : cell.strip();
        if (s.isEmpty()) {
            return;
        }
        values++;
        if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && isoYear(s) >= 0) {
            // an ISO date or date-time, most cells of most exports: no pattern to run, no order to learn
            sameAs(line, s);
            year(isoYear(s));
            if (isoYear(s) >= FIRST_YEAR && isoYear(s) <= LAST_YEAR) {
                yearFirst++;
            }
            return;
        }
        sameAs(line, s);
        Matcher m = DAY_MONTH.matcher(s);
        if (m.matches()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && b >= 1 && b <= 12 && a <= 31) {
                dayFirstOnly = dayFirstOnly == null ? new Cell(line, s) : dayFirstOnly;
            } else if (b > 12 && a >= 1 && a <= 12 && b <= 31) {
                monthFirstOnly = monthFirstOnly == null ? new Cell(line, s) : monthFirstOnly;
            } else if (a != b && a >= 1 && a <= 12 && b >= 1 && b <= 12) {
                ambiguous++;
                firstAmbiguous = firstAmbiguous == null ? new Cell(line, s) : firstAmbiguous;
            }
            year(m.group(3).length() == 2 ? 2000 + Integer.parseInt(m.group(3)) : Integer.parseInt(m.group(3)));
            return;
        }
        m = YEAR_FIRST.matcher(s);
        if (m.matches()) {
            year(Integer.parseInt(m.group(1)));
            yearFirst += Integer.parseInt(m.group(1)) >= FIRST_YEAR && Integer.parseInt(m.group(1)) <= LAST_YEAR ? 1 : 0;
            return;
        }
        if (serialDay(s) != null) {
            serials++;
            firstSerial = firstSerial == null ? new Cell(line, s) : firstSerial;
            yearsSeen++;
            yearsInRange++;
        }
    }

    private void sameAs(long line, String s) {
        if (firstValue == null) {
            firstValue = new Cell(line, s);
        } else if (allSame && !firstValue.value().equals(s)) {
            allSame = false;
        }
    }

    /** The year of {@code yyyy-MM-dd…} without a pattern, or −1. */
    private static int isoYear(String s) {
        int y = 0;
        for (int i = 0; i < 4; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            y = y * 10 + c - '0';
        }
        return y;
    }

    /**
     * Whether the cells seen so far settle everything the rest of the column could change: they are all ISO dates
     * of 2000–2099 and not all the same. A reader may then look at a sample of a big export, and give the
     * column its other cells while it reads them, instead of reading the file twice.
     *
     * @return whether the column is settled
     */
    public boolean settled() {
        return values > 0 && yearFirst == values && !allSame;
    }

    private void year(int y) {
        yearsSeen++;
        if (y >= FIRST_YEAR && y <= LAST_YEAR) {
            yearsInRange++;
        }
    }

    /** Whether the column mixes cells that read only day first with cells that read only month first. */
    public boolean mixed() {
        return dayFirstOnly != null && monthFirstOnly != null;
    }

    /** The order for the whole column (for a mixed one, the tool's). */
    public boolean monthFirst() {
        if (dayFirstOnly != null && monthFirstOnly == null) {
            return false;
        }
        if (monthFirstOnly != null && dayFirstOnly == null) {
            return true;
        }
        return monthFirstByDefault;
    }

    /**
     * The order to read this cell in.
     *
     * @param cell a cell of the column
     * @return true for month first, false for day first; null when the column is mixed and the cell reads both
     *         ways (undecidable: see {@link #undecidable})
     */
    public Boolean monthFirst(String cell) {
        if (!mixed()) {
            return monthFirst();
        }
        Matcher m = DAY_MONTH.matcher(cell == null ? "" : cell.strip());
        if (!m.matches()) {
            return monthFirst();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        if (a == b || a > 12 && b <= 12) {
            return false;
        }
        if (b > 12 && a <= 12) {
            return true;
        }
        return a > 12 ? monthFirst() : null; // both over 12: not a date either way, let the parser say so
    }

    /**
     * Whether the column cannot hold real dates: the same date-time to the second on every row (an anonymised
     * LimeSurvey's {@code 1980-01-01 00:00:00} is also caught by the next rule), or no date between 2000 and 2099.
     */
    public boolean placeholder() {
        return sameTimestamp() || yearsSeen > 0 && yearsInRange == 0;
    }

    private boolean sameTimestamp() {
        if (!allSame || values < SAME_TIMESTAMP_ROWS) {
            return false;
        }
        Matcher t = TIME.matcher(firstValue.value());
        return t.matches() && (Integer.parseInt(t.group(1)) != 0 || Integer.parseInt(t.group(2)) != 0
                || t.group(3) != null && Integer.parseInt(t.group(3)) != 0);
    }

    /**
     * The date an Excel serial number stands for ({@code 44197} is 01/01/2021), when the cell is one of
     * 2000–2099.
     *
     * @param cell a cell of the column
     * @return the date, or null when the cell is no such number
     */
    public LocalDate serial(String cell) {
        return cell == null ? null : serialDay(cell.strip());
    }

    private static LocalDate serialDay(String s) {
        Matcher m = SERIAL.matcher(s);
        if (!m.matches()) {
            return null;
        }
        long n = Long.parseLong(m.group(1));
        return n >= SERIAL_MIN && n <= SERIAL_MAX ? EXCEL_DAY_ZERO.plusDays(n) : null;
    }

    /**
     * Why a cell of a mixed column is not read, for the finding of its row.
     *
     * @param cell the cell
     * @return the reason
     */
    public LocalizedText undecidable(String cell) {
        return DateTexts.text("dates.cell.undecidable", cell.strip(), column, line(dayFirstOnly), line(monthFirstOnly));
    }

    /**
     * Why a row that needs its date is rejected when its column is a {@link #placeholder}, for the row's finding.
     *
     * @return the reason
     */
    public LocalizedText placeholderCell() {
        return DateTexts.text("dates.cell.placeholder", column, line(firstValue));
    }

    /**
     * What happens to the rows of a {@link #placeholder} column, for its finding: the dates are left empty.
     *
     * @return the words
     */
    public static LocalizedText thenUndated() {
        return DateTexts.text("dates.then.undated");
    }

    /**
     * What happens to the rows of a {@link #placeholder} column: rows that need a date are rejected.
     *
     * @return the words
     */
    public static LocalizedText thenRejected() {
        return DateTexts.text("dates.then.rejected");
    }

    /**
     * What happens to the rows of a {@link #placeholder} column: they take the date a mapping file gives.
     *
     * @param date    the mapping's date
     * @param mapping the mapping file's name
     * @return the words
     */
    public static LocalizedText thenConstant(LocalDate date, String mapping) {
        return DateTexts.text("dates.then.constant", DateTexts.day(date), mapping);
    }

    /**
     * What happens to the rows of a {@link #placeholder} column: they take their date from another column.
     *
     * @param other that column's header
     * @return the words
     */
    public static LocalizedText thenOther(String other) {
        return DateTexts.text("dates.then.other", other);
    }

    /**
     * What a survey's placeholder column asks of the lab: give the date in the mapping file.
     *
     * @param mapping the mapping file's name
     * @return the words
     */
    public static LocalizedText thenUndatedGiveItInMapping(String mapping) {
        return DateTexts.text("dates.then.mapping", mapping);
    }

    /**
     * The column's findings, one per thing to say, none when nothing was guessed: the order when every date reads
     * both ways or when the cells prove the order the tool does not usually write; a mix of orders; a placeholder
     * column (with what becomes of its rows); Excel serial numbers read as dates.
     *
     * @param then what becomes of a placeholder column's rows ({@link #thenUndated()}…); unused otherwise
     * @return warnings, each at the line of a cell that shows it
     */
    public List<Finding> findings(LocalizedText then) {
        List<Finding> out = new ArrayList<>();
        if (placeholder()) {
            Cell c = firstValue;
            LocalizedText why = sameTimestamp()
                    ? DateTexts.text("dates.placeholder.same", column, c.value(), String.valueOf(values))
                    : DateTexts.text("dates.placeholder.outside", column, String.valueOf(FIRST_YEAR),
                            String.valueOf(LAST_YEAR), values);
            out.add(Finding.warning(file, c.line(), column, c.value(), DateTexts.join(why, then)));
            return out; // its order and serial numbers no longer matter
        }
        if (mixed()) {
            out.add(Finding.warning(file, firstAmbiguous == null ? dayFirstOnly.line() : firstAmbiguous.line(), column,
                    firstAmbiguous == null ? null : firstAmbiguous.value(),
                    DateTexts.text("dates.order.mixed", column, line(dayFirstOnly), dayFirstOnly.value(),
                            line(monthFirstOnly), monthFirstOnly.value(), ambiguous)));
        } else if (dayFirstOnly == null && monthFirstOnly == null && ambiguous > 0) {
            out.add(Finding.warning(file, firstAmbiguous.line(), column, firstAmbiguous.value(),
                    DateTexts.text("dates.order.ambiguous", column, ambiguous, firstAmbiguous.value(),
                            DateTexts.order(monthFirstByDefault), why())));
        } else if (monthFirst() != monthFirstByDefault) {
            Cell proof = monthFirst() ? monthFirstOnly : dayFirstOnly;
            out.add(Finding.warning(file, proof.line(), column, proof.value(),
                    DateTexts.text("dates.order.proven", column, DateTexts.order(monthFirst()), line(proof),
                            proof.value(), why())));
        }
        if (serials > 0) {
            LocalDate d = serial(firstSerial.value());
            out.add(Finding.warning(file, firstSerial.line(), column, firstSerial.value(),
                    DateTexts.text("dates.serial", column, serials, firstSerial.value(),
                            DateTexts.day(d))));
        }
        return out;
    }

    private LocalizedText why() {
        return why;
    }

    private static String line(Cell c) {
        return c == null ? "" : String.valueOf(c.line());
    }

}
