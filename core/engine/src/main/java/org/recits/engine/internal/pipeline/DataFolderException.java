package org.recits.engine.internal.pipeline;

/**
 * The data folder cannot be used as given (missing, or a {@code --source} choice that names nothing
 * there): a usage error, with a message in the user's language.
 */
public final class DataFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFolderException(String message) {
        super(message);
    }
}
