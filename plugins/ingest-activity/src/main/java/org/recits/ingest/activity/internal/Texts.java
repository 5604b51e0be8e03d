package org.recits.ingest.activity.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.recits.api.model.LocalizedText;

/** Every finding reason of the activity ingestor, French first, in words a labo lead understands. */
final class Texts {
    private static final DateTimeFormatter FR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String date(LocalDate d) {
        return d == null ? "" : FR.format(d);
    }

    static String number(double d) {
        return number(BigDecimal.valueOf(d));
    }

    static String number(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.signum() == 0 ? "0" : s.toPlainString()).replace('.', ',');
    }

    private static String numberEn(double d) {
        return number(d).replace(',', '.');
    }

    static LocalizedText missingColumn(String column, long rows) {
        return LocalizedText.of(
                "colonne obligatoire « " + column + " » absente de l’en-tête : les " + rows
                        + " lignes du fichier sont rejetées",
                "required column \"" + column + "\" missing from the header: the file's " + rows + " rows are rejected");
    }

    static LocalizedText headerNotFound(int rows, List<String> expected, long lines) {
        String list = String.join(", ", expected);
        String fr = lines == 0 ? "" : lines == 1 ? "\u00A0; la ligne du fichier est rejetée"
                : "\u00A0; les " + count(lines, Locale.FRENCH) + "\u00A0lignes du fichier sont rejetées";
        String en = lines == 0 ? "" : lines == 1 ? "; the file's row is rejected"
                : "; the file's " + count(lines, Locale.ENGLISH) + " rows are rejected";
        return LocalizedText.of("en-tête introuvable dans les " + rows + "\u00A0premières lignes\u00A0: colonnes attendues "
                        + list + fr,
                "header not found in the first " + rows + " rows: expected columns " + list + en);
    }

    /**
     * Rows a cross-file check rejects together because the table they refer to gave nothing: one finding for
     * the lot, naming that table's files, instead of one "unknown participant" per row.
     */
    static LocalizedText rejectedWithTable(long rows, boolean participants, List<String> files) {
        String names = String.join(", ", files);
        return LocalizedText.of(count(rows, Locale.FRENCH) + "\u00A0" + (rows > 1 ? "lignes rejetées" : "ligne rejetée")
                        + " d’un coup\u00A0: " + (participants ? "aucun participant n’a pu être lu" : "aucune session n’a pu être lue")
                        + " dans " + names + " (voir ses constats)\u00A0; corrigez d’abord ce fichier",
                count(rows, Locale.ENGLISH) + (rows > 1 ? " rows" : " row") + " rejected at once: no "
                        + (participants ? "participant" : "session") + " could be read from " + names
                        + " (see its findings); fix that file first");
    }

    static LocalizedText collectivitesUnchecked() {
        return LocalizedText.of("aucune collectivité lue dans ce fichier\u00A0: les collectivités des autres fichiers "
                        + "ne sont pas vérifiées",
                "no collectivité read from this file: the collectivités of the other files are not checked");
    }

    /** A count as the language writes it: 2\u202F930 in French, 2,930 in English. */
    private static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    static LocalizedText emptyRequired(String column) {
        return LocalizedText.of("colonne obligatoire « " + column + " » vide", "required column \"" + column + "\" is empty");
    }

    static LocalizedText badDate() {
        return LocalizedText.of("date illisible : attendu 30/01/2020 ou 2020-01-30",
                "unreadable date: expected 30/01/2020 or 2020-01-30");
    }

    static LocalizedText badNumber() {
        return LocalizedText.of("nombre illisible : attendu par exemple 2,5 ou 2.5",
                "unreadable number: expected e.g. 2,5 or 2.5");
    }

    static LocalizedText negativeNumber() {
        return LocalizedText.of("nombre négatif : attendu 0 ou plus", "negative number: expected 0 or more");
    }

    static LocalizedText badAmount() {
        return LocalizedText.of("montant illisible : attendu un nombre d’euros comme 1 234,56",
                "unreadable amount: expected a number of euros such as 1234.56");
    }

    static LocalizedText negativeAmount() {
        return LocalizedText.of("montant négatif : attendu 0 ou plus", "negative amount: expected 0 or more");
    }

    static LocalizedText zeroDays() {
        return LocalizedText.of("durée nulle (0 jour) : la session ne compte pour aucun jour",
                "zero length (0 days): the session counts no day");
    }

    /** An unknown value in a vocabulary the row cannot do without: "rôle inconnu « stagiaire » : attendu …". */
    static LocalizedText unknownValue(String whatFr, String whatEn, String value, List<String> expected) {
        String list = String.join(", ", expected);
        return LocalizedText.of(whatFr + " « " + value + " » : attendu " + list,
                whatEn + " \"" + value + "\": expected " + list);
    }

    static LocalizedText unusualKept(String column, String value, List<String> expected) {
        String list = String.join(", ", expected);
        return LocalizedText.of(
                "valeur inhabituelle « " + value + " » pour " + column + " : attendu " + list + " ; gardée telle quelle",
                "unusual value \"" + value + "\" for " + column + ": expected " + list + "; kept as is");
    }

    static LocalizedText unknownLeftEmpty(String column, String value, List<String> expected) {
        String list = String.join(", ", expected);
        return LocalizedText.of(
                "valeur inconnue « " + value + " » pour " + column + " : attendu " + list + " ; laissée vide",
                "unknown value \"" + value + "\" for " + column + ": expected " + list + "; left empty");
    }

    static LocalizedText badMeteo(String value) {
        return LocalizedText.of(
                "météo illisible « " + value + " » : attendu 1 à 5 ou soleil, eclaircie, nuageux, pluie, orage",
                "unreadable weather \"" + value + "\": expected 1 to 5 or soleil, eclaircie, nuageux, pluie, orage");
    }

    static LocalizedText badYesNo(String column, String value) {
        return LocalizedText.of("réponse oui/non illisible « " + value + " » pour " + column + " : comptée comme non",
                "unreadable yes/no \"" + value + "\" for " + column + ": counted as no");
    }

    static LocalizedText endBeforeStart(String end, String start) {
        return LocalizedText.of(end + " antérieure à " + start, end + " before " + start);
    }

    static LocalizedText cellOutsideHeader(int column) {
        return LocalizedText.of("cellule hors de l’en-tête (colonne " + column + ") : gardée comme attribut",
                "cell beyond the header (column " + column + "): kept as an attribute");
    }

    static LocalizedText duplicateColumn(String column) {
        return LocalizedText.of("colonne « " + column + " » en double : la première est utilisée, l’autre gardée comme attribut",
                "duplicate column \"" + column + "\": the first is used, the other kept as an attribute");
    }

    static LocalizedText unreadableFrom(String detail) {
        return LocalizedText.of("fichier illisible à partir d’ici, lignes suivantes ignorées : " + detail,
                "file unreadable from here, following lines ignored: " + detail);
    }

    static LocalizedText ignoredSheet(String sheet) {
        return LocalizedText.of("feuille « " + sheet + " » ignorée : aucun tableau de docs/format.md ne porte ce nom",
                "sheet \"" + sheet + "\" ignored: no table of docs/format.md has this name");
    }

    static LocalizedText unknownSession(String session, String collectivite) {
        return LocalizedText.of("session inconnue « " + session + " » pour la collectivité « " + collectivite
                        + " » : absente de sessions",
                "unknown session \"" + session + "\" for collectivité \"" + collectivite + "\": not in sessions");
    }

    static LocalizedText unknownParticipant(String participant, String collectivite) {
        return LocalizedText.of("participant inconnu « " + participant + " » pour la collectivité « " + collectivite
                        + " » : absent de participants",
                "unknown participant \"" + participant + "\" for collectivité \"" + collectivite
                        + "\": not in participants");
    }

    static LocalizedText duplicateId(String id, String firstFile, long firstLine) {
        return LocalizedText.of("identifiant en double « " + id + " » : déjà utilisé ligne " + firstLine + " de " + firstFile,
                "duplicate id \"" + id + "\": already used at line " + firstLine + " of " + firstFile);
    }

    static LocalizedText sessionOutsidePeriod(LocalDate day, LocalDate from, LocalDate to) {
        String fr = from != null && to != null ? "du " + date(from) + " au " + date(to)
                : from != null ? "à partir du " + date(from) : "jusqu’au " + date(to);
        String en = from != null && to != null ? date(from) + " to " + date(to)
                : from != null ? "from " + date(from) : "until " + date(to);
        return LocalizedText.of("session du " + date(day) + " hors de la période de la collectivité (" + fr + ")",
                "session on " + date(day) + " outside the collectivité's period (" + en + ")");
    }

    static LocalizedText daysAboveSession(double present, double length) {
        return LocalizedText.of("jours présents (" + number(present) + ") supérieurs à la durée de la session ("
                        + number(length) + ") : ramenés à " + number(length),
                "days present (" + numberEn(present) + ") above the session's length (" + numberEn(length)
                        + "): capped at " + numberEn(length));
    }

    static LocalizedText collectiviteNotListed(String collectivite, long rows) {
        return LocalizedText.of("collectivité « " + collectivite + " » absente de collectivites (" + rows
                        + (rows > 1 ? " lignes" : " ligne") + " de ce fichier)",
                "collectivité \"" + collectivite + "\" not in collectivites (" + rows + (rows > 1 ? " rows" : " row")
                        + " of this file)");
    }
}
