package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The date guardrails as a user meets them, through the start script: {@code recits check} and {@code recits report}
 * on a folder whose dates mix day/month orders, a US Google Forms export, and an anonymised LimeSurvey export.
 */
class DatesIT {

    @TempDir
    Path work;

    private Path folder(String name) throws IOException {
        Path data = work.resolve(name);
        Files.createDirectories(data.resolve("enquetes"));
        Files.writeString(data.resolve("collectivites.csv"),
                "collectivite;nom;date_debut;date_fin\nmulhouse;Mulhouse;2020-09-01;2022-06-30\n");
        return data;
    }

    /** The bundles' French typography: no-break spaces inside « » and before : and ;. */
    private static String fr(String s) {
        return s.replace("« ", "«\u00a0").replace(" »", "\u00a0»").replace(" :", "\u00a0:").replace(" ;", "\u00a0;");
    }

    private Distribution.Run recits(String... args) throws Exception {
        return Distribution.script(Distribution.folder(), work, args);
    }

    @Test
    void aColumnMixingDayFirstAndMonthFirstIsAFindingAndItsUndecidableRowIsRejected() throws Exception {
        Path data = folder("melange");
        Files.writeString(data.resolve("sessions.csv"), "collectivite;session;date_debut;jours\n"
                + "mulhouse;S1;13/01/2021;1\nmulhouse;S2;01/14/2021;1\nmulhouse;S3;02/03/2021;1\n");

        Distribution.Run check = recits("check", "--data", data.toString());
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains(fr("avertissement ligne 4, colonne « date_debut », valeur « 02/03/2021 »"))
                .contains(fr("La colonne « date_debut » mélange deux ordres : ligne 2, « 13/01/2021 » ne se lit que "
                        + "jour/mois ; ligne 3, « 01/14/2021 » ne se lit que mois/jour."))
                .contains(fr("rejetée ligne 4, colonne « date_debut », valeur « 02/03/2021 » : date indécidable"));

        Distribution.Run strict = recits("check", "--data", data.toString(), "--strict");
        assertThat(strict.code()).isEqualTo(3);

        Distribution.Run report = recits("report", "--data", data.toString(), "--period", "2021-T1", "--out",
                work.resolve("sortie").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(report.out()).contains("1 ligne rejetée");
        Distribution.Run refused = recits("report", "--data", data.toString(), "--period", "2021-T1", "--out",
                work.resolve("refus").toString(), "--strict");
        assertThat(refused.code()).isEqualTo(3);

        Distribution.Run english = recits("check", "--data", data.toString(), "--lang", "en");
        assertThat(english.out()).contains("Column \"date_debut\" mixes two orders")
                .contains("undecidable date: \"02/03/2021\"");
    }

    @Test
    void aUsGoogleFormsExportIsReadMonthFirstAndTheChoiceIsSaidOnce() throws Exception {
        Path data = folder("google");
        Files.writeString(data.resolve("enquetes/satisfaction.csv"), "Timestamp,Satisfaction\n"
                + "\"3/4/2021 10:00:00\",4\n\"3/5/2021 11:00:00\",5\n\"2/1/2021 9:30:00\",3\n");
        Files.writeString(data.resolve("enquetes/satisfaction.mapping.csv"),
                "question,mesure,echelle,inverse,libelles\nSatisfaction,satisfaction,likert5,,\n*,collectivite,,,mulhouse\n");

        Distribution.Run check = recits("check", "--data", data.toString());
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).containsOnlyOnce(fr("Ordre des dates choisi pour la colonne « Timestamp » : 3 dates"))
                .contains("la colonne est lue mois/jour (01/30/2020), l’ordre dans lequel Google Forms écrit cette colonne");
        Distribution.Run english = recits("check", "--data", data.toString(), "--lang", "en");
        assertThat(english.out()).containsOnlyOnce("Date order chosen for column \"Timestamp\": 3 dates");

        Path out = work.resolve("sortie");
        // threshold 1: three respondents, whose answers a masked score would keep out of the file
        Distribution.Run report = recits("report", "--data", data.toString(), "--period", "2021-T1", "--out",
                out.toString(), "--format", "csv", "--seuil", "1");
        assertThat(report.code()).as(report.err()).isZero();
        String donnees = Files.readString(out.resolve("recits-2021-T1-donnees-reponses.csv"), StandardCharsets.UTF_8);
        assertThat(donnees).contains(";2021-03-04;").contains(";2021-03-05;").contains(";2021-02-01;");
    }

    @Test
    void anAnonymisedLimeSurveyExportIsSaidOnceAndTheMappingsDateIsHonoured() throws Exception {
        Path data = folder("anonyme");
        StringBuilder export = new StringBuilder("id,submitdate,lastpage,startlanguage,SAT1\n");
        for (int i = 1; i <= 6; i++) {
            export.append(i).append(",1980-01-01 00:00:00,2,fr,A").append(i % 5 + 1).append('\n');
        }
        Path mapping = data.resolve("enquetes/anonyme.mapping.csv");
        Files.writeString(data.resolve("enquetes/anonyme.csv"), export);
        Files.writeString(mapping, "question,mesure,echelle,inverse,libelles\n*,collectivite,,,mulhouse\n"
                + "SAT1,satisfaction,likert5,,A1=1|A2=2|A3=3|A4=4|A5=5\n");

        Distribution.Run check = recits("check", "--data", data.toString());
        assertThat(check.code()).as(check.err()).isZero();
        // one warning for the column, not one per row
        assertThat(check.out())
                .containsOnlyOnce(fr("Aucune date de la colonne « submitdate » n’est entre 2000 et 2099 (6 cellules)"))
                .contains(fr("donnez leur date dans le fichier de correspondance « enquetes/anonyme.mapping.csv », "
                        + "par une ligne « *,date,,,2021-03-15 »"))
                .contains("aucune rejetée\u202F; aucun constat de rejet, 1 avertissement.");
        Distribution.Run english = recits("check", "--data", data.toString(), "--lang", "en");
        assertThat(english.out()).containsOnlyOnce("No date of column \"submitdate\" lies between 2000 and 2099 (6 cells)");

        Files.writeString(mapping, "*,date,,,15/02/2021\n", StandardOpenOption.APPEND);
        Distribution.Run dated = recits("check", "--data", data.toString());
        assertThat(dated.code()).as(dated.err()).isZero();
        assertThat(dated.out()).contains("aucune rejetée\u202F; aucun constat de rejet, aucun avertissement.");
        Path out = work.resolve("sortie");
        Distribution.Run report = recits("report", "--data", data.toString(), "--period", "2021-T1", "--out",
                out.toString(), "--format", "csv");
        assertThat(report.code()).as(report.err()).isZero();
        String donnees = Files.readString(out.resolve("recits-2021-T1-donnees-reponses.csv"), StandardCharsets.UTF_8);
        // respondent 1 of questionnaire enquetes/anonyme (under its keyed pseudonym), on the mapping's date, in its
        // quarter
        assertThat(donnees).containsPattern(
                ";enquetes/anonyme;pseudo-[0-9a-f]{16};[^;\\r\\n]*;[^;\\r\\n]*;2021-02-15;2021-T1;SAT1;")
                .doesNotContain("1980");
    }
}
