package org.recits.ingest.activity.internal;

import org.recits.api.model.LocalizedText;

/** A row that cannot be used: thrown by the row mappers, turned into a rejected finding. No stack trace: it is control flow. */
final class Reject extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final String column;
    final String value;
    final transient LocalizedText reason;

    Reject(String column, String value, LocalizedText reason) {
        super(reason.fr(), null, false, false);
        this.column = column;
        this.value = value;
        this.reason = reason;
    }
}
