package org.recits.tools.generator.internal;

import java.time.LocalDate;
import java.util.List;

/** The in-memory shape of one collectivité, held only while it is written. */
public final class Model {

    private Model() {
    }

    public record Participant(String id, String role, String direction, String categorie, LocalDate entree,
            LocalDate sortie, double propensity) {

        /** FORMAT/INDICATORS: active on d when entered on or before d and not left on or before d. */
        public boolean activeOn(LocalDate d) {
            return (entree == null || !entree.isAfter(d)) && (sortie == null || sortie.isAfter(d));
        }
    }

    /**
     * @param rank 1-based rank among counted sessions, 0 for events that are not counted
     */
    public record Session(String id, LocalDate date, double jours, String type, String lieu, List<String> cas,
            boolean labo, int rank) {

        public boolean counted() {
            return rank > 0;
        }
    }

    public record Case(String id, String titre, String thematique, String service, List<String> methodes,
            LocalDate debut, LocalDate fin, String statut, String pertinence, String faisabilite,
            String coherence) {
    }

    public record Collectivite(int index, Catalogue.Template template, String id, String nom, LocalDate debut,
            LocalDate fin, List<Participant> participants, List<Session> sessions, List<Case> cases) {

        public List<Participant> ambassadors() {
            return participants.stream().filter(p -> p.role().equals("ambassadeur")).toList();
        }

        public List<Session> counted() {
            return sessions.stream().filter(Session::counted).toList();
        }
    }
}
