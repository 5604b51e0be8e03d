package org.recits.api.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A practical case ("cas pratique") worked on by the group (cas.csv).
 *
 * @param collectivite   the collectivité's id
 * @param id             the case's id
 * @param titre          title
 * @param thematique     theme; may be null
 * @param servicePorteur the service that brought the case; may be null
 * @param methodes       methods used (open vocabulary)
 * @param dateDebut      start; may be null
 * @param dateFin        end; may be null
 * @param statut         status; null when the file leaves it empty
 * @param pertinence     selection grid; may be null
 * @param faisabilite    selection grid; may be null
 * @param coherence      selection grid; may be null
 * @param attributes     extra columns, kept as read
 * @param source         where the row was read
 */
public record PracticalCase(String collectivite, String id, String titre, String thematique, String servicePorteur,
        List<String> methodes, LocalDate dateDebut, LocalDate dateFin, CaseStatus statut, Signal pertinence,
        Signal faisabilite, Signal coherence, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite, id and titre are present; copies methodes and the attributes and makes a missing
     * source {@link SourceRef#NONE}.
     *
     * @param collectivite   the collectivité's id
     * @param id             the case's id
     * @param titre          title
     * @param thematique     theme; may be null
     * @param servicePorteur the service that brought the case; may be null
     * @param methodes       methods used (open vocabulary)
     * @param dateDebut      start; may be null
     * @param dateFin        end; may be null
     * @param statut         status; null when the file leaves it empty
     * @param pertinence     selection grid; may be null
     * @param faisabilite    selection grid; may be null
     * @param coherence      selection grid; may be null
     * @param attributes     extra columns, kept as read
     * @param source         where the row was read
     */
    public PracticalCase {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(titre, "titre");
        methodes = Copies.list(methodes);
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * Whether the case counts up to {@code end}: status empty, retenu, en-cours or termine, started by end.
     *
     * @param end the last day of the report's period
     * @return true when this case counts for a period ending on {@code end}
     */
    public boolean isCountedUpTo(LocalDate end) {
        boolean status = statut == null || statut == CaseStatus.RETENU || statut == CaseStatus.EN_COURS
                || statut == CaseStatus.TERMINE;
        return status && (dateDebut == null || !dateDebut.isAfter(end));
    }
}
