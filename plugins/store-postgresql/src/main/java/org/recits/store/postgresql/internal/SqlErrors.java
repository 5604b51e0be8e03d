package org.recits.store.postgresql.internal;

import java.sql.SQLException;
import org.recits.api.store.StoreException;

/** A database error as the person at the command line can act on it. */
final class SqlErrors {

    private SqlErrors() {
    }

    /** SQLSTATE classes: 08 connection lost, 57P0x server shut down; 42501 refused privilege or row policy. */
    static StoreException describe(SQLException e, String doing) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
            return Texts.refusal(e, "error.lost", doing, e.getMessage());
        }
        if (state.equals("42501")) {
            return Texts.refusal(e, "error.refused", doing, e.getMessage());
        }
        return Texts.refusal(e, "error.sql", doing, e.getMessage(), state);
    }

    /** The address with any password left out, to be shown. */
    static String withoutPassword(String url) {
        return url == null ? null : url.replaceAll("(password=)[^&]*", "$1***").replaceAll("(//[^:/@]+:)[^@]*@", "$1***@");
    }
}
