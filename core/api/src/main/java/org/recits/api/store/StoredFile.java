package org.recits.api.store;

import java.util.Objects;

/**
 * A file the store holds for a lab.
 *
 * @param lab    the lab
 * @param name   its name relative to the lab's data folder
 * @param sha256 the SHA-256 of its bytes, in lower-case hexadecimal
 * @param size   its size in bytes; -1 where a history record does not say
 */
public record StoredFile(String lab, String name, String sha256, long size) {

    /**
     * Requires lab, name and hash.
     *
     * @param lab    the lab
     * @param name   its name relative to the lab's data folder
     * @param sha256 the SHA-256 of its bytes, in lower-case hexadecimal
     * @param size   its size in bytes; -1 where a history record does not say
     */
    public StoredFile {
        Objects.requireNonNull(lab, "lab");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
    }
}
