package org.recits.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A session or another event of the programme (sessions.csv).
 *
 * @param collectivite the collectivité's id
 * @param id           the session's id, unique within the collectivité
 * @param dateDebut    first day
 * @param jours        length in days, may be fractional, never negative
 * @param type         kind of event; an empty type in the file means {@link SessionType#SESSION}
 * @param lieu         place; may be null
 * @param cas          ids of the practical cases worked on
 * @param travailLabo  whether the session was spent prefiguring the future lab
 * @param attributes   extra columns, kept as read
 * @param source       where the row was read
 */
public record Session(String collectivite, String id, LocalDate dateDebut, double jours, SessionType type,
        String lieu, List<String> cas, boolean travailLabo, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite, id and dateDebut are present; a missing type means {@link SessionType#SESSION}
     * (as docs/format.md says); copies cas and the attributes and makes a missing source {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param id           the session's id, unique within the collectivité
     * @param dateDebut    first day
     * @param jours        length in days, may be fractional, never negative
     * @param type         kind of event; an empty type in the file means {@link SessionType#SESSION}
     * @param lieu         place; may be null
     * @param cas          ids of the practical cases worked on
     * @param travailLabo  whether the session was spent prefiguring the future lab
     * @param attributes   extra columns, kept as read
     * @param source       where the row was read
     */
    public Session {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dateDebut, "dateDebut");
        type = type == null ? SessionType.SESSION : type;
        cas = Copies.list(cas);
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * Whether the session counts: a session or an immersion, not an event.
     *
     * @return true when this row counts as intervention days
     */
    public boolean isCounted() {
        return type == SessionType.SESSION || type == SessionType.IMMERSION;
    }
}
