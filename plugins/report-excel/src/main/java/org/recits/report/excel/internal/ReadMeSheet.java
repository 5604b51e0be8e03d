package org.recits.report.excel.internal;

import java.text.NumberFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.recits.api.data.SourceFile;
import org.recits.api.report.Report;

/**
 * The {@code Lisez-moi} sheet: what the workbook is, its period and scopes, how to read its colours, masks,
 * n/d, formats, formulas and names, how many records rows it holds and how they are split, the counts of
 * rows read, kept and rejected, the data licence, and the list of sheets. Written last, when the records
 * are counted.
 */
final class ReadMeSheet {

    private ReadMeSheet() {
    }

    static void write(Rows r, Report report, Texts tx, Styles st, long dataRows, int dataSheets, int maxRowsPerSheet) {
        r.sheet().setColumnWidth(0, 28 * 256);
        r.sheet().setColumnWidth(1, 100 * 256);
        String label = report.period().label(tx.locale());
        int n = report.suppressionThreshold();
        r.row().text(0, tx.t("Récits — rapport d’impact ", "Récits — impact report ") + label, st.title);
        r.skip();
        line(r, st, tx.t("Objet", "Purpose"), tx.t(
                "Ce classeur présente aux financeurs les indicateurs d’impact du programme pour la période, "
                        + "par collectivité et pour l’ensemble du programme, avec leur tendance, leurs définitions, "
                        + "la qualité des données et leur provenance.",
                "This workbook gives funders the programme's impact indicators for the period, per collectivité "
                        + "and for the whole programme, with their trend, definitions, data quality and provenance."));
        line(r, st, tx.t("Période", "Period"), label);
        r.row().text(0, tx.t("Début", "Start"), st.bold);
        r.date(1, report.period().start());
        r.row().text(0, tx.t("Fin", "End"), st.bold);
        r.date(1, report.period().end());
        line(r, st, tx.t("Périodes de tendance", "Trend periods"), report.previousPeriods().stream()
                .map(p -> p.label(tx.locale())).collect(Collectors.joining(", ")));
        line(r, st, tx.t("Périmètres", "Scopes"), report.scopes().stream()
                .map(s -> s.isProgramme() ? tx.scope(s) + tx.t(" (ensemble)", " (all)")
                        : report.data().collectivite(s.collectivite()).map(c -> s.id() + " (" + tx.name(c, report.period()) + ")")
                                .orElse(s.id()))
                .collect(Collectors.joining(" ; ")));
        r.row().text(0, tx.t("Date de génération", "Generated on"), st.bold);
        r.date(1, report.generatedOn());
        line(r, st, tx.t("Couleurs", "Colours"), tx.t(
                "Colonne Statut : vert = dans la cible ; orange = proche de la cible ; rouge = hors cible ; "
                        + "« sans cible » = suivi en tendance seulement. Le mot est toujours écrit dans la cellule, "
                        + "pour les impressions en noir et blanc et les lecteurs daltoniens.",
                "Status column: green = on target; orange = close to target; red = off target; "
                        + "\"no target\" = followed as a trend only. The word is always written in the cell, "
                        + "for black-and-white prints and colour-blind readers."));
        r.row().text(0, tx.t("Seuil de masquage", "Suppression threshold"), st.bold);
        r.number(1, n, st.integer);
        line(r, st, tx.t("Petits effectifs", "Small numbers"), tx.t(
                "Toute valeur bâtie sur moins de " + n + " personnes (participants ou répondants) est masquée : "
                        + "la cellule indique « " + tx.suppressed(n) + " » et ni la valeur, ni le numérateur, "
                        + "ni le dénominateur, ni l’effectif, ni l’intervalle, ni le statut ne sont donnés.",
                "Any value built on fewer than " + n + " people (participants or respondents) is suppressed: "
                        + "the cell says \"" + tx.suppressed(n) + "\" and neither the value, numerator, "
                        + "denominator, population, interval nor status is given."));
        line(r, st, tx.notAvailable(), tx.t(
                "« n/d » : la valeur ne peut pas être calculée (pas de données, dénominateur nul) ; la raison "
                        + "est dans la colonne « Note / raison ». Une donnée manquante n’est jamais remplacée par 0.",
                "\"n/a\": the value cannot be computed (no data, zero denominator); the reason is in the "
                        + "\"Note / reason\" column. Missing data is never replaced by 0."));
        line(r, st, tx.t("Formats", "Formats"), tx.t(
                "Nombres, pourcentages et dates sont des valeurs (triables, utilisables dans des formules) ; "
                        + "les pourcentages sont des fractions affichées en % ; les dates sont au format jj/mm/aaaa.",
                "Numbers, percentages and dates are values (sortable, usable in formulas); percentages are "
                        + "fractions shown as %; dates are written yyyy-mm-dd."));
        line(r, st, tx.summary(), tx.t(
                "Les valeurs de la synthèse sont des formules qui renvoient aux cellules de la feuille « "
                        + tx.indicators() + " ». Chaque indicateur a un nom défini (son code, par exemple "
                        + "PART_ATTENDANCE_RATE) qui désigne ses cellules de la colonne Valeur, toutes périodes et "
                        + "tous périmètres. Les graphiques lisent la synthèse ; une valeur masquée ou n/d n’y "
                        + "apparaît pas.",
                "Summary values are formulas that refer to cells of the \"" + tx.indicators() + "\" sheet. Each "
                        + "indicator has a defined name (its code, e.g. PART_ATTENDANCE_RATE) for its cells of the "
                        + "Value column, all periods and scopes. Charts read the summary; a suppressed or n/a value "
                        + "is not drawn."));
        String limit = NumberFormat.getIntegerInstance(tx.locale()).format(maxRowsPerSheet);
        String rows = NumberFormat.getIntegerInstance(tx.locale()).format(dataRows);
        String split = dataSheets <= 1 ? "" : tx.t(
                " Elles sont réparties sur " + dataSheets + " feuilles (« " + tx.data(1) + " », « " + tx.data(2)
                        + " »…) car une feuille ne peut dépasser " + limit + " lignes.",
                " They are split across " + dataSheets + " sheets (\"" + tx.data(1) + "\", \"" + tx.data(2)
                        + "\"…) because a sheet cannot hold more than " + limit + " rows.");
        line(r, st, tx.data(1), tx.t(
                rows + " lignes : les enregistrements anonymisés derrière les chiffres, au format long (une ligne par "
                        + "enregistrement et par champ), prêtes pour un tableau croisé dynamique.",
                rows + " rows: the anonymised records behind the figures, in long format (one row per record and "
                        + "field), ready for a pivot table.") + split);
        // Rows, answers and findings are different things, each counted and named apart (as `recits check` does).
        List<SourceFile> sources = report.data().sources();
        long rejected = report.data().rejectedCount();
        count(r, st, tx.t("Lignes lues", "Rows read"), sources.stream().mapToLong(SourceFile::rowsRead).sum());
        count(r, st, tx.t("Lignes retenues", "Rows kept"), sources.stream().mapToLong(SourceFile::rowsKept).sum());
        count(r, st, tx.t("Lignes rejetées", "Rows rejected"), sources.stream().mapToLong(SourceFile::rowsRejected).sum());
        count(r, st, tx.t("Réponses rejetées (dans des lignes retenues)", "Answers rejected (in kept rows)"),
                sources.stream().mapToLong(SourceFile::answersRejected).sum());
        count(r, st, tx.t("Constats de rejet", "Rejection findings"), rejected);
        count(r, st, tx.t("Avertissements", "Warnings"), report.data().findings().size() - rejected);
        line(r, st, tx.t("Licence des données", "Data licence"), tx.t(
                "Les données appartiennent au labo et aux collectivités participantes ; elles sont transmises au "
                        + "financeur pour le suivi du programme et ne peuvent être rediffusées sans leur accord. "
                        + "Les participants n’apparaissent que sous un identifiant pseudonyme ; verbatims et textes "
                        + "libres ne figurent pas dans ce classeur.",
                "The data belong to the lab and the participating collectivités; they are given to the funder to "
                        + "follow the programme and may not be passed on without their agreement. Participants appear "
                        + "under pseudonymous ids only; quotes and free texts are not in this workbook."));
        r.skip();
        r.row().text(0, tx.t("Feuilles", "Sheets"), st.title);
        line(r, st, tx.summary(), tx.t("valeurs clés par collectivité et graphiques",
                "key values per collectivité, and charts"));
        line(r, st, tx.indicators(), tx.t("une ligne par indicateur, périmètre et période",
                "one row per indicator, scope and period"));
        line(r, st, tx.trends(), tx.t("une ligne par indicateur et périmètre, une colonne par période",
                "one row per indicator and scope, one column per period"));
        line(r, st, tx.definitions(), tx.t("ce que mesure chaque indicateur et comment il est calculé",
                "what each indicator measures and how it is computed"));
        line(r, st, tx.quality(), tx.t("chaque rejet (ligne, réponse ou fichier) ou avertissement dans les fichiers",
                "every rejection (row, answer or file) or warning in the files"));
        line(r, st, tx.provenance(), tx.t("fichiers lus (empreinte SHA-256, lignes) et extensions utilisées",
                "files read (SHA-256, rows) and plugins used"));
        line(r, st, tx.data(1), tx.t("enregistrements anonymisés, format long", "anonymised records, long format"));
    }

    private static void count(Rows r, Styles st, String key, long value) {
        r.row().text(0, key, st.bold);
        r.number(1, value, st.integer);
    }

    private static void line(Rows r, Styles st, String key, String value) {
        r.row().text(0, key, st.bold);
        r.text(1, value, st.wrap);
    }
}
