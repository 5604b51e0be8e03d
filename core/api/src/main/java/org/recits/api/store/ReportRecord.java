package org.recits.api.store;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A report made from the store, as the history keeps it so that it can be made again byte for byte.
 *
 * @param labs          the labs it read, by name
 * @param period        the period reported ({@code 2021-T1})
 * @param options       the report's options that shape its outputs, as typed ({@code --lang en})
 * @param inputs        the stored files it read
 * @param outputs       the files written, by name relative to the output folder, with their SHA-256
 * @param plugins       the plugins that took part, by id, with their versions
 * @param recitsVersion the product's version
 */
public record ReportRecord(List<String> labs, String period, List<String> options, List<StoredFile> inputs,
        SortedMap<String, String> outputs, SortedMap<String, String> plugins, String recitsVersion) {

    /**
     * Copies every collection.
     *
     * @param labs          the labs it read, by name
     * @param period        the period reported
     * @param options       the report's options that shape its outputs
     * @param inputs        the stored files it read
     * @param outputs       the files written, with their SHA-256
     * @param plugins       the plugins that took part, with their versions
     * @param recitsVersion the product's version
     */
    public ReportRecord {
        labs = List.copyOf(labs);
        options = List.copyOf(options);
        inputs = List.copyOf(inputs);
        outputs = sorted(outputs);
        plugins = sorted(plugins);
    }

    private static SortedMap<String, String> sorted(Map<String, String> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
