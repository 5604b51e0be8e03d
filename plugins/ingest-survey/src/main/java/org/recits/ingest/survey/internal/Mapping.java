package org.recits.ingest.survey.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.recits.api.data.Finding;
import org.recits.api.model.Measure;

/**
 * A survey's mapping file, read: which column measures what on which scale, which columns identify the
 * respondent, and the constants given for the whole file.
 *
 * @param file      the mapping file's name, as shown in findings
 * @param entries   one per question row, in file order
 * @param constants {@code question=*} rows, by field
 * @param findings  what was wrong in the mapping file itself
 */
record Mapping(String file, List<Entry> entries, Map<Field, Constant> constants, List<Finding> findings) {

    Mapping {
        entries = List.copyOf(entries);
        constants = Collections.unmodifiableMap(new EnumMap<>(constants.isEmpty() ? new EnumMap<>(Field.class) : constants));
        findings = List.copyOf(findings);
    }

    /** An empty mapping, for a long-format file that has none. */
    static Mapping none() {
        return new Mapping("", List.of(), Map.of(), List.of());
    }

    List<Entry> measures() {
        return entries.stream().filter(e -> e.measure() != null).toList();
    }

    /** The row naming the column of a field, if any. */
    Optional<Entry> column(Field f) {
        return entries.stream().filter(e -> e.field() == f).findFirst();
    }

    Optional<Constant> constant(Field f) {
        return Optional.ofNullable(constants.get(f));
    }

    /** Looks a question up by its loose key (long format). */
    Optional<Entry> measureFor(String question) {
        String k = Text.key(question);
        return measures().stream().filter(e -> e.key().equals(k)).findFirst();
    }

    /**
     * One question row.
     *
     * @param line     line in the mapping file
     * @param question as written there
     * @param field    the identification column it is, or null for a measured question
     * @param measure  what it measures, or null for an identification column
     * @param scale    its scale (likert5 when the mapping says none)
     * @param inverse  whether a high answer means worse
     * @param labels   label key ({@link Text#key}) → scale value as written ("3", "oui"; "" for "no answer")
     */
    record Entry(long line, String question, Field field, Measure measure, Scale scale, boolean inverse,
            Map<String, String> labels) {

        Entry {
            labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        }

        String key() {
            return Text.key(question);
        }

        /**
         * An identifying cell through this row's libelles ({@code A1=avant|A2=apres}): the value they give
         * ("" for a label mapped to nothing), the cleaned cell when there are none, null when they do not know it.
         */
        String recode(String cell) {
            String raw = Text.clean(cell);
            return labels.isEmpty() ? raw : labels.get(Text.key(raw));
        }
    }

    /** A value for the whole file ({@code question=*}), with its line in the mapping file. */
    record Constant(long line, String value) {
    }

    /** Collects a mapping while it is read. */
    static final class Builder {
        private final String file;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<Field, Constant> constants = new EnumMap<>(Field.class);
        private final List<Finding> findings = new ArrayList<>();

        Builder(String file) {
            this.file = file;
        }

        List<Entry> entries() {
            return entries;
        }

        Builder entry(Entry e) {
            entries.add(e);
            return this;
        }

        Builder constant(Field f, Constant c) {
            constants.put(f, c);
            return this;
        }

        Builder finding(Finding f) {
            findings.add(f);
            return this;
        }

        Map<Field, Constant> constants() {
            return constants;
        }

        Mapping build() {
            return new Mapping(file, entries, new LinkedHashMap<>(constants), findings);
        }
    }
}
