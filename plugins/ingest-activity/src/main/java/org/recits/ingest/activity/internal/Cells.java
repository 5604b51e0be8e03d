package org.recits.ingest.activity.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.SourceRef;
import org.recits.tabular.PersonalIds;
import org.recits.tabular.Row;
import org.recits.tabular.Values;

/** The cells of one row, read by FORMAT.md column name; problems become a {@link Reject} or warnings. */
final class Cells {
    private final String file;
    private final Binding binding;
    private final char separator;
    private Row row;
    final List<Finding> warnings = new ArrayList<>();
    private final Map<String, PersonalIds> personal = new LinkedHashMap<>();

    Cells(String file, Binding binding, char separator) {
        this.file = file;
        this.binding = binding;
        this.separator = separator;
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
     * A participant id, replaced by a stable pseudonym when it looks like personal data (an e-mail, a phone
     * number, a first and last name): the workbook calls its ids pseudonymous. Null passes through.
     */
    String personalId(String column, String id) {
        return personal.computeIfAbsent(column, c -> new PersonalIds(file, header(c))).read(row.line(), id);
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

    LocalDate date(String column) {
        String v = text(column);
        try {
            return Values.date(v);
        } catch (IllegalArgumentException e) {
            throw new Reject(header(column), v, Texts.badDate());
        }
    }

    LocalDate requiredDate(String column) {
        required(column);
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

    BigDecimal amount(String column) {
        String v = required(column);
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
        warnings.add(Finding.warning(file, row.line(), column == null ? null : header(column), value, reason));
    }

    void checkOrder(String startColumn, LocalDate start, String endColumn, LocalDate end) {
        if (start != null && end != null && end.isBefore(start)) {
            warn(endColumn, raw(endColumn), Texts.endBeforeStart(header(endColumn), header(startColumn)));
        }
    }

    /** Columns FORMAT.md does not know, original header → value, in column order; cells beyond the header too. */
    Map<String, String> attributes() {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i : binding.extras) {
            a.putIfAbsent(binding.header.get(i), row.cell(i));
        }
        for (int i = binding.header.size(); i < row.size(); i++) {
            String v = row.cell(i);
            if (clean(v) != null) {
                String key = "colonne " + (i + 1);
                a.put(key, v);
                warnings.add(Finding.warning(file, row.line(), key, v, Texts.cellOutsideHeader(i + 1)));
            }
        }
        return a;
    }
}
