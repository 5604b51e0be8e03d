package org.recits.ingest.survey.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Remembers what a pure function gave for the cells seen so far. A survey column holds a handful of
 * distinct labels over a million rows, and scoring one (accent folding, label lookup, number parsing)
 * costs far more than a lookup. Bounded: past {@link #LIMIT} distinct cells (free text), new cells are
 * computed and not kept.
 */
final class Memo<V> {

    static final int LIMIT = 4096;

    private final Map<String, V> seen = new HashMap<>();
    private final Function<String, V> function;

    Memo(Function<String, V> function) {
        this.function = function;
    }

    V get(String cell) {
        V v = seen.get(cell);
        if (v == null) {
            v = function.apply(cell);
            if (seen.size() < LIMIT) {
                seen.put(cell, v);
            }
        }
        return v;
    }
}
