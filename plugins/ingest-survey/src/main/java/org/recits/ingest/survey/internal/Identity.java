package org.recits.ingest.survey.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.recits.api.data.Finding;
import org.recits.api.model.Role;
import org.recits.api.model.Wave;

/**
 * What identifies an export's respondents, resolved once for the whole file: the columns the mapping names
 * (null when it names none) and its constants ({@code *} rows), shared by the wide and the long readers.
 */
record Identity(Layout.Column collectivite, Layout.Column repondant, Layout.Column date,
        Layout.Column vague, Layout.Column role, String constCollectivite, LocalDate constDate, Wave constWave,
        String constRole) {

    /**
     * @param mapping  the mapping, whose constants are read here
     * @param fields   the columns found for the mapping's identifying rows (none in a long export)
     * @param findings where a constant the report cannot use is said
     */
    static Identity of(Mapping mapping, Map<Field, Layout.Column> fields, Consumer<Finding> findings) {
        String coll = mapping.constant(Field.COLLECTIVITE).map(c -> Identifying.collectivite(c.value())).orElse(null);
        LocalDate date = null;
        Optional<Mapping.Constant> d = mapping.constant(Field.DATE);
        if (d.isPresent()) {
            try {
                date = ParsedDate.parse(d.get().value(), false).orElse(null);
            } catch (IllegalArgumentException ex) {
                findings.accept(Finding.warning(mapping.file(), d.get().line(), "libelles", d.get().value(),
                        Messages.badConstant("date", d.get().value())));
            }
        }
        Wave wave = null;
        Optional<Mapping.Constant> w = mapping.constant(Field.VAGUE);
        if (w.isPresent()) {
            wave = Identifying.wave(w.get().value()).orElse(null);
            if (wave == null) {
                findings.accept(Finding.warning(mapping.file(), w.get().line(), "libelles", w.get().value(),
                        Messages.badConstant("vague", w.get().value())));
            }
        }
        String role = null;
        Optional<Mapping.Constant> r = mapping.constant(Field.ROLE);
        if (r.isPresent()) {
            Optional<Role> known = Identifying.role(r.get().value());
            role = known.map(Role::code).orElse(Text.clean(r.get().value()));
            if (known.isEmpty()) {
                findings.accept(Finding.warning(mapping.file(), r.get().line(), "libelles", r.get().value(),
                        Messages.rowUnknownRole(r.get().value())));
            }
        }
        return new Identity(fields.get(Field.COLLECTIVITE), fields.get(Field.REPONDANT), fields.get(Field.DATE),
                fields.get(Field.VAGUE), fields.get(Field.ROLE), coll, date, wave, role);
    }

    /** A respondent or role cell cleaned, null when nothing is left. */
    static String emptyToNull(String s) {
        String t = Text.clean(s);
        return t.isEmpty() ? null : t;
    }
}
