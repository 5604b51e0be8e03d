package org.recits.api.store;

import java.time.Instant;
import java.util.List;
import org.recits.api.model.LocalizedText;

/**
 * One push or one report, as the history shows it.
 *
 * @param id      its number
 * @param kind    what it was
 * @param at      when, to the second
 * @param who     the database role that made it
 * @param labs    the lab pushed, or the labs a report read
 * @param summary what it did, one line for the whole, in both languages
 * @param details one line per file: for a push each file's name, hash and fate; for a report its options,
 *                inputs, outputs and plugins
 */
public record HistoryEntry(long id, Kind kind, Instant at, String who, List<String> labs, LocalizedText summary,
        List<String> details) {

    /** A push or a report. */
    public enum Kind {
        /** Files loaded for a lab. */
        PUSH,
        /** A report made from the store. */
        REPORT
    }

    /**
     * Copies the lists.
     *
     * @param id      its number
     * @param kind    what it was
     * @param at      when
     * @param who     the database role that made it
     * @param labs    the labs
     * @param summary what it did
     * @param details one line per file
     */
    public HistoryEntry {
        labs = List.copyOf(labs);
        details = List.copyOf(details);
    }
}
