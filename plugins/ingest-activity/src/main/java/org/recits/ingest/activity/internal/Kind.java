package org.recits.ingest.activity.internal;

import static org.recits.ingest.activity.internal.Column.opt;
import static org.recits.ingest.activity.internal.Column.req;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recits.tabular.Values;

/** The activity tables of docs/format.md and their columns. */
enum Kind {
    COLLECTIVITES("collectivites", List.of(
            req("collectivite", "id_collectivite", "code_collectivite", "id"),
            req("nom", "nom_collectivite", "libelle"),
            opt("type", "type_collectivite"),
            opt("programme"),
            opt("date_debut", "debut", "date_de_debut"),
            opt("date_fin", "fin", "date_de_fin"))),
    PARTICIPANTS("participants", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("participant", "id_participant", "identifiant"),
            req("role", "fonction_programme"),
            opt("direction", "service"),
            opt("categorie"),
            opt("date_entree", "entree", "date_d_entree"),
            opt("date_sortie", "sortie", "date_de_sortie"))),
    SESSIONS("sessions", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("session", "id_session"),
            req("date_debut", "date", "debut", "date_de_debut"),
            req("jours", "nb_jours", "nombre_jours", "nombre_de_jours", "duree", "duree_jours"),
            opt("type", "type_session"),
            opt("lieu"),
            opt("cas", "cas_pratiques"),
            opt("travail_labo", "travail_du_labo"))),
    PRESENCES("presences", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("session", "id_session"),
            req("participant", "id_participant"),
            opt("jours_presents", "jours_present", "jours_de_presence"))),
    CAS("cas", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("cas", "id_cas"),
            req("titre", "intitule"),
            opt("thematique", "theme"),
            opt("service_porteur"),
            opt("methodes", "methode"),
            opt("date_debut", "debut", "date_de_debut"),
            opt("date_fin", "fin", "date_de_fin"),
            opt("statut"),
            opt("pertinence"),
            opt("faisabilite"),
            opt("coherence"))),
    FINANCEMENTS("financements", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("financeur"),
            req("type", "type_financeur"),
            req("montant_eur", "montant", "montant_€", "montant_(€)", "montant_(eur)", "montant_en_euros"),
            opt("date"),
            opt("objet"))),
    VERBATIMS("verbatims", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("texte", "verbatim", "citation"),
            opt("date"),
            opt("session", "id_session"),
            opt("cas", "id_cas"),
            opt("role"),
            opt("valeur"),
            opt("consentement"))),
    METEO("meteo", List.of(
            req("collectivite", "id_collectivite", "code_collectivite"),
            req("session", "id_session"),
            req("meteo", "meteo_du_groupe"),
            opt("participant", "id_participant"),
            opt("commentaire", "commentaires")));

    private static final Map<String, Kind> BY_NAME = java.util.Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(k -> k.table, Function.identity()));

    /** The table's name as docs/format.md writes the file without extension. */
    final String table;
    final List<Column> columns;

    Kind(String table, List<Column> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** The kind a file base name or a sheet name designates, case- and accent-insensitively. */
    static Optional<Kind> of(String baseName) {
        return Optional.ofNullable(BY_NAME.get(Values.normalizeHeader(baseName)));
    }
}
