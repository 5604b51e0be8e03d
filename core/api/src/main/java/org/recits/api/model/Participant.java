package org.recits.api.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * A person in the programme, under a pseudonymous id (participants.csv).
 *
 * @param collectivite the collectivité's id
 * @param id           pseudonymous id, never a name
 * @param role         the role
 * @param direction    the department the agent works in; may be null
 * @param categorie    A, B, C or contractuel; may be null
 * @param dateEntree   first day in the group; null when there from the start
 * @param dateSortie   day the person left; null while still in the group
 * @param attributes   extra columns, kept as read
 * @param source       where the row was read
 */
public record Participant(String collectivite, String id, Role role, String direction, String categorie,
        LocalDate dateEntree, LocalDate dateSortie, Map<String, String> attributes, SourceRef source) {

    /**
     * Checks collectivite, id and role are present; copies the attributes and makes a missing source
     * {@link SourceRef#NONE}.
     *
     * @param collectivite the collectivité's id
     * @param id           pseudonymous id, never a name
     * @param role         the role
     * @param direction    the department the agent works in; may be null
     * @param categorie    A, B, C or contractuel; may be null
     * @param dateEntree   first day in the group; null when there from the start
     * @param dateSortie   day the person left; null while still in the group
     * @param attributes   extra columns, kept as read
     * @param source       where the row was read
     */
    public Participant {
        Objects.requireNonNull(collectivite, "collectivite");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        attributes = Copies.attributes(attributes);
        source = source == null ? SourceRef.NONE : source;
    }

    /**
     * Whether this person is in the group on {@code day}: entered on or before it, and not left by it.
     *
     * @param day the date to test
     * @return true when {@code date_entree} is empty or not after {@code day}, and {@code date_sortie} empty or
     *         after it
     */
    public boolean isPresentOn(LocalDate day) {
        return (dateEntree == null || !dateEntree.isAfter(day)) && (dateSortie == null || dateSortie.isAfter(day));
    }

    /**
     * Whether the participant is an active ambassador on {@code d}.
     *
     * @param day the date d
     * @return true for an ambassadeur in the group on {@code day}
     */
    public boolean isActiveAmbassadorOn(LocalDate day) {
        return role == Role.AMBASSADEUR && isPresentOn(day);
    }
}
