package org.recits.api.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Defensive copies for the records' compact constructors. */
final class Copies {

    private Copies() {
    }

    /** An unmodifiable copy that keeps the columns' order (unlike {@link Map#copyOf}). */
    static Map<String, String> attributes(Map<String, String> attributes) {
        return attributes == null || attributes.isEmpty()
                ? Map.of()
                : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    static List<String> list(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
