package org.recits.ingest.activity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.recits.api.data.Finding;
import org.recits.api.data.Pseudonyms;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.SourceRef;
import org.recits.tabular.DateColumn;
import org.recits.tabular.PersonalIds;
import org.recits.tabular.Row;
import org.recits.tabular.Values;

/** The cells of one row, read by column name (docs/format.md); problems become a {@link Reject} or warnings. */
final class Cells {
    private final String file;
    private final Binding binding;
    private final char separator;
    /** The date columns by name, each decided as a whole (day/month order, placeholder, serial numbers). */
    private final Map<String, DateColumn> dates;
    private Row row;
    final List<Finding> warnings = new ArrayList<>();
    private final Map<String, PersonalIds> personal = new LinkedHashMap<>();
    private final Pseudonyms pseudonyms;

    /**
     * Cells beyond the header kept (and named one by one) per row; the others get one warning together, so that a
     * line of 10 000 separators makes a few findings, not 10 000.
     */
    static final int KEPT_BEYOND_HEADER = 8;

    Cells(String file, Binding binding, char separator, Map<String, DateColumn> dates, Pseudonyms pseudonyms) {
        this.file = file;
        this.pseudonyms = pseudonyms;
        this.binding = binding;
        this.separator = separator;
        this.dates = dates;
    }

    void at(Row r) {
        row = r;
        warnings.clear();
    }

    SourceRef source() {
        return new SourceRef(file, row.line());
    }

    /** The cell trimmed (NBSP too), or null when blank or the column is absent. */
    String text(String column) {
        Integer i = binding.positions.get(column);
        return i == null ? null : clean(row.cell(i));
    }

    static String clean(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(s.charAt(b - 1))) {
            b--;
        }
        return a == b ? null : s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The raw cell for a finding's value. */
    String raw(String column) {
        Integer i = binding.positions.get(column);
        return i == null ? null : row.cell(i);
    }

    /**
     * A participant id, replaced by its keyed pseudonym when it looks like personal data (an e-mail, a phone
     * number, a first and last name): the workbook calls its ids pseudonymous. Null passes through.
     */
    String personalId(String column, String id) {
        return personal.computeIfAbsent(column, c -> new PersonalIds(file, header(c), pseudonyms)).read(row.line(), id);
    }

    /** One warning per column where ids were pseudonymised, for the table's findings. */
    List<Finding> personalIdFindings() {
        List<Finding> out = new ArrayList<>();
        personal.values().forEach(p -> p.finding().ifPresent(out::add));
        return out;
    }

    String header(String column) {
        return binding.headerOf(column);
    }

    String required(String column) {
        String v = text(column);
        if (v == null) {
            throw new Reject(header(column), raw(column), Texts.emptyRequired(header(column)));
        }
        return v;
    }

    /** A date read in the order decided for its column; null when blank or when the column holds no real dates. */
    LocalDate date(String column) {
        String v = text(column);
        DateColumn d = dates.get(column);
        if (v == null || d != null && d.placeholder()) {
            return null; // a placeholder column was reported once, as a whole
        }
        boolean monthFirst = false;
        if (d != null) {
            LocalDate serial = d.serial(v);
            if (serial != null) {
                return serial;
            }
            Boolean order = d.monthFirst(v);
            if (order == null) {
                throw new Reject(header(column), v, d.undecidable(v));
            }
            monthFirst = order;
        }
        try {
            return Values.date(v, monthFirst);
        } catch (IllegalArgumentException e) {
            throw new Reject(header(column), v, Texts.badDate());
        }
    }

    LocalDate requiredDate(String column) {
        String v = required(column);
        DateColumn d = dates.get(column);
        if (d != null && d.placeholder()) {
            throw new Reject(header(column), v, d.placeholderCell());
        }
        return date(column);
    }

    /** A number of days: decimal comma or point, never negative. */
    Double days(String column) {
        String v = text(column);
        BigDecimal d;
        try {
            d = Values.decimal(v);
        } catch (IllegalArgumentException e) {
            throw new Reject(header(column), v, Texts.badNumber());
        }
        if (d == null) {
            return null;
        }
        if (d.signum() < 0) {
            throw new Reject(header(column), v, Texts.negativeNumber());
        }
        return d.doubleValue();
    }

    /**
     * One separator, dot or comma, followed by exactly three digits (« 1.500 », « 12,500 »): thousands in one
     * writing, decimals in the other. Read either way it would be a wrong figure without a word.
     */
    private static final Pattern AMBIGUOUS_AMOUNT = Pattern.compile("([+-]?\\d+)([.,])(\\d{3})");

    BigDecimal amount(String column) {
        String v = required(column);
        Matcher ambiguous = AMBIGUOUS_AMOUNT.matcher(v.replaceAll("[\\s\\u00a0\\u202f€]", ""));
        if (ambiguous.matches()) {
            String thousands = ambiguous.group(1) + ambiguous.group(3);
            BigDecimal decimals = new BigDecimal(ambiguous.group(1) + "." + ambiguous.group(3));
            throw new Reject(header(column), v, Texts.ambiguousAmount(thousands, decimals));
        }
        BigDecimal d;
        try {
            d = Values.decimal(v);
        } catch (IllegalArgumentException e) {
            throw new Reject(header(column), v, Texts.badAmount());
        }
        if (d.signum() < 0) {
            throw new Reject(header(column), v, Texts.negativeAmount());
        }
        return d;
    }

    List<String> list(String column) {
        String v = text(column);
        return v == null ? List.of() : Values.list(v, separator);
    }

    void warn(String column, String value, LocalizedText reason) {
        warnings.add(ShownValue.of(binding.kind, column, shifted(),
                Finding.warning(file, row.line(), column == null ? null : header(column), value, reason)));
    }

    /** Whether the row has more cells than its header: an unquoted separator may have moved its cells. */
    private boolean shifted() {
        return row.size() > binding.header.size();
    }

    /** The finding of a rejected row, showing of its value what {@link ShownValue} allows. */
    Finding rejected(Reject r) {
        return ShownValue.of(binding.kind, binding.columnOf(r.column), shifted(),
                Finding.rejected(file, row.line(), r.column, r.value, r.reason));
    }

    void checkOrder(String startColumn, LocalDate start, String endColumn, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            warn(endColumn, raw(endColumn), Texts.endBeforeStart(header(endColumn), header(startColumn)));
        }
    }

    /** Columns docs/format.md does not know, original header → value, in column order; cells beyond the header too. */
    Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i : binding.extras) {
            a.putIfAbsent(binding.header.get(i), row.cell(i));
        }
        int kept = 0;
        int hidden = 0;
        int first = 0;
        int last = 0;
        for (int i = binding.header.size(); i < row.size(); i++) {
            String v = row.cell(i);
            if (clean(v) == null) {
                continue;
            }
            if (kept++ < KEPT_BEYOND_HEADER) {
                String key = "colonne " + (i + 1);
                a.put(key, v);
                warnings.add(ShownValue.of(binding.kind, null, true,
                        Finding.warning(file, row.line(), key, v, Texts.cellOutsideHeader(i + 1))));
            } else {
                first = hidden++ == 0 ? i + 1 : first;
                last = i + 1;
            }
        }
        if (hidden > 0) {
            warnings.add(Finding.warning(file, row.line(), "colonne " + first, null,
                    Texts.cellsOutsideHeader(hidden, first, last)));
        }
        return a;
    }
}
