package org.recits.ingest.survey.internal;

import org.recits.api.model.LocalizedText;

/** What findings say, French first, in words a labo lead understands. */
final class Messages {

    private static final String MEASURES = "democratie, qualite, impact, productivite, capacitation, satisfaction";
    private static final String FIELDS = "collectivite, vague, date, role, repondant";
    private static final String ROLES = "ambassadeur, resident, referent, coordinateur, elu, relais, partenaire, usager";
    private static final String SCALES = "likert5, likert4, likert7, nps, oui-non, nombre, texte";

    private Messages() {
    }

    private static LocalizedText t(String fr, String en, Object... args) {
        return LocalizedText.of(String.format(java.util.Locale.ROOT, fr, args),
                String.format(java.util.Locale.ROOT, en, args));
    }

    /**
     * Like {@link #t}, with French typography in the French text: no-break space before « : » and inside
     * guillemets, narrow no-break space before « ; ! ? ». Used by the guardrail messages of issue 16.
     */
    private static LocalizedText typo(String fr, String en, Object... args) {
        String french = fr.replace(" :", "\u00A0:").replace(" ;", "\u202F;").replace(" !", "\u202F!")
                .replace(" ?", "\u202F?").replace("« ", "«\u00A0").replace(" »", "\u00A0»");
        return t(french, en, args);
    }

    static LocalizedText mappingNoQuestionColumn() {
        return t("Le fichier de correspondance n’a pas de colonne « question » ni « mesure » : aucune question de l’enquête ne peut être lue.",
                "The mapping file has no “question” or “mesure” column: no question of the survey can be read.");
    }

    static LocalizedText mappingNoQuestion() {
        return t("Ligne sans question : elle est ignorée.", "Row without a question: it is ignored.");
    }

    static LocalizedText mappingUnknownMeasure(String m) {
        return t("« %s » n’est ni une mesure (%s) ni une colonne d’identification (%s) : la ligne est ignorée.",
                "“%s” is neither a measure (%s) nor an identification column (%s): the row is ignored.",
                m, MEASURES, FIELDS);
    }

    static LocalizedText mappingUnknownScale(String s) {
        return t("Échelle « %s » inconnue (attendu : %s) : la ligne est ignorée.",
                "Unknown scale “%s” (expected: %s): the row is ignored.", s, SCALES);
    }

    static LocalizedText mappingBadInverse(String v) {
        return t("« inverse » vaut « %s » : seul « oui » inverse une question ; celle-ci n’est pas inversée.",
                "“inverse” is “%s”: only “oui” reverses a question; this one is not reversed.", v);
    }

    static LocalizedText mappingBadLabel(String label) {
        return t("Libellé « %s » sans « =valeur » : il est ignoré (écrire par exemple « Tout à fait d’accord=5 »).",
                "Label “%s” has no “=value”: it is ignored (write for instance “Tout à fait d’accord=5”).", label);
    }

    static LocalizedText mappingLabelOffScale(String label, String value, Scale scale) {
        return t("Le libellé « %s » vaut « %s », qui n’est pas une valeur de l’échelle %s : il est ignoré.",
                "Label “%s” is worth “%s”, which is not a value of the %s scale: it is ignored.", label, value,
                scale.code());
    }

    static LocalizedText mappingDuplicate(String q, long firstLine) {
        return t("La question « %s » est déjà décrite ligne %d : cette ligne-ci est ignorée.",
                "Question “%s” is already described on line %d: this row is ignored.", q, firstLine);
    }

    static LocalizedText mappingEmptyConstant(String field) {
        return t("Valeur pour tout le fichier (question=*) de « %s » vide : mettre la valeur dans la colonne libelles ; ligne ignorée.",
                "Whole-file value (question=*) for “%s” is empty: put the value in the libelles column; row ignored.",
                field);
    }

    static LocalizedText mappingConstantForMeasure(String m) {
        return t("Une ligne question=* ne peut donner qu’une collectivité, une vague, une date ou un rôle, pas la mesure « %s » : ligne ignorée.",
                "A question=* row can only give a collectivité, a wave, a date or a role, not the measure “%s”: row ignored.",
                m);
    }

    static LocalizedText mappingNoExport(String mapping) {
        return t("Aucun export d’enquête à côté du fichier de correspondance « %s » (même nom en .csv ou .xlsx) : il n’a servi à rien.",
                "No survey export beside the mapping file “%s” (same name in .csv or .xlsx): it was not used.",
                mapping);
    }

    static LocalizedText noMapping(String tool, long respondents, String mapping, String question) {
        return typo("Export d’enquête (%s) sans fichier de correspondance : aucune de ses %d réponses n’est lue. Créez à côté le fichier « %s », une ligne par question à lire, qui commence par les lignes « question,mesure,echelle,inverse,libelles », « *,collectivite,,,identifiant-de-la-collectivite » et « %s,satisfaction,likert5,, » (mesures possibles : %s).",
                "Survey export (%s) without a mapping file: none of its %d responses is read. Create the file “%s” beside it, one row per question to read, starting with the lines “question,mesure,echelle,inverse,libelles”, “*,collectivite,,,collectivite-id” and “%s,satisfaction,likert5,,” (possible measures: %s).",
                tool, respondents, mapping, question, MEASURES);
    }

    static LocalizedText questionMissing(String q, String export) {
        return t("La question « %s » du fichier de correspondance n’est pas dans l’export « %s » : aucune réponse n’est lue pour elle.",
                "Question “%s” of the mapping file is not in the export “%s”: no answer is read for it.", q, export);
    }

