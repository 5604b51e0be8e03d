package org.recits.ingest.activity.internal;

import java.util.Arrays;
import java.util.List;

import org.recits.api.model.Coded;

/**
 * A column of docs/format.md: its name (already normalised, as the contract writes it), whether it is required,
 * what it holds, an example value (as a lab would type it in a CSV file), and the obvious synonyms a lab may
 * write instead (normalised too). The reader, the kit of {@code recits init} and the contract's tables all
 * come from these declarations.
 */
record Column(String name, boolean required, Type type, String example, List<String> synonyms) {

    /** What a column holds, and for a vocabulary what happens to a value outside it. */
    enum Form {
        /** An identifier, kept as written. */
        ID,
        /** Free text. */
        TEXT,
        /** A date, day before month. */
        DATE,
        /** A number of days, decimals allowed. */
        DAYS,
        /** An amount in euros. */
        AMOUNT,
        /** oui/non; anything unreadable counts as no. */
        YES_NO,
        /** Several ids or words in one cell. */
        LIST,
        /** A closed vocabulary: an unknown value rejects the row. */
        CLOSED,
        /** An indicative vocabulary: an unusual value is kept as written, with a warning. */
        INDICATIVE,
        /** An optional vocabulary: an unknown value is left empty, with a warning. */
        OPTIONAL
    }

    /** A form and, for a vocabulary, its values in their canonical spelling. */
    record Type(Form form, List<String> values) {
        static final Type ID = new Type(Form.ID, List.of());
        static final Type TEXT = new Type(Form.TEXT, List.of());
        static final Type DATE = new Type(Form.DATE, List.of());
        static final Type DAYS = new Type(Form.DAYS, List.of());
        static final Type AMOUNT = new Type(Form.AMOUNT, List.of());
        static final Type YES_NO = new Type(Form.YES_NO, List.of());
        static final Type LIST = new Type(Form.LIST, List.of());

        static <E extends Enum<E> & Coded> Type closed(Class<E> codes) {
            return new Type(Form.CLOSED, Arrays.stream(codes.getEnumConstants()).map(Coded::code).toList());
        }

        static Type closed(List<String> values) {
            return new Type(Form.CLOSED, values);
        }

        static Type indicative(List<String> values) {
            return new Type(Form.INDICATIVE, values);
        }

        static <E extends Enum<E> & Coded> Type optional(Class<E> codes) {
            return new Type(Form.OPTIONAL, Arrays.stream(codes.getEnumConstants()).map(Coded::code).toList());
        }

        /** Whether the kit offers a drop-down list of the values. */
        boolean vocabulary() {
            return !values.isEmpty();
        }
    }

    static Column req(String name, Type type, String example, String... synonyms) {
        return new Column(name, true, type, example, List.of(synonyms));
    }

    static Column opt(String name, Type type, String example, String... synonyms) {
        return new Column(name, false, type, example, List.of(synonyms));
    }
}
