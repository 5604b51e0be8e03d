package org.recits.api.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period: a quarter ({@code 2020-T1} or {@code 2020-Q1}), a year ({@code 2020}), a month
 * ({@code 2020-03}) or a range of days ({@code 2019-06-01..2020-10-31}). Both ends are included.
 *
 * @param kind  what kind of period this is
 * @param start first day, included
 * @param end   last day, included
 */
public record Period(Kind kind, LocalDate start, LocalDate end) implements Comparable<Period> {

    /** The kinds of period the command line accepts. */
    public enum Kind {
        /** A calendar quarter, {@code 2020-T1}. */
        QUARTER,
        /** A calendar year, {@code 2020}. */
        YEAR,
        /** A calendar month, {@code 2020-03}. */
        MONTH,
        /** Any range of whole days, {@code 2019-06-01..2020-10-31}. */
        RANGE
    }

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[TtQq]([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

    /**
     * Checks that every component is present and the period does not end before it starts.
     *
     * @param kind  what kind of period this is
     * @param start first day, included
     * @param end   last day, included
     * @throws Reversed when {@code end} is before {@code start}
     */
    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new Reversed(start, end);
        }
    }

    /**
     * A period that would end before it starts, such as a range typed end first ({@code 2021-03-31..2020-01-01}).
     * Told apart from an unreadable period so that a message can give the range the right way round.
     */
    public static final class Reversed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        /** The first day as given. */
        private final LocalDate start;
        /** The last day as given. */
        private final LocalDate end;

        /**
         * @param start the first day as given, after {@code end}
         * @param end   the last day as given, before {@code start}
         */
        public Reversed(LocalDate start, LocalDate end) {
            super("period ends before it starts: " + start + ".." + end);
            this.start = start;
            this.end = end;
        }

        /** @return the first day as given (the later of the two) */
        public LocalDate start() {
            return start;
        }

        /** @return the last day as given (the earlier of the two) */
        public LocalDate end() {
            return end;
        }
    }

    /**
     * A calendar quarter: T1 is January to March, T4 October to December.
     *
     * @param year    the year
     * @param quarter 1 to 4
     * @return the quarter
     * @throws IllegalArgumentException when {@code quarter} is not 1 to 4
     */
    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4: " + quarter);
        }
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return new Period(Kind.QUARTER, start, start.plusMonths(3).minusDays(1));
    }

    /**
     * A calendar year, January 1 to December 31.
     *
     * @param year the year
     * @return the year as a period
     */
    public static Period year(int year) {
        return new Period(Kind.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /**
     * A calendar month.
     *
     * @param year  the year
     * @param month 1 to 12
     * @return the month as a period
     * @throws java.time.DateTimeException when {@code month} is not 1 to 12
     */
    public static Period month(int year, int month) {
        YearMonth ym = YearMonth.of(year, month);
        return new Period(Kind.MONTH, ym.atDay(1), ym.atEndOfMonth());
    }

    /**
     * Any range of days, e.g. a programme's whole duration.
     *
     * @param start first day, included
     * @param end   last day, included
     * @return the range
     * @throws Reversed when {@code end} is before {@code start}
     */
    public static Period range(LocalDate start, LocalDate end) {
        return new Period(Kind.RANGE, start, end);
    }

    /**
     * The quarter that contains the given day.
     *
     * @param day any day
     * @return its quarter
     */
    public static Period quarterOf(LocalDate day) {
        return quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    /**
     * Parses the notations the command line accepts: {@code 2020-T1} or {@code 2020-Q1}, {@code 2020},
     * {@code 2020-03}, {@code 2019-06-01..2020-10-31}.
     *
     * @param text the notation; surrounding spaces are ignored
     * @return the period
     * @throws IllegalArgumentException with a message naming the accepted forms
     */
    public static Period parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            Matcher m;
            if ((m = QUARTER.matcher(s)).matches()) {
                return quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = YEAR.matcher(s)).matches()) {
                return year(Integer.parseInt(m.group(1)));
            }
            if ((m = RANGE.matcher(s)).matches()) {
                return range(LocalDate.parse(m.group(1)), LocalDate.parse(m.group(2)));
            }
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("invalid period '" + s + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("invalid period '" + s
                + "': expected 2020-T1 (or 2020-Q1), 2020, 2020-03 or 2019-06-01..2020-10-31");
    }

    /**
     * Whether the day falls within the period (first and last day included).
     *
     * @param day the day, or null
     * @return true when {@code day} is between {@code start} and {@code end}, both included; false for null
     */
    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }

    /**
     * Whether the day is on or before the period's end ("up to P").
     *
     * @param day the day, or null
     * @return true when {@code day} is not after {@code end}; false for null
     */
    public boolean upTo(LocalDate day) {
        return day != null && !day.isAfter(end);
    }

    /**
     * The period of the same kind and length just before this one, for comparisons with the past.
     *
     * @return the previous quarter, year or month, or the range of as many days ending the day before
     *         {@code start}
     */
    public Period previous() {
        return switch (kind) {
            case QUARTER -> quarterOf(start.minusMonths(3));
            case YEAR -> year(start.getYear() - 1);
            case MONTH -> month(start.minusMonths(1).getYear(), start.minusMonths(1).getMonthValue());
            case RANGE -> {
                long days = ChronoUnit.DAYS.between(start, end) + 1;
                yield range(start.minusDays(days), start.minusDays(1));
            }
        };
    }

    /**
     * The {@code n} periods before this one, oldest first (the report's trend columns).
     *
     * @param n how many, 0 or more
     * @return the periods, oldest first, not including this one
     */
    public List<Period> previous(int n) {
        List<Period> out = new ArrayList<>(n);
        Period p = this;
        for (int i = 0; i < n; i++) {
            p = p.previous();
            out.add(p);
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }

    /**
     * The label used in file names and the French outputs: {@code 2020-T1}, {@code 2020}, {@code 2020-03}.
     *
     * @return the French label
     */
    public String label() {
        return label(Locale.FRENCH);
    }

    /**
     * The label in the locale's language: quarters are {@code T} in French and {@code Q} in English.
     *
     * @param locale the output's locale
     * @return the label, e.g. {@code 2020-Q1} for English
     */
    public String label(Locale locale) {
        return switch (kind) {
            case QUARTER -> start.getYear() + ("en".equals(locale.getLanguage()) ? "-Q" : "-T")
                    + ((start.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(start.getYear());
            case MONTH -> YearMonth.from(start).toString();
            case RANGE -> start + ".." + end;
        };
    }

    @Override
    public int compareTo(Period o) {
        int c = start.compareTo(o.start);
        return c != 0 ? c : end.compareTo(o.end);
    }

    @Override
    public String toString() {
        return label();
    }
}
