package org.recits.report.excel.internal;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.recits.api.indicator.Unit;

/**
 * One kind of record as a tidy table: one row per record, one column per field, the same on its sheets (an
 * Excel table each) and in its CSV file. Cells are {@code String}, {@code Double} or {@code LocalDate}, or
 * null when empty.
 *
 * @param key     the table's key in the messages: {@code records.KEY.sheet}, {@code .table}, {@code .file},
 *                {@code .text}
 * @param columns in order
 * @param rows    the records
 * @param <T>     what a row is made from
 */
record RecordTable<T>(String key, List<Column<T>> columns, Source<T> rows) {

    /** The prefix of the tables' keys in the messages. */
    private static final String WORDS = "records.";

    /**
     * A column: the key of its header in the messages ({@code records.column.KEY}), its width in characters,
     * its cell, and the unit its numbers are shown in (null: whole, or two decimals).
     */
    record Column<T>(String key, int width, Function<T, Object> cell, Unit unit) {
    }

    /** The records of a table, walked in the same order each time. */
    interface Source<T> {

        long count();

        /** The records {@code from} (inclusive) to {@code to}, in order. */
        void forEach(long from, long to, Consumer<? super T> out);
    }

    /** A table over records held in a list. */
    static <T> Source<T> of(List<T> records) {
        return new Source<>() {
            @Override
            public long count() {
                return records.size();
            }

            @Override
            public void forEach(long from, long to, Consumer<? super T> out) {
                records.subList((int) Math.min(from, records.size()), (int) Math.min(to, records.size()))
                        .forEach(out);
            }
        };
    }

    long count() {
        return rows.count();
    }

    String[] headers(Texts tx) {
        return columns.stream().map(c -> tx.get(WORDS + "column." + c.key())).toArray(String[]::new);
    }

    /** The table's own words: {@code sheet}, {@code table}, {@code file} (in the CSV's name), {@code text}. */
    String word(Texts tx, String which) {
        return tx.get(WORDS + key + "." + which);
    }

    /** Each column's unit, null where none is given. */
    Unit[] units() {
        return columns.stream().map(Column::unit).toArray(Unit[]::new);
    }

    int[] widths() {
        return columns.stream().mapToInt(Column::width).toArray();
    }

    /** The cells of the rows {@code from} (inclusive) to {@code to}, in column order; the array is reused. */
    void forEachRow(long from, long to, Consumer<Object[]> out) {
        Object[] cells = new Object[columns.size()];
        rows.forEach(from, to, r -> {
            for (int i = 0; i < cells.length; i++) {
                cells[i] = columns.get(i).cell().apply(r);
            }
            out.accept(cells);
        });
    }

    /** The name of sheet {@code index} (1 for the first, then numbered from 2). */
    String sheet(Texts tx, int index) {
        String name = word(tx, "sheet");
        return index <= 1 ? name : tx.get("records.numbered.sheet", name, String.valueOf(index));
    }

    /** The Excel table's name on sheet {@code index}: letters only, as Power Query and formulas refer to it. */
    String table(Texts tx, int index) {
        String name = word(tx, "table");
        return index <= 1 ? name : name + "_" + index;
    }
}
