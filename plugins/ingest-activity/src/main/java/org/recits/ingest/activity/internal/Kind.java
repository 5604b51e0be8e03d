package org.recits.ingest.activity.internal;

import static org.recits.ingest.activity.internal.Column.Type.AMOUNT;
import static org.recits.ingest.activity.internal.Column.Type.DATE;
import static org.recits.ingest.activity.internal.Column.Type.DAYS;
import static org.recits.ingest.activity.internal.Column.Type.ID;
import static org.recits.ingest.activity.internal.Column.Type.LIST;
import static org.recits.ingest.activity.internal.Column.Type.TEXT;
import static org.recits.ingest.activity.internal.Column.Type.YES_NO;
import static org.recits.ingest.activity.internal.Column.opt;
import static org.recits.ingest.activity.internal.Column.req;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.recits.api.model.CaseStatus;
import org.recits.api.model.FundingType;
import org.recits.api.model.Measure;
import org.recits.api.model.Role;
import org.recits.api.model.SessionType;
import org.recits.api.model.Signal;
import org.recits.ingest.activity.internal.Column.Type;
import org.recits.tabular.Values;

/**
 * The activity tables of docs/format.md and their columns: the one declaration the reader binds headers with,
 * and the kit ({@code recits init}) and the contract's column tables are written from. Examples form one
 * consistent fictitious collectivité, {@code exemple}, whose rows pass {@code recits check} without a finding.
 */
enum Kind {
    COLLECTIVITES("collectivites", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite", "id"),
            req("nom", TEXT, "Commune d’exemple", "nom_collectivite", "libelle"),
            opt("type", Type.indicative(Vocab.COLLECTIVITE_TYPES), "commune", "type_collectivite"),
            opt("programme", Type.indicative(Vocab.PROGRAMMES), "transfo"),
            opt("date_debut", DATE, "15/01/2020", "debut", "date_de_debut"),
            opt("date_fin", DATE, "31/12/2021", "fin", "date_de_fin"))),
    PARTICIPANTS("participants", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("participant", ID, "P001", "id_participant", "identifiant"),
            req("role", Type.closed(Role.class), "ambassadeur", "fonction_programme"),
            opt("direction", TEXT, "DRH", "service"),
            opt("categorie", Type.indicative(Vocab.CATEGORIES), "B"),
            opt("date_entree", DATE, "15/01/2020", "entree", "date_d_entree"),
            opt("date_sortie", DATE, "30/06/2021", "sortie", "date_de_sortie"))),
    SESSIONS("sessions", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("session", ID, "S01", "id_session"),
            req("date_debut", DATE, "13/02/2020", "date", "debut", "date_de_debut"),
            req("jours", DAYS, "2,5", "nb_jours", "nombre_jours", "nombre_de_jours", "duree", "duree_jours"),
            opt("type", Type.closed(SessionType.class), "session", "type_session"),
            opt("lieu", TEXT, "Mairie annexe"),
            opt("cas", LIST, "C01", "cas_pratiques"),
            opt("travail_labo", YES_NO, "non", "travail_du_labo"))),
    PRESENCES("presences", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("session", ID, "S01", "id_session"),
            req("participant", ID, "P001", "id_participant"),
            opt("jours_presents", DAYS, "1,5", "jours_present", "jours_de_presence"))),
    CAS("cas", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("cas", ID, "C01", "id_cas"),
            req("titre", TEXT, "Accueil des nouveaux habitants", "intitule"),
            opt("thematique", TEXT, "accueil", "theme"),
            opt("service_porteur", TEXT, "État civil"),
            opt("methodes", LIST, "immersion|reportage-photo", "methode"),
            opt("date_debut", DATE, "14/03/2020", "debut", "date_de_debut"),
            opt("date_fin", DATE, "30/09/2020", "fin", "date_de_fin"),
            opt("statut", Type.closed(CaseStatus.class), "en-cours"),
            opt("pertinence", Type.optional(Signal.class), "vert"),
            opt("faisabilite", Type.optional(Signal.class), "orange"),
            opt("coherence", Type.optional(Signal.class), "vert"))),
    FINANCEMENTS("financements", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("financeur", TEXT, "Fondation de France"),
            req("type", Type.closed(FundingType.class), "fondation", "type_financeur"),
            req("montant_eur", AMOUNT, "12 500,00 €", "montant", "montant_€", "montant_(€)", "montant_(eur)",
                    "montant_en_euros"),
            opt("date", DATE, "15/01/2020"),
            opt("objet", TEXT, "Formation des ambassadeurs"))),
    VERBATIMS("verbatims", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("texte", TEXT, "On ose enfin tester avant de décider.", "verbatim", "citation"),
            opt("date", DATE, "13/02/2020"),
            opt("session", ID, "S01", "id_session"),
            opt("cas", ID, "C01", "id_cas"),
            opt("role", TEXT, "elu"),
            opt("valeur", Type.optional(Measure.class), "qualite"),
            opt("consentement", YES_NO, "oui"))),
    METEO("meteo", List.of(
            req("collectivite", ID, "exemple", "id_collectivite", "code_collectivite"),
            req("session", ID, "S01", "id_session"),
            req("meteo", Type.closed(Vocab.METEO), "eclaircie", "meteo_du_groupe"),
            opt("participant", ID, "P001", "id_participant"),
            opt("commentaire", TEXT, "groupe motivé", "commentaires")));

    private static final Map<String, Kind> BY_NAME = java.util.Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(k -> k.table, Function.identity()));

    /** The table's name as docs/format.md writes the file without extension. */
    final String table;
    final List<Column> columns;

    Kind(String table, List<Column> columns) {
        this.table = table;
        this.columns = columns;
    }

    /** The column where people's own words are written (a quote, a comment), or null when the table has none. */
    String personalText() {
        return switch (this) {
            case VERBATIMS -> "texte";
            case METEO -> "commentaire";
            default -> null;
        };
    }

    /** The kind a file base name or a sheet name designates, case- and accent-insensitively. */
    static Optional<Kind> of(String baseName) {
        return Optional.ofNullable(BY_NAME.get(Values.normalizeHeader(baseName)));
    }
}
