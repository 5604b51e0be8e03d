package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Wave;

/**
 * Issue 16, mapping files: libelles recode the identifying columns, a value they do not know is a finding
 * (file, line, column, value), and HTML entities in exported headers match the mapping's plain text.
 */
class MappingGuardrailsTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @Test
    void aWaveExportedAsAnswerCodesIsRecodedByItsLibellesAndAnUnknownCodeIsAFinding() throws Exception {
        write("vagues.csv", "id,submitdate,lastpage,token,VAGUE,SAT1\n"
                + "1,2021-02-01 10:00:00,2,tokA,A1,A4\n"
                + "2,2021-05-01 10:00:00,2,tokA,A2,A5\n"
                + "3,2021-05-02 10:00:00,2,tokB,A3,A3\n");
        write("vagues.mapping.csv", "question,mesure,echelle,inverse,libelles\n"
                + "*,collectivite,,,mulhouse\n"
                + "VAGUE,vague,,,A1=avant|A2=apres\n"
                + "SAT1,satisfaction,likert5,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "vagues.csv");

        assertThat(run.at("SAT1", 2).wave()).isEqualTo(Wave.AVANT);
        assertThat(run.at("SAT1", 3).wave()).isEqualTo(Wave.APRES);
        assertThat(run.at("SAT1", 4).wave()).isNull();
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.file()).isEqualTo("vagues.csv");
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.column()).isEqualTo("VAGUE");
            assertThat(f.value()).isEqualTo("A3");
            assertThat(f.reason().fr()).contains("«\u00A0A3\u00A0»").contains("ligne 3 du fichier de correspondance");
            assertThat(f.reason().en()).contains("“A3”").contains("line 3 of the mapping file");
        });
    }

    @Test
    void collectiviteAndRoleColumnsAreRecodedAndWhatTheyDoNotKnowIsReported() throws Exception {
        write("g.csv", "Horodateur,Votre commune,Vous êtes,Note\n"
                + "13/05/2023 10:15:32,Ville de Mulhouse,Agent,4\n"   // 2: both recoded
                + "13/05/2023 10:16:32,Strasbourg,Agent,3\n"          // 3: collectivité the libelles lack
                + "13/05/2023 10:17:32,Ville de Mulhouse,Curieux,5\n" // 4: role the libelles lack
                + "13/05/2023 10:18:32,Colmar Agglo,,2\n");           // 5: no role, fine
        write("g.mapping.csv", "question,mesure,echelle,inverse,libelles\n"
                + "Votre commune,collectivite,,,Ville de Mulhouse=mulhouse|Colmar Agglo=colmar\n"
                + "Vous êtes,role,,,Agent=ambassadeur|Habitant=usager\n"
                + "Note,satisfaction,likert5,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "g.csv");

        assertThat(run.at("Note", 2).collectivite()).isEqualTo("mulhouse");
        assertThat(run.at("Note", 2).role()).isEqualTo("ambassadeur");
        assertThat(run.at("Note", 4).role()).isNull();
        assertThat(run.at("Note", 5).collectivite()).isEqualTo("colmar");
        assertThat(run.answers()).noneMatch(a -> a.source().line() == 3);
        assertThat(run.counts()).containsExactly(new TableCount("g", 4, 3, 1));
        assertThat(run.findings()).extracting(Finding::line, Finding::column, Finding::value, Finding::severity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "Votre commune", "Strasbourg", Finding.Severity.REJECTED),
                        org.assertj.core.groups.Tuple.tuple(4L, "Vous êtes", "Curieux", Finding.Severity.WARNING));
        assertThat(run.findings().get(0).reason().fr()).contains("ligne 2 du fichier de correspondance");
        assertThat(run.findings().get(1).reason().fr()).contains("ligne 3 du fichier de correspondance");
    }

    @Test
    void aRoleNoIndicatorKnowsIsReportedEvenWithoutLibelles() throws Exception {
        write("g.csv", "Horodateur,Profil,Note\n13/05/2023 10:15:32,Usager,4\n13/05/2023 10:16:32,Stagiaire,3\n");
        write("g.mapping.csv", "question,mesure,echelle,inverse,libelles\n*,collectivite,,,colmar\n"
                + "Profil,role,,,\nNote,satisfaction,likert5,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "g.csv");
        assertThat(run.at("Note", 3).role()).isEqualTo("Stagiaire");
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("Profil");
            assertThat(f.value()).isEqualTo("Stagiaire");
            assertThat(f.reason().fr()).contains("Rôle «\u00A0Stagiaire\u00A0» inconnu");
        });
    }

    @Test
    void htmlEntitiesInExportedHeadersAreDecodedBeforeMatching() throws Exception {
        write("h.csv", "Horodateur,Qualit&eacute; &amp; d&eacute;lais,L&#39;accueil,Vague\n"
                + "13/05/2023 10:15:32,4,5,Apr&egrave;s\n");
        write("h.mapping.csv", "question,mesure,echelle,inverse,libelles\n*,collectivite,,,colmar\n"
                + "Qualité & délais,qualite,likert5,,\nL’accueil,satisfaction,likert5,,\nVague,vague,,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "h.csv");
        assertThat(run.findings()).isEmpty();
        assertThat(run.at("Qualité & délais", 2).score()).isEqualTo(4.0);
        assertThat(run.at("L’accueil", 2).score()).isEqualTo(5.0);
        assertThat(run.at("L’accueil", 2).wave()).isEqualTo(Wave.APRES);
    }

    @Test
    void aToolExportWithoutItsMappingSaysWhichFileToWriteAndItsFirstLines() throws Exception {
        write("enquetes/avis.csv", "Horodateur,\"Êtes-vous satisfait, globalement ?\",Commune\n"
                + "13/05/2023 10:15:32,4,Mulhouse\n\n13/05/2023 10:16:32,5,Colmar\n");
        write("enquetes/notes.csv", "nom,note\nA,3\n"); // no tool's header: not a survey export, left to the engine
        org.recits.api.ingest.InputFile notes = org.recits.api.ingest.InputFile.of(dir.resolve("enquetes/notes.csv"),
                "enquetes/notes.csv");
        assertThat(new SurveyIngestor().accepts(notes)).isFalse();

        Fixtures.Run run = Fixtures.ingest(dir, "enquetes/avis.csv");
        assertThat(run.answers()).isEmpty();
        assertThat(run.counts()).containsExactly(new TableCount("enquetes/avis", 2, 0, 2));
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
            assertThat(f.file()).isEqualTo("enquetes/avis.csv");
            assertThat(f.line()).isZero();
            assertThat(f.reason().fr()).contains("Export d’enquête (Google Forms) sans fichier de correspondance")
                    .contains("aucune de ses 2 réponses n’est lue")
                    .contains("«\u00A0avis.mapping.csv\u00A0»")
                    .contains("question,mesure,echelle,inverse,libelles")
                    .contains("*,collectivite,,,identifiant-de-la-collectivite")
                    .contains("\"Êtes-vous satisfait, globalement ?\",satisfaction,likert5,,")
                    .doesNotContain("greffon");
            assertThat(f.reason().en()).contains("Survey export (Google Forms) without a mapping file")
                    .contains("“avis.mapping.csv”");
        });
    }

    @Test
    void respondentIdsThatAreEMailsBecomeStablePseudonymsWithOneWarning() throws Exception {
        write("r.csv", "collectivite,repondant,date,question,reponse,vague\n"
                + "mulhouse,jean.dupont@example.org,2021-01-10,satisfaction,4,avant\n"
                + "mulhouse,jean.dupont@example.org,2021-03-10,satisfaction,5,apres\n"
                + "mulhouse,R-0042,2021-03-10,satisfaction,3,apres\n");
        Fixtures.Run run = Fixtures.ingest(dir, "r.csv");
        String first = run.at("satisfaction", 2).respondent();
        assertThat(first).startsWith("pseudo-").doesNotContain("dupont");
        assertThat(run.at("satisfaction", 3).respondent()).isEqualTo(first); // the waves still pair
        assertThat(run.at("satisfaction", 4).respondent()).isEqualTo("R-0042");
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("repondant");
            assertThat(f.value()).isEqualTo("j…@e…");
            assertThat(f.reason().fr()).contains("adresse e-mail").contains("1 identifiant(s) sur 2 ligne(s)");
        });
    }

    /** Real exports of four tools, dropped in without their mapping (linked, never copied). */
    @Test
    void realExportsWithoutTheirMappingAreRecognisedAndSayWhatToWrite() throws Exception {
        String[][] cases = {
            {"limesurvey-en-fulltext-cppsurvey/results-survey.csv", "LimeSurvey", "647",
                "1 - How old are you?,satisfaction,likert5,,"},
            {"limesurvey-code-dot-text-wellbeing/results-survey.csv", "LimeSurvey", "53", null},
            {"kobo-semicolon-paleocore/paleocore-sss_artifact-form_-_all_versions_-_False_-_2022-08-01-05-36-18.first1000.csv",
                "KoBoToolbox", "1000", null},
            {"surveymonkey-two-row-header/Mental Illness Survey 1.csv", "SurveyMonkey", "334", null},
            {"surveymonkey-two-row-header/Mental Illness Survey 1.xlsx", "SurveyMonkey", "334", null}};
        int n = 0;
        for (String[] c : cases) {
            Path export = Fixtures.real(c[0]);
            String name = "sans" + n++ + "/export" + c[0].substring(c[0].lastIndexOf('.'));
            Files.createDirectories(dir.resolve(name).getParent());
            Files.createSymbolicLink(dir.resolve(name), export);
            Fixtures.Run run = Fixtures.ingest(dir, name);
            assertThat(run.answers()).as(c[0]).isEmpty();
            assertThat(run.findings()).as(c[0]).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
                assertThat(f.reason().fr()).contains("Export d’enquête (" + c[1] + ")")
                        .contains("aucune de ses " + c[2] + " réponses").contains("export.mapping.csv")
                        .doesNotContain("lastpage").doesNotContain("Respondent ID");
                if (c[3] != null) {
                    assertThat(f.reason().fr()).contains(c[3]);
                }
            });
        }
    }

    @Test
    void aWorkbookThatIsNoToolExportIsLeftToTheEngine() throws Exception {
        write("budget.xlsx", "not a zip");
        assertThat(new SurveyIngestor().accepts(org.recits.api.ingest.InputFile.of(dir.resolve("budget.xlsx"),
                "budget.xlsx"))).isFalse();
    }
}
