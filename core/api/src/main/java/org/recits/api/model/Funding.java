package org.recits.api.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A funding line (financements.csv). Amounts are exact decimals: a funder recomputing a share must
 * find the same figure to the cent.
 *
 * @param collectivite the collectivité's id
 * @param financeur    the funder's name
 * @param type         kind of funder
 * @param montantEur   amount in euros, never negative
 * @param date         date of the commitment; null counts for every period
 * @param objet        purpose; may be null
 * @param attributes   extra columns, kept as read
 * @param source       where the row was read
 */
public record Funding(String collectivite, String financeur, FundingType type, BigDecimal montantEur,
        LocalDate date, String objet, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite, financeur, type and amount are present; copies the attributes and makes a missing
     * source {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param financeur    the funder's name
     * @param type         kind of funder
     * @param montantEur   amount in euros, never negative
     * @param date         date of the commitment; null counts for every period
     * @param objet        purpose; may be null
     * @param attributes   extra columns, kept as read
     * @param source       where the row was read
     */
    public Funding {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(financeur, "financeur");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(montantEur, "montantEur");
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }
}
