package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;

/** What the survey reader says it recognised in an export ({@code recits check}): tool, layout, mapping. */
class RecognitionTest {

    private static final String NB = "\u00a0";
    private static final String MAPPED = ", lu avec son fichier de correspondance";

    @TempDir
    Path dir;

    private Reading read(String name) throws IOException {
        InputFile in = InputFile.of(dir.resolve(name), name);
        SurveyIngestor ingestor = new SurveyIngestor();
        assertThat(ingestor.accepts(in)).as(name).isTrue();
        return ingestor.read(in, Dataset.builder());
    }

    private static String recognised(Reading r) {
        assertThat(r.tables()).hasSize(1);
        return r.tables().get(0).recognised().fr();
    }

    @Test
    void realExportsAreSaidByToolAndLayout() throws IOException {
        Fixtures.beside(dir, Fixtures.real("kobo-semicolon-paleocore/"
                + "paleocore-sss_artifact-form_-_all_versions_-_False_-_2022-08-01-05-36-18.first1000.csv"),
                "paleocore.csv", "/real/kobo-paleocore.mapping.csv");
        Fixtures.beside(dir, Fixtures.real("limesurvey-en-fulltext-cppsurvey/results-survey.csv"), "cpp.csv",
                "/real/limesurvey-cpp.mapping.csv");
        Fixtures.beside(dir, Fixtures.real("limesurvey-code-dot-text-wellbeing/results-survey.csv"), "wellbeing.csv",
                "/real/limesurvey-wellbeing.mapping.csv");
        Fixtures.beside(dir, Fixtures.real("surveymonkey-two-row-header/Mental Illness Survey 1.csv"), "monkey.csv",
                "/real/surveymonkey.mapping.csv");
        Fixtures.beside(dir, Fixtures.real("semicolon-bom-two-row-header-dfuchss/results-survey.csv"), "dfuchss.csv",
                "/real/two-row-dfuchss.mapping.csv");

        Reading kobo = read("paleocore.csv");
        assertThat(recognised(kobo)).isEqualTo("KoBoToolbox, export large, en-têtes en noms XML" + MAPPED);
        assertThat(kobo.tables().get(0).recognised().in(Locale.ENGLISH))
                .isEqualTo("KoBoToolbox, wide export, XML name headers, read with its mapping file");
        assertThat(kobo.counts()).isEqualTo(kobo.tables().stream().map(Reading.Table::count).toList());
        assertThat(recognised(read("cpp.csv"))).isEqualTo("LimeSurvey, textes des questions" + MAPPED);
        assertThat(recognised(read("wellbeing.csv"))).isEqualTo("LimeSurvey, codes et textes des questions" + MAPPED);
        assertThat(recognised(read("monkey.csv"))).isEqualTo("SurveyMonkey, en-tête sur deux lignes" + MAPPED);
        assertThat(recognised(read("dfuchss.csv"))).isEqualTo("export à deux lignes d’en-tête (outil non reconnu)" + MAPPED);
    }

    @Test
    void aMappingFileIsSaidToBeItsExportsAndHasNoRows() throws IOException {
        Files.writeString(dir.resolve("avis.csv"), "Horodateur,Votre avis\n2021-01-02 10:00:00,Bien\n");
        Files.writeString(dir.resolve("avis.mapping.csv"), "question,mesure\nVotre avis,texte\n");
        Files.writeString(dir.resolve("seule.mapping.csv"), "question,mesure\nVotre avis,texte\n");
        Reading mapping = read("avis.mapping.csv");
        assertThat(mapping.tables()).isEmpty();
        assertThat(mapping.notes()).extracting(LocalizedText::fr)
                .containsExactly("fichier de correspondance de l’export «" + NB + "avis.csv" + NB + "»");
        assertThat(read("seule.mapping.csv").notes()).singleElement()
                .satisfies(n -> assertThat(n.fr()).contains("seule.mapping.csv"));
    }

    @Test
    void anExportWithoutItsMappingAndLabelHeadersIsSaidSo() throws IOException {
        Files.writeString(dir.resolve("kobo.csv"), "start;Quelle est votre collectivité ?;Êtes-vous satisfait ?;_uuid\n"
                + "2021-01-02;Metz;Oui;a1\n", StandardCharsets.UTF_8);
        Reading r = read("kobo.csv");
        assertThat(recognised(r)).isEqualTo("KoBoToolbox, export large, en-têtes en libellés, sans fichier de correspondance");
        assertThat(r.counts().get(0).rejected()).isEqualTo(1);
    }

    @Test
    void theSheetsAfterTheFirstOfAnExportWorkbookAreSaidNotRead() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(dir.resolve("avis.xlsx"))) {
            var h = w.createSheet("Réponses au formulaire 1").createRow(0);
            h.createCell(0).setCellValue("Horodateur");
            h.createCell(1).setCellValue("Votre avis");
            w.createSheet("Feuille 2");
            w.createSheet("Graphique");
            w.write(out);
        }
        Reading r = read("avis.xlsx");
        assertThat(recognised(r)).isEqualTo("Google Forms, sans fichier de correspondance");
        assertThat(r.notes()).extracting(LocalizedText::fr).containsExactly("feuilles «" + NB + "Feuille 2" + NB + "», «"
                + NB + "Graphique" + NB + "» non lues" + NB + ": seule la première feuille d’un export est lue");
        assertThat(r.notes().get(0).en())
                .isEqualTo("sheets \"Feuille 2\", \"Graphique\" not read: only the first sheet of an export is read");
    }
}
