package org.recits.ingest.activity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.recits.tabular.Values;

/**
 * The table a file or sheet name that is no table's was most likely meant for, so that a finding can say which
 * name to give it: a copy's name ({@code participants (1)}, {@code Copie de sessions}), a longer name
 * ({@code Cas pratiques}, {@code financements 2021}), a singular ({@code Présence}) or a typo
 * ({@code particpants}). Nothing when two tables fit equally or none does.
 */
final class TableNames {

    /** Typos of at most this many letters are recognised (one for names of up to four letters). */
    private static final LevenshteinDistance TYPO = new LevenshteinDistance(2);

    private TableNames() {
    }

    /** The table meant by a name that {@link Kind#of} does not know. */
    static Optional<Kind> closest(String name) {
        String key = Values.normalizeHeader(name);
        List<String> words = Arrays.stream(key.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<Kind> byWord = new ArrayList<>();
        for (Kind k : Kind.values()) {
            if (words.stream().anyMatch(w -> w.equals(k.table) || w.equals(singular(k.table)))) {
                byWord.add(k);
            }
        }
        if (byWord.size() == 1) {
            return Optional.of(byWord.get(0));
        }
        if (!byWord.isEmpty()) {
            return Optional.empty(); // « sessions et présences »: which one is the lab's to say
        }
        String letters = String.join("", words.stream().filter(w -> !w.chars().allMatch(Character::isDigit)).toList());
        List<Kind> byTypo = new ArrayList<>();
        for (Kind k : Kind.values()) {
            int d = TYPO.apply(letters, k.table);
            if (d >= 0 && d <= (k.table.length() <= 4 ? 1 : 2)) {
                byTypo.add(k);
            }
        }
        return byTypo.size() == 1 ? Optional.of(byTypo.get(0)) : Optional.empty();
    }

    /** The tables' names, as docs/format.md lists them. */
    static String expected() {
        return String.join(", ", Arrays.stream(Kind.values()).map(k -> k.table).toList());
    }

    private static String singular(String table) {
        return table.endsWith("s") && !table.equals("cas") ? table.substring(0, table.length() - 1) : table;
    }
}
