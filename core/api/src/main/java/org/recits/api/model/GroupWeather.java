package org.recits.api.model;

import java.util.Map;
import java.util.Objects;

/**
 * The group's mood at a session (meteo.csv), on 1 (orage) to 5 (soleil).
 *
 * @param collectivite the collectivité's id
 * @param session      the session's id
 * @param score        1 to 5
 * @param participant  who gave it; may be null
 * @param commentaire  comment; may be null
 * @param attributes   extra columns, kept as read
 * @param source       where the row was read
 */
public record GroupWeather(String collectivite, String session, int score, String participant, String commentaire,
        Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite and session are present and the score is on 1 to 5; copies the attributes and makes a
     * missing source {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param session      the session's id
     * @param score        1 to 5
     * @param participant  who gave it; may be null
     * @param commentaire  comment; may be null
     * @param attributes   extra columns, kept as read
     * @param source       where the row was read
     * @throws IllegalArgumentException when {@code score} is outside 1 to 5
     */
    public GroupWeather {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(session, "session");
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("weather score must be 1 to 5: " + score);
        }
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }
}
