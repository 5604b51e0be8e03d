package org.recits.ingest.activity.internal;

import java.util.List;

/**
 * A column of an activity table: its name (already normalised, as docs/format.md writes it), whether it is
 * required, and the obvious synonyms a lab may write instead (normalised too).
 */
record Column(String name, boolean required, List<String> synonyms) {
    static Column req(String name, String... synonyms) {
        return new Column(name, true, List.of(synonyms));
    }

    static Column opt(String name, String... synonyms) {
        return new Column(name, false, List.of(synonyms));
    }
}
