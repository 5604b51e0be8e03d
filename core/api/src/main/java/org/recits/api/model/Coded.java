package org.recits.api.model;

import java.util.Optional;

/** A vocabulary value as written in the files of docs/format.md (lower case, no accents). */
public interface Coded {

    /**
     * The value as written in the files, e.g. {@code en-cours}.
     *
     * @return the code, lower case without accents
     */
    String code();

    /**
     * Finds the constant whose code is {@code code} (already normalised by the reader).
     *
     * @param <E>  the enum type
     * @param type the enum's class
     * @param code the normalised code from the file, or null
     * @return the matching constant; empty for null or an unknown code, so the reader can report the row
     */
    static <E extends Enum<E> & Coded> Optional<E> find(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
