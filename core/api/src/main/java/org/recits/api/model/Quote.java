package org.recits.api.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A verbatim (verbatims.csv). Only quotes with {@code consent} may be published.
 *
 * @param collectivite the collectivité's id
 * @param texte        the words
 * @param date         when; may be null
 * @param session      session id; may be null
 * @param cas          case id; may be null
 * @param role         the speaker's role as written (open: usager, agent, élu…); may be null
 * @param valeur       the value it speaks to; may be null
 * @param consent      whether the speaker agreed to publication
 * @param attributes   extra columns, kept as read
 * @param source       where the row was read
 */
public record Quote(String collectivite, String texte, LocalDate date, String session, String cas, String role,
        Measure valeur, boolean consent, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite and texte are present; copies the attributes and makes a missing source
     * {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param texte        the words
     * @param date         when; may be null
     * @param session      session id; may be null
     * @param cas          case id; may be null
     * @param role         the speaker's role as written (open: usager, agent, élu…); may be null
     * @param valeur       the value it speaks to; may be null
     * @param consent      whether the speaker agreed to publication
     * @param attributes   extra columns, kept as read
     * @param source       where the row was read
     */
    public Quote {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(texte, "texte");
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }
}
