package org.recits.ingest.survey.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers what a pure function gave for the cells seen so far. A survey column holds a handful of
 * distinct labels over a million rows, and scoring one (accent folding, label lookup, number parsing)
 * costs far more than a lookup. Bounded: past {@link #LIMIT} distinct cells (free text), new cells are
 * computed and not kept.
 *
 * <p>The cells are new strings on every row, so a hash lookup first hashes the whole cell. A small table
 * indexed by the cell's length and end characters is tried before: a column's few labels mostly land in
 * slots of their own, and comparing with the one there costs one {@code equals}.
 */
final class Memo<V> {

    static final int LIMIT = 4096;
    private static final int SLOTS = 64;

    private final Map<String, V> seen = new HashMap<>();
    private final Function<String, V> function;
    private final String[] recentCells = new String[SLOTS + 1];
    private final Object[] recentValues = new Object[SLOTS + 1];

    Memo(Function<String, V> function) {
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    V get(String cell) {
        int n = cell.length();
        // The empty cell, in every column, has a slot of its own.
        int slot = n == 0 ? SLOTS : mix(n * 31 + cell.charAt(0) * 7 + cell.charAt(n - 1)) & (SLOTS - 1);
        if (cell.equals(recentCells[slot])) {
            return (V) recentValues[slot];
        }
        V v = seen.get(cell);
        if (v == null) {
            v = function.apply(cell);
            if (seen.size() < LIMIT) {
                seen.put(cell, v);
            }
        }
        recentCells[slot] = cell;
        recentValues[slot] = v;
        return v;
    }

    private static int mix(int h) {
        return h ^ h >>> 6 ^ h >>> 12;
    }
}
