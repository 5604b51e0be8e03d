package org.recits.ingest.activity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.recits.tabular.Values;

/** Which header position holds each column of a {@link Kind}, and which positions are extra attributes. */
final class Binding {
    final Kind kind;
    final List<String> header;
    /** Column name (as docs/format.md writes it) → position. */
    final Map<String, Integer> positions = new HashMap<>();
    /** Positions of the columns docs/format.md does not know, in header order. */
    final List<Integer> extras = new ArrayList<>();
    /** Header names bound twice (the second occurrence is an extra). */
    final List<String> duplicates = new ArrayList<>();
    final List<Column> missing = new ArrayList<>();

    Binding(Kind kind, List<String> header) {
        this.kind = kind;
        this.header = header;
        Map<String, Column> lookup = new HashMap<>();
        for (Column c : kind.columns) {
            lookup.put(c.name(), c);
            c.synonyms().forEach(s -> lookup.putIfAbsent(s, c));
        }
        // Exact names first, so that a synonym never takes the place of the real column ("date" vs "date_debut").
        List<String> normalised = header.stream().map(Values::normalizeHeader).toList();
        boolean[] bound = new boolean[header.size()];
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < normalised.size(); i++) {
                String n = normalised.get(i);
                Column c = lookup.get(n);
                boolean exact = c != null && c.name().equals(n);
                if (c == null || exact != (pass == 0)) {
                    continue;
                }
                if (!positions.containsKey(c.name())) {
                    positions.put(c.name(), i);
                    bound[i] = true;
                } else if (exact) {
                    duplicates.add(header.get(i)); // a second synonym is simply kept as an attribute
                }
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (!bound[i]) {
                extras.add(i);
            }
        }
        for (Column c : kind.columns) {
            if (c.required() && !positions.containsKey(c.name())) {
                missing.add(c);
            }
        }
    }

    /** The column's header as written in the file, or its name in docs/format.md when absent. */
    String headerOf(String column) {
        Integer i = positions.get(column);
        return i == null ? column : header.get(i);
    }

    /** The contract's name of the column under this header, or null for an extra or unknown one. */
    String columnOf(String headerName) {
        for (Map.Entry<String, Integer> e : positions.entrySet()) {
            if (header.get(e.getValue()).equals(headerName)) {
                return e.getKey();
            }
        }
        return kind.columns.stream().map(Column::name).filter(headerName::equals).findFirst().orElse(null);
    }
}
