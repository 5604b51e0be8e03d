package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, surveys and mapping files, as a labo lead meets them: {@code recits check} and
 * {@code recits report} on a folder with a survey export whose mapping recodes its wave and commune, a
 * commune the programme does not list, and an export dropped in without its mapping.
 */
class SurveyGuardrailsIT {

    @TempDir
    static Path work;

    static Path data;

    @BeforeAll
    static void labFolder() throws IOException {
        data = work.resolve("donnees");
        write("collectivites.csv", "collectivite,nom\nmulhouse,Mulhouse\ncolmar,Colmar\n");
        // a real name as a participant id, in participants and in presences
        write("participants.csv", "collectivite,participant,role\nmulhouse,A01,ambassadeur\nmulhouse,Marie Dupont,ambassadeur\n");
        write("sessions.csv", "collectivite,session,date_debut,jours\nmulhouse,S1,15/01/2021,1\n");
        write("presences.csv", "collectivite,session,participant\nmulhouse,S1,A01\nmulhouse,S1,Marie Dupont\n");
        // LimeSurvey, wave and commune exported as answer codes; line 4 is a commune the libelles lack,
        // line 5 a commune they recode but the programme does not list, line 6 a wave code they lack
        write("enquetes/bilan.csv", "id,submitdate,lastpage,token,VAGUE,COMMUNE,SAT1\n"
                + "1,2021-02-01 10:00:00,2,tokA,A1,A1,A4\n"
                + "2,2021-02-02 10:00:00,2,tokB,A2,A2,A5\n"
                + "3,2021-02-03 10:00:00,2,tokC,A1,A9,A3\n"
                + "4,2021-02-04 10:00:00,2,tokD,A1,A3,A2\n"
                + "5,2021-02-05 10:00:00,2,tokE,A7,A1,A4\n");
        write("enquetes/bilan.mapping.csv", "question,mesure,echelle,inverse,libelles\n"
                + "VAGUE,vague,,,A1=avant|A2=apres\n"
                + "COMMUNE,collectivite,,,A1=mulhouse|A2=colmar|A3=strasbourg\n"
                + "SAT1,satisfaction,likert5,,A1=1|A2=2|A3=3|A4=4|A5=5\n");
        write("enquetes/avis.csv", "Horodateur,Votre satisfaction,Commune\n12/05/2021 10:15:32,4,Mulhouse\n");
    }

    private static void write(String name, String text) throws IOException {
        Path p = data.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void checkNamesEachProblemWithItsFileLineColumnAndValue() throws Exception {
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "check", "--data", data.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("enquetes/avis.csv\u00a0: Google Forms, sans fichier de correspondance — 1 ligne lue, 0 retenue, 1 rejetée")
                .contains("Export d’enquête (Google Forms) sans fichier de correspondance")
                .contains("avis.mapping.csv")
                .contains("Votre satisfaction,satisfaction,likert5,,")
                .doesNotContain("installez le greffon")
                .contains("enquetes/bilan.csv\u00a0: LimeSurvey, codes des questions, lu avec son fichier de correspondance"
                        + " — 5 lignes lues, 3 retenues, 2 rejetées")
                .contains("rejetée ligne 4, colonne «\u00a0COMMUNE\u00a0», valeur «\u00a0A9\u00a0»")
                .contains("rejetée ligne 5, colonne «\u00a0collectivite\u00a0», valeur «\u00a0strasbourg\u00a0»")
                .contains("Collectivité «\u00A0strasbourg\u00A0» absente de collectivites")
                .contains("avertissement ligne 6, colonne «\u00a0VAGUE\u00a0», valeur «\u00a0A7\u00a0»")
                .contains("Vague «\u00A0A7\u00A0» absente des libellés de la ligne 2 du fichier de correspondance")
                .contains("avertissement ligne 3, colonne «\u00a0participant\u00a0», valeur «\u00a0M… D…\u00a0»")
                .contains("Identifiants qui ressemblent à des données personnelles (prénom et nom)")
                .doesNotContain("participant inconnu")
                .doesNotContain("Dupont");

        Distribution.Run strict = Distribution.script(Distribution.folder(), work, "check", "--data", data.toString(),
                "--strict");
        assertThat(strict.code()).isEqualTo(3);
    }

    @Test
    void reportWritesWithoutTheUnlistedCommuneAndStrictRefuses() throws Exception {
        Path out = work.resolve("sortie");
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "report", "--data", data.toString(),
                "--period", "2021-T1", "--out", out.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(out.resolve("recits-2021-T1.xlsx")).exists();
        assertThat(run.out()).contains("3 lignes rejetées");
        // the name is in no part of the workbook the funders receive
        try (java.util.zip.ZipFile xlsx = new java.util.zip.ZipFile(out.resolve("recits-2021-T1.xlsx").toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(xlsx.entries())) {
                String text = new String(xlsx.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).as(e.getName()).doesNotContain("Dupont");
            }
        }

        Distribution.Run strict = Distribution.script(Distribution.folder(), work, "report", "--data", data.toString(),
                "--period", "2021-T1", "--out", work.resolve("strict").toString(), "--strict", "--lang", "en");
        assertThat(strict.code()).isEqualTo(3);
        assertThat(strict.err())
                .contains("Survey export (Google Forms) without a mapping file")
                .contains("Local authority “strasbourg” is not in collectivites")
                .contains("Local authority “A9” is not among the labels on line 3 of the mapping file");
        assertThat(work.resolve("strict")).doesNotExist();
    }
}
