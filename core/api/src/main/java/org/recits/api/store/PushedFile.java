package org.recits.api.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file of a checked data folder, to push.
 *
 * @param name      its name relative to the data folder, with forward slashes
 * @param path      where its bytes are
 * @param sha256    its SHA-256, in lower-case hexadecimal
 * @param reader    the ingestor that read it ({@code activity}); empty when none did
 * @param rowsKept  its rows that became records when it was checked
 * @param rowsRejected its rows the check rejected
 */
public record PushedFile(String name, Path path, String sha256, String reader, long rowsKept, long rowsRejected) {

    /**
     * Requires every field.
     *
     * @param name      its name relative to the data folder, with forward slashes
     * @param path      where its bytes are
     * @param sha256    its SHA-256, in lower-case hexadecimal
     * @param reader    the ingestor that read it; empty when none did
     * @param rowsKept  its rows that became records when it was checked
     * @param rowsRejected its rows the check rejected
     */
    public PushedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(reader, "reader");
    }
}
