package org.recits.api.model;

import java.util.Optional;

/** A vocabulary value as written in the files of FORMAT.md (lower case, no accents). */
public interface Coded {

    /** The value as written in the files, e.g. {@code en-cours}. */
    String code();

    /** Finds the constant whose code is {@code code} (already normalised by the reader). */
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
