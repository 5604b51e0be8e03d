package org.recits.api.model;

import java.util.Map;
import java.util.Objects;

/**
 * One participant's attendance at one session (presences.csv).
 *
 * @param collectivite  the collectivité's id
 * @param session       the session's id
 * @param participant   the participant's id
 * @param joursPresents days present; null means the whole session
 * @param attributes    extra columns, kept as read
 * @param source        where the row was read
 */
public record Attendance(String collectivite, String session, String participant, Double joursPresents,
        Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite, session and participant are present; copies the attributes and makes a missing
     * source {@link SourceRef#NONE}.
     *
     * @param collectivite  the collectivité's id
     * @param session       the session's id
     * @param participant   the participant's id
     * @param joursPresents days present; null means the whole session
     * @param attributes    extra columns, kept as read
     * @param source        where the row was read
     */
    public Attendance {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(participant, "participant");
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * The days present: {@code jours_presents}, or the session's length when empty, capped at it.
     *
     * @param of the session this row is an attendance at
     * @return the days this participant was present, at most {@code of.jours()}
     */
    public double presentDays(Session of) {
        double days = joursPresents == null ? of.jours() : joursPresents;
        return Math.min(days, of.jours());
    }
}
