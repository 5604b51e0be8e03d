package org.recits.web.internal;

/**
 * An upload or request the page refuses, with the text that says why: a key of the page's texts and its
 * arguments, and the HTTP status to answer with.
 */
final class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;
    final String key;
    final transient Object[] args;

    Refusal(int status, String key, Object... args) {
        super(key, null, false, false);
        this.status = status;
        this.key = key;
        this.args = args;
    }
}
