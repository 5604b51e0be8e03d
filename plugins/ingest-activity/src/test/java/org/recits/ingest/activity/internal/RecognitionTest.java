package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.ingest.InputFile;
import org.recits.api.ingest.Reading;
import org.recits.api.model.LocalizedText;

/**
 * What the reader says it recognised in a file ({@code recits check}), and which name it expected for a file or
 * sheet it did not take.
 */
class RecognitionTest {

    private static final String NB = "\u00a0";

    @TempDir
    Path dir;

    private final ActivityIngestor ingestor = new ActivityIngestor();

    @Test
    void aTableFileIsSaidToBeItsTable() throws IOException {
        Path f = Files.writeString(dir.resolve("cas.csv"), "collectivite;cas;titre\nmetz;C1;Accueil\n");
        Reading r = ingestor.read(InputFile.of(f, "cas.csv"), Dataset.builder());
        assertThat(r.tables()).singleElement().satisfies(t -> {
            assertThat(t.recognised().fr()).isEqualTo("tableau des cas pratiques");
            assertThat(t.recognised().en()).isEqualTo("table of practical cases");
            assertThat(t.count()).isEqualTo(new SourceFile.TableCount("cas", 1, 1, 0));
        });
        assertThat(r.notes()).isEmpty();
    }

    @Test
    void aWorkbookSaysEachSheetsTableAndWhichSheetToRename() throws IOException {
        Path wb = workbook("labo.xlsx", "Sessions", "Cas pratiques", "Synthèse");
        InputFile in = InputFile.of(wb, "labo.xlsx");
        assertThat(ingestor.accepts(in)).isTrue();
        Dataset.Builder b = Dataset.builder();
        Reading r = ingestor.read(in, b);
        assertThat(r.tables()).extracting(t -> t.recognised().fr())
                .containsExactly("feuille «" + NB + "Sessions" + NB + "»" + NB + ": tableau des sessions");
        assertThat(r.counts()).containsExactly(new SourceFile.TableCount("sessions", 0, 0, 0));
        assertThat(r.notes()).extracting(LocalizedText::fr).containsExactly(
                "feuille «" + NB + "Cas pratiques" + NB + "» ignorée" + NB + ": renommez-la «" + NB + "cas" + NB + "»",
                "feuille «" + NB + "Synthèse" + NB + "» ignorée" + NB + ": aucun tableau ne porte ce nom (noms attendus"
                        + NB + ": collectivites, participants, sessions, presences, cas, financements, verbatims, meteo)");
        assertThat(r.notes().get(0).in(Locale.ENGLISH)).isEqualTo("sheet \"Cas pratiques\" ignored: rename it \"cas\"");
        // each note is also a warning on the file, so that the report says it too
        assertThat(b.build().findings()).extracting(Finding::value, f -> f.reason().fr())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Cas pratiques", r.notes().get(0).fr()),
                        org.assertj.core.groups.Tuple.tuple("Synthèse", r.notes().get(1).fr()));
    }

    @Test
    void aSheetIsNotToBeRenamedAfterATableAnotherSheetHas() throws IOException {
        Path wb = workbook("labo.xlsx", "cas", "Cas pratiques");
        Reading r = ingestor.read(InputFile.of(wb, "labo.xlsx"), Dataset.builder());
        assertThat(r.notes()).singleElement().satisfies(n -> assertThat(n.fr()).contains("aucun tableau ne porte ce nom"));
    }

    @Test
    void aFileNamedOtherwiseIsDeclinedWithTheNameToGiveIt() throws IOException {
        for (String[] c : new String[][] {{"participants (1).csv", "participants.csv"}, {"sesions.csv", "sessions.csv"},
                {"Copie de cas.csv", "cas.csv"}, {"Présence.txt", "presences.txt"}, {"financements_2021.tsv", "financements.tsv"}}) {
            Path f = Files.writeString(dir.resolve(c[0]), "a;b\n1;2\n");
            InputFile in = InputFile.of(f, c[0]);
            assertThat(ingestor.accepts(in)).as(c[0]).isFalse();
            assertThat(ingestor.declined(in)).as(c[0]).hasValueSatisfying(t -> {
                assertThat(t.fr()).isEqualTo("fichier ignoré, aucun tableau ne porte ce nom" + NB + ": renommez-le «" + NB
                        + c[1] + NB + "»");
                assertThat(t.en()).isEqualTo("file ignored, no table has this name: rename it \"" + c[1] + "\"");
            });
        }
    }

    @Test
    void aNameNoTableFitsOrTwoFitIsNotGivenAName() throws IOException {
        for (String name : List.of("budget.csv", "sessions et presences.csv", "results-survey472913.csv", "photo.jpg")) {
            Path f = Files.writeString(dir.resolve(name), "a;b\n1;2\n");
            assertThat(ingestor.declined(InputFile.of(f, name))).as(name).isEmpty();
        }
    }

    @Test
    void aWorkbookWithNoTableSheetSaysWhichSheetsToRename() throws IOException {
        Path wb = workbook("labo.xlsx", "Cas pratiques", "Météo du groupe", "Graphique");
        InputFile in = InputFile.of(wb, "labo.xlsx");
        assertThat(ingestor.accepts(in)).isFalse();
        assertThat(ingestor.declined(in).map(LocalizedText::fr)).hasValue("classeur ignoré, aucune feuille ne porte le nom"
                + " d’un tableau" + NB + ": renommez la feuille «" + NB + "Cas pratiques" + NB + "» en «" + NB + "cas" + NB
                + "»\u202f; renommez la feuille «" + NB + "Météo du groupe" + NB + "» en «" + NB + "meteo" + NB + "»");
        Path other = workbook("autre.xlsx", "Feuil1");
        assertThat(ingestor.declined(InputFile.of(other, "autre.xlsx")).map(LocalizedText::fr)).hasValue("classeur ignoré,"
                + " aucune feuille ne porte le nom d’un tableau (noms attendus" + NB + ": collectivites, participants,"
                + " sessions, presences, cas, financements, verbatims, meteo)");
    }

    @Test
    void closestNamesOfTables() {
        assertThat(TableNames.closest("particpants")).hasValue(Kind.PARTICIPANTS);
        assertThat(TableNames.closest("Cas pratiques")).hasValue(Kind.CAS);
        assertThat(TableNames.closest("cass")).hasValue(Kind.CAS);
        assertThat(TableNames.closest("collectivités (2)")).hasValue(Kind.COLLECTIVITES);
        assertThat(TableNames.closest("verbatim")).hasValue(Kind.VERBATIMS);
        assertThat(TableNames.closest("Météo")).hasValue(Kind.METEO);
        assertThat(TableNames.closest("case")).isEqualTo(Optional.of(Kind.CAS));
        assertThat(TableNames.closest("xyz")).isEmpty();
        assertThat(TableNames.closest("notes")).isEmpty();
    }

    private Path workbook(String name, String... sheets) throws IOException {
        Path wb = dir.resolve(name);
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wb)) {
            for (String s : sheets) {
                var h = w.createSheet(s).createRow(0);
                List<String> cols = List.of("collectivite", "session", "date_debut", "jours");
                for (int i = 0; i < cols.size(); i++) {
                    h.createCell(i).setCellValue(cols.get(i));
                }
            }
            w.write(out);
        }
        return wb;
    }
}
