package org.recits.api.store;

import org.recits.api.model.LocalizedText;

/** The store refused or could not be reached; the message says why and what to do, in both languages. */
public class StoreException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why, in French and English. */
    private final transient LocalizedText why;

    /**
     * A refusal with its reason.
     *
     * @param why   why, and what to do, in both languages
     * @param cause the database's own error, or null
     */
    public StoreException(LocalizedText why, Throwable cause) {
        super(why.fr(), cause);
        this.why = why;
    }

    /**
     * Why, in both languages.
     *
     * @return the reason
     */
    public LocalizedText why() {
        return why;
    }
}