    static LocalizedText questionAmbiguous(String q, String columns) {
        return t("La question « %s » correspond à plusieurs colonnes de l’export (%s) : écrire l’en-tête complet dans le fichier de correspondance ; aucune réponse n’est lue pour elle.",
                "Question “%s” matches several columns of the export (%s): write the full header in the mapping file; no answer is read for it.",
                q, columns);
    }

    static LocalizedText answerOffScale(String raw, Scale scale) {
        return t("Réponse « %s » hors de l’échelle %s (%d à %d) : cette réponse est écartée.",
                "Answer “%s” is outside the %s scale (%d to %d): this answer is left out.", raw, scale.code(),
                scale.min(), scale.max());
    }

    static LocalizedText answerUnknownLabel(String raw, Scale scale) {
        return t("Réponse « %s » inconnue : ce n’est ni une valeur de l’échelle %s ni un libellé du fichier de correspondance ; cette réponse est écartée.",
                "Unknown answer “%s”: it is neither a value of the %s scale nor a label of the mapping file; this answer is left out.",
                raw, scale.code());
    }

    static LocalizedText answerNotYesNo(String raw) {
        return t("Réponse « %s » ni oui ni non (ajouter un libellé dans le fichier de correspondance, par exemple « %s=oui ») : cette réponse est écartée.",
                "Answer “%s” is neither yes nor no (add a label in the mapping file, for instance “%s=oui”): this answer is left out.",
                raw, raw);
    }

    static LocalizedText answerNotNumber(String raw) {
        return t("« %s » n’est pas un nombre : cette réponse est écartée.", "“%s” is not a number: this answer is left out.", raw);
    }

    static LocalizedText rowNoCollectivite() {
        return t("Ce répondant n’a pas de collectivité (ni colonne collectivite remplie, ni valeur pour tout le fichier dans la correspondance) : ses réponses sont écartées.",
                "This respondent has no collectivité (no filled collectivite column, no whole-file value in the mapping): their answers are left out.");
    }

    static LocalizedText rowBadDate(String raw) {
        return t("Date « %s » illisible : les réponses sont gardées, sans date.",
                "Unreadable date “%s”: the answers are kept, without a date.", raw);
    }

    static LocalizedText rowBadWave(String raw) {
        return t("Vague « %s » inconnue (avant ou apres) : les réponses sont gardées, sans vague.",
                "Unknown wave “%s” (avant or apres): the answers are kept, without a wave.", raw);
    }

    static LocalizedText rowWaveNotInLabels(String raw, long mappingLine) {
        return typo("Vague « %s » absente des libellés de la ligne %d du fichier de correspondance (ajouter par exemple « %s=avant ») : les réponses sont gardées, sans vague.",
                "Wave “%s” is not among the labels on line %d of the mapping file (add for instance “%s=avant”): the answers are kept, without a wave.",
                raw, mappingLine, raw);
    }

    static LocalizedText rowCollectiviteNotInLabels(String raw, long mappingLine) {
        String id = Text.key(raw).replace(' ', '-');
        return typo("Collectivité « %s » absente des libellés de la ligne %d du fichier de correspondance (ajouter par exemple « %s=%s ») : les réponses de ce répondant sont écartées.",
                "Collectivité “%s” is not among the labels on line %d of the mapping file (add for instance “%s=%s”): this respondent’s answers are left out.",
                raw, mappingLine, raw, id);
    }

    static LocalizedText rowRoleNotInLabels(String raw, long mappingLine) {
        return typo("Rôle « %s » absent des libellés de la ligne %d du fichier de correspondance (ajouter par exemple « %s=usager ») : les réponses sont gardées, sans rôle.",
                "Role “%s” is not among the labels on line %d of the mapping file (add for instance “%s=usager”): the answers are kept, without a role.",
                raw, mappingLine, raw);
    }

    static LocalizedText rowUnknownRole(String raw) {
        return typo("Rôle « %s » inconnu (attendu %s, ou un libellé du fichier de correspondance comme « %s=usager ») : les réponses sont gardées avec ce rôle tel quel, qu’aucun indicateur ne compte.",
                "Unknown role “%s” (expected %s, or a label in the mapping file such as “%s=usager”): the answers are kept with this role as written, which no indicator counts.",
                raw, ROLES, raw);
    }

    static LocalizedText collectiviteNotListed(String id, long respondents, long answers) {
        return typo("Collectivité « %s » absente de collectivites : ses %d répondant(s) (%d réponse(s), le premier à cette ligne) sont écartés, pour ne pas compter une collectivité que le programme ne connaît pas. Ajoutez-la à collectivites.csv, ou corrigez l’identifiant dans l’export ou dans la ligne « *,collectivite » du fichier de correspondance.",
                "Collectivité “%s” is not in collectivites: its %d respondent(s) (%d answer(s), the first on this line) are left out, so as not to count a collectivité the programme does not know. Add it to collectivites.csv, or correct the id in the export or in the “*,collectivite” row of the mapping file.",
                id, respondents, answers);
    }

    static LocalizedText longUnmapped(String q) {
        return t("La question « %s » n’est décrite par aucun fichier de correspondance et ne porte pas le nom d’une mesure (%s, ou « mesure:code ») : ses réponses sont ignorées.",
                "Question “%s” is described by no mapping file and is not named after a measure (%s, or “measure:code”): its answers are ignored.",
                q, MEASURES);
    }

    static LocalizedText longNoQuestion() {
        return t("Ligne sans question : cette réponse est écartée.", "Row without a question: this answer is left out.");
    }

    static LocalizedText badConstant(String field, String value) {
        return t("Valeur « %s » de « %s » pour tout le fichier illisible : elle est ignorée.",
                "Whole-file value “%s” for “%s” cannot be read: it is ignored.", value, field);
    }
}
