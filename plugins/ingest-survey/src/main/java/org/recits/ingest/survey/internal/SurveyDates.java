package org.recits.ingest.survey.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;

import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.tabular.DateColumn;
import org.recits.tabular.FindingValues;
import org.recits.tabular.Row;
import org.recits.tabular.Table;

/**
 * The answer dates of one export. Its date columns are each looked at whole before a row is read
 * ({@link DateColumn}: day/month order decided for the column, dates that cannot be real), and the mapping's
 * constant date ({@code *} row) is honoured: it dates every answer when the mapping names no date column (the lab
 * said so, over whatever the tool wrote), and fills the rows a mapped column leaves without a real date.
 */
final class SurveyDates {

    /** Rows of a big export looked at first: when they settle its date columns (ISO dates), no second reading. */
    static final int SAMPLE = 256;

    private final String table;
    private final String mapping;
    private final int[] cols;
    private final List<String> headers;
    private final DateColumn[] columns;
    private final List<Memo<ParsedDate>> memos = new ArrayList<>();
    private final LocalDate constant;
    /** Whether the columns learn from the rows as they are read (a sample settled them) rather than beforehand. */
    private boolean streaming;

    /**
     * @param table      the export as findings name it
     * @param mapping    the mapping file's name ("" when none)
     * @param cols       the date columns, first non-empty real date wins
     * @param headers    their headers
     * @param tool       the tool's name for findings, or null for a file read the French way
     * @param monthFirst whether the tool writes these columns month first
     * @param constant   the mapping's date for the whole file, or null
     * @param mapped     whether the columns are the mapping's own ({@code mesure=date}) rather than the tool's
     */
    SurveyDates(String table, String mapping, int[] cols, List<String> headers, String tool, boolean monthFirst,
            LocalDate constant, boolean mapped) {
        this.table = table;
        this.mapping = mapping;
        this.constant = constant;
        // A constant date over the tool's own columns: those are not read at all.
        this.cols = constant != null && !mapped ? new int[0] : cols;
        this.headers = headers;
        this.columns = new DateColumn[this.cols.length];
        for (int i = 0; i < this.cols.length; i++) {
            DateColumn d = DateColumn.ofExport(table, headers.get(i), tool, monthFirst);
            columns[i] = d;
            memos.add(new Memo<>(raw -> parsed(d, raw)));
        }
    }

    /** The tool's name for the findings on its date columns; null for files read the French way. */
    static String toolName(Tool tool) {
        return switch (tool) {
            case LIMESURVEY, KOBO, GOOGLE_FORMS, FRAMAFORMS, SURVEYMONKEY -> tool.label();
            default -> null;
        };
    }

    private static ParsedDate parsed(DateColumn d, String raw) {
        LocalDate serial = d.serial(raw);
        if (serial != null) {
            return new ParsedDate(serial, false);
        }
        Boolean monthFirst = d.monthFirst(raw);
        return monthFirst == null ? new ParsedDate(null, false) : ParsedDate.of(raw, monthFirst);
    }

    /**
     * Looks at the date columns before the rows are read: a sample of the first rows, and the whole table unless
     * the sample settles every column.
     *
     * @param t          the export
     * @param headerRows data rows that are header rows too
     */
    void look(Table t, int headerRows) {
        if (cols.length == 0) {
            return;
        }
        List<Row> sample = t.head(headerRows + SAMPLE);
        boolean settled = true;
        for (int i = 0; i < cols.length; i++) {
            DateColumn d = fresh(i);
            for (Row r : sample.subList(Math.min(headerRows, sample.size()), sample.size())) {
                d.add(r.line(), r.cell(cols[i]));
            }
            settled &= d.settled();
        }
        if (settled && sample.size() == headerRows + SAMPLE) {
            for (int i = 0; i < cols.length; i++) {
                fresh(i); // the rows give their cells again as they are read
            }
            streaming = true;
            return;
        }
        if (sample.size() < headerRows + SAMPLE) {
            return; // the sample was the whole table
        }
        for (int i = 0; i < cols.length; i++) {
            fresh(i);
        }
        Iterator<Row> rows = t.iterator();
        for (int k = 0; k < headerRows && rows.hasNext(); k++) {
            rows.next();
        }
        while (rows.hasNext()) {
            Row r = rows.next();
            for (int i = 0; i < cols.length; i++) {
                columns[i].add(r.line(), r.cell(cols[i]));
            }
        }
    }

    /** The column empty again (same tool, same order by default), with a memo of its own. */
    private DateColumn fresh(int i) {
        DateColumn d = columns[i].empty();
        columns[i] = d;
        memos.set(i, new Memo<>(raw -> parsed(d, raw)));
        return d;
    }

    /**
     * The date of a row: its first date column with a real date (an unreadable one is a warning, as before), else
     * the mapping's constant.
     *
     * @param row      the row
     * @param findings where a row's finding goes
     * @return the date, or null
     */
    LocalDate of(Line row, Consumer<Finding> findings) {
        for (int i = 0; i < cols.length; i++) {
            String raw = row.cell(cols[i]);
            if (raw.isBlank()) {
                continue;
            }
            DateColumn d = columns[i];
            if (streaming) {
                d.add(row.line(), raw);
            }
            if (d.placeholder()) {
                continue; // said once for the column
            }
            Memo<ParsedDate> memo = memos.get(i);
            ParsedDate p = ParsedDate.dateOfDateTime(raw, memo);
            if (p == null) {
                p = memo.get(raw);
            }
            if (p.bad()) {
                findings.accept(FindingValues.ofLabel(Finding.warning(table, row.line(), headers.get(i), raw.strip(),
                        Messages.rowBadDate(raw.strip()))));
            }
            if (p.date() != null || p.bad()) {
                return p.date();
            }
            // undecidable in a column that mixes both orders: said once for the column; try the next
        }
        return constant;
    }

    /** What the date columns say, once each, after the rows were read. */
    List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < cols.length; i++) {
            out.addAll(columns[i].findings(then(i)));
        }
        return out;
    }

    /** What becomes of a placeholder column's rows. */
    private LocalizedText then(int i) {
        if (constant != null) {
            return DateColumn.thenConstant(constant, mapping);
        }
        for (int j = 0; j < cols.length; j++) {
            if (j != i && !columns[j].placeholder()) {
                return DateColumn.thenOther(headers.get(j));
            }
        }
        return mapping.isEmpty() ? DateColumn.thenUndated() : DateColumn.thenUndatedGiveItInMapping(mapping);
    }
}
