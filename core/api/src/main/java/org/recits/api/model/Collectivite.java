package org.recits.api.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A local government taking part in the programme (collectivites.csv).
 *
 * @param id         short id such as {@code mulhouse}
 * @param nom        display name
 * @param type       commune, epci, metropole, departement, region, etablissement or autre; may be null
 * @param programme  transfo, post-transfo or autre; may be null
 * @param dateDebut  programme start for this collectivité; may be null
 * @param dateFin    programme end for this collectivité; may be null
 * @param attributes extra columns, kept as read
 * @param source     where the row was read
 */
public record Collectivite(String id, String nom, String type, String programme, LocalDate dateDebut,
        LocalDate dateFin, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks id and nom are present; copies the attributes and makes a missing source {@link SourceRef#NONE}.
     *
     * @param id         short id such as {@code mulhouse}
     * @param nom        display name
     * @param type       commune, epci, metropole, departement, region, etablissement or autre; may be null
     * @param programme  transfo, post-transfo or autre; may be null
     * @param dateDebut  programme start for this collectivité; may be null
     * @param dateFin    programme end for this collectivité; may be null
     * @param attributes extra columns, kept as read
     * @param source     where the row was read
     */
    public Collectivite {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(nom, "nom");
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * Whether the programme ran for this collectivité at some time in {@code period}: it had started by
     * the period's end and had not ended before its start. An unknown date does not rule a period out.
     *
     * @param period the report's period
     * @return false when {@code dateFin} is before the period's start or {@code dateDebut} after its end
     */
    public boolean runsDuring(Period period) {
        return (dateFin == null || !dateFin.isBefore(period.start()))
                && (dateDebut == null || !dateDebut.isAfter(period.end()));
    }
}
