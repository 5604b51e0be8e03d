package org.recits.ingest.survey.internal;

import java.util.Locale;
import java.util.Optional;
import org.recits.api.model.Coded;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Role;
import org.recits.api.model.Wave;
import org.recits.tabular.Values;

/**
 * The cells that say who answered (collectivité, wave, role), read through the mapping's libelles for their
 * column; a value neither the libelles nor the vocabulary know comes back with the reason, for a finding.
 * Pure functions of the cell: the parsing threads remember them per column.
 */
final class Identifying {

    /**
     * One identifying cell read.
     *
     * @param value   the value to keep ("" when there is none), as written when it is unknown
     * @param problem why the value is not one the report knows, or null
     */
    record Read(String value, LocalizedText problem) {
        static final Read NONE = new Read("", null);
    }

    private Identifying() {
    }

    /** Collectivité ids are short lower-case ids (such as {@code mulhouse}). */
    static Read collectivite(Mapping.Entry column, String cell) {
        String v = column == null ? Text.clean(cell) : column.recode(cell);
        if (v == null) {
            return new Read(Text.clean(cell), Messages.rowCollectiviteNotInLabels(Text.clean(cell), column.line()));
        }
        return v.isEmpty() ? Read.NONE : new Read(collectivite(v), null);
    }

    static String collectivite(String raw) {
        return Text.clean(raw).toLowerCase(Locale.ROOT);
    }

    /** A role of participants.csv by its code when it is one; else as written, with the reason. */
    static Read role(Mapping.Entry column, String cell) {
        String v = column == null ? Text.clean(cell) : column.recode(cell);
        if (v == null) {
            return new Read("", Messages.rowRoleNotInLabels(Text.clean(cell), column.line()));
        }
        if (v.isEmpty()) {
            return Read.NONE;
        }
        Optional<Role> role = role(v);
        return role.isPresent() ? new Read(role.get().code(), null) : new Read(v, Messages.rowUnknownRole(v));
    }

    static Optional<Role> role(String raw) {
        return Coded.find(Role.class, Values.normalizeHeader(raw).replace('_', '-'));
    }

    /**
     * A wave cell: the wave, or empty with the reason (a value the libelles do not list, or neither avant
     * nor apres once recoded). A label mapped to nothing ({@code Autre=}) gives no wave and no reason.
     */
    static Optional<Wave> wave(Mapping.Entry column, String cell, java.util.function.Consumer<LocalizedText> problem) {
        String v = column == null ? Text.clean(cell) : column.recode(cell);
        if (v == null) {
            problem.accept(Messages.rowWaveNotInLabels(Text.clean(cell), column.line()));
            return Optional.empty();
        }
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Optional<Wave> w = wave(v);
        if (w.isEmpty()) {
            problem.accept(Messages.rowBadWave(v));
        }
        return w;
    }

    static Optional<Wave> wave(String raw) {
        return switch (Text.key(raw)) {
            case "avant", "pre", "before", "t0", "debut" -> Optional.of(Wave.AVANT);
            case "apres", "post", "after", "t1", "fin" -> Optional.of(Wave.APRES);
            default -> Optional.empty();
        };
    }
}
