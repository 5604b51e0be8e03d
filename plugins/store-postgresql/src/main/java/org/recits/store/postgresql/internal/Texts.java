package org.recits.store.postgresql.internal;

import org.recits.api.model.LocalizedText;
import org.recits.api.store.StoreException;
import org.recits.api.text.Bilingual;

/** The store's texts, in French and English (messages*.properties beside this class). */
final class Texts {

    private static final Bilingual TEXTS = Bilingual.of(Texts.class);

    private Texts() {
    }

    static LocalizedText get(String key, Object... args) {
        return TEXTS.get(key, args);
    }

    static StoreException refusal(Throwable cause, String key, Object... args) {
        return new StoreException(get(key, args), cause);
    }
}
