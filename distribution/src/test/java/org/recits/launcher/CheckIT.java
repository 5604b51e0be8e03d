package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.RealData;

/**
 * {@code recits check} says what it recognised in each file, through the start script: a workbook's sheets and
 * the one to rename, a real survey export's tool and layout, a mapping's export, and every file it left aside
 * with why and the name it expected; in French, and in English with {@code --lang en}.
 */
class CheckIT {

    private static final String NB = "\u00a0";

    @TempDir
    Path work;

    @Test
    void checkSaysWhatItRecognisedAndWhatItLeftAside() throws Exception {
        Path data = Files.createDirectories(work.resolve("donnees"));
        workbook(data.resolve("labo.xlsx"));
        Files.writeString(data.resolve("participants (1).csv"),
                "collectivite;participant;role\nmetz;P1;ambassadeur\n", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("photo.jpg"), "pas une image", StandardCharsets.UTF_8);
        Files.writeString(data.resolve("LISEZMOI.txt"), "nos notes", StandardCharsets.UTF_8);
        Path enquetes = Files.createDirectories(data.resolve("enquetes"));
        // a real export, linked and never copied; its mapping drafted by recits mapping as a lab would
        Path kobo = Files.createSymbolicLink(enquetes.resolve("paleocore.csv"), RealData.file("kobo-semicolon-paleocore/"
                + "paleocore-sss_artifact-form_-_all_versions_-_False_-_2022-08-01-05-36-18.first1000.csv"));
        Distribution.Run mapping = Distribution.script(Distribution.folder(), work, "mapping", kobo.toString());
        assertThat(mapping.code()).as(mapping.err()).isZero();

        Distribution.Run fr = Distribution.script(Distribution.folder(), work, "check", "--data", data.toString());
        assertThat(fr.code()).as(fr.err()).isZero();
        List<String> lines = fr.out().lines().toList();
        assertThat(lines).containsSubsequence(
                "LISEZMOI.txt" + NB + ": notes du dossier, non lues",
                "enquetes/paleocore.csv" + NB + ": KoBoToolbox, export large, en-têtes en noms XML, lu avec son fichier"
                        + " de correspondance — 1" + "\u202f" + "000 lignes lues, 1" + "\u202f" + "000 retenues, 0 rejetée",
                "enquetes/paleocore.mapping.csv" + NB + ": fichier de correspondance de l’export «" + NB + "paleocore.csv"
                        + NB + "»",
                "labo.xlsx" + NB + ":",
                "  feuille «" + NB + "Sessions" + NB + "»" + NB + ": tableau des sessions — 1 ligne lue, 1 retenue, 0 rejetée",
                "  feuille «" + NB + "Cas pratiques" + NB + "» ignorée" + NB + ": renommez-la «" + NB + "cas" + NB + "»",
                "participants (1).csv" + NB + ": fichier ignoré, aucun tableau ne porte ce nom" + NB + ": renommez-le «"
                        + NB + "participants.csv" + NB + "»",
                "photo.jpg" + NB + ": ignoré, ni tableau ni export d’enquête (fichier .jpg)");
        assertThat(fr.out()).doesNotContain("lecteur").doesNotContain("activity").doesNotContain("aucune ligne lue");
        // the file set aside and the sheet left aside are findings too, so that the report says them
        assertThat(fr.out()).contains("participants (1).csv" + NB + ": 1 constat de rejet")
                .contains("avertissement, valeur «\u00a0Cas pratiques\u00a0»");

        Distribution.Run en = Distribution.script(Distribution.folder(), work, "check", "--data", data.toString(),
                "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        assertThat(en.out().lines().toList()).containsSubsequence(
                "LISEZMOI.txt: the folder's notes, not read",
                "enquetes/paleocore.csv: KoBoToolbox, wide export, XML name headers, read with its mapping file"
                        + " — 1,000 rows read, 1,000 kept, 0 rejected",
                "enquetes/paleocore.mapping.csv: mapping file of the export \"paleocore.csv\"",
                "labo.xlsx:",
                "  sheet \"Sessions\": table of sessions — 1 row read, 1 kept, 0 rejected",
                "  sheet \"Cas pratiques\" ignored: rename it \"cas\"",
                "participants (1).csv: file ignored, no table has this name: rename it \"participants.csv\"",
                "photo.jpg: ignored, neither a table nor a survey export (a .jpg file)");
    }

    /** A lab's workbook: a sessions sheet, and the cases in a sheet named as people say it. */
    private static void workbook(Path file) throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = w.createSheet("Sessions");
            String[][] rows = {{"collectivite", "session", "date_debut", "jours"}, {"metz", "S1", "13/02/2020", "1"}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            Row h = w.createSheet("Cas pratiques").createRow(0);
            h.createCell(0).setCellValue("collectivite");
            h.createCell(1).setCellValue("cas");
            h.createCell(2).setCellValue("titre");
            w.write(out);
        }
    }
}
