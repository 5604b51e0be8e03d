package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;

/** Inputs that lose or garble data without a word unless the reader looks for them (issue 17). */
class HostileInputsTest {
    @TempDir
    Path dir;

    /** 3 000 presences, the 80th with a quote typed at the start of its participant and never closed. */
    private static String presences(int rows, int strayAt) {
        StringBuilder s = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= rows; i++) {
            s.append("mulhouse;S1;").append(i == strayAt ? "\"" : "").append('p').append(i).append('\n');
        }
        return s.toString();
    }

    @Test
    void aStrayQuoteRejectsEveryRowItSwallowsAndSaysWhere() throws IOException {
        StringBuilder participants = new StringBuilder("collectivite;participant;role\n");
        for (int i = 1; i <= 3000; i++) {
            participants.append("mulhouse;p").append(i).append(";referent\n");
        }
        Lab lab = new Lab(dir).file("presences.csv", presences(3000, 80))
                .file("participants.csv", participants.toString())
                .file("sessions.csv", "collectivite;session;date_debut;jours\nmulhouse;S1;30/01/2020;1\n");
        Dataset d = lab.read();
        // rows 1 to 79 kept; row 80 (line 81) and the 2 920 rows it swallowed rejected: read = kept + rejected
        assertThat(lab.counts.get("presences.csv")).containsExactly(new SourceFile.TableCount("presences", 3000, 79, 2921));
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly("presences.csv:81 [participant=null] guillemet "
                + "«\u00a0\"\u00a0» ouvert ligne\u00a081 et refermé seulement ligne\u00a03001 (ou jamais)\u00a0: les lignes "
                + "suivantes sont lues comme le texte d’une seule cellule. Cette ligne et les 2\u202f920\u00a0lignes qu’elle "
                + "avale sont rejetées. Retirez ce guillemet, ou doublez-le («\u00a0\"\"\u00a0»).");
    }

    @Test
    void oneWindows1252RowInUtf8VerbatimsKeepsEveryOtherAccentAndIsNamed() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes("collectivite;texte;consentement\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (int i = 1; i <= 30; i++) {
            out.writeBytes(("mulhouse;On a appris dès le début, séance " + i + ";oui\n")
                    .getBytes(i == 12 ? java.nio.charset.Charset.forName("windows-1252") : java.nio.charset.StandardCharsets.UTF_8));
        }
        Dataset d = new Lab(dir).bytes("verbatims.csv", out.toByteArray()).read();
        assertThat(d.quotes(org.recits.api.model.Scope.programme())).hasSize(30)
                .allSatisfy(q -> assertThat(q.texte()).startsWith("On a appris dès le début, séance "));
        assertThat(Lab.describe(Lab.warnings(d))).contains("verbatims.csv:13 [null=null] fichier en UTF-8 dont une ligne "
                + "n’est pas en UTF-8 (ligne\u00a013)\u00a0: elle est lue en Windows-1252, le reste du fichier en UTF-8. "
                + "Vérifiez ses accents, et enregistrez le fichier entier en UTF-8.");
    }

    /** Rows of 10 000 cells beyond a header of three: a few findings per row and one for the cut, not 10 000. */
    @Test
    void tenThousandCellsBeyondTheHeaderMakeAFewFindingsAndOneCut() throws IOException {
        StringBuilder s = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= 20; i++) {
            s.append("mulhouse;S1;p").append(i).append(";x".repeat(10_000)).append('\n');
        }
        Lab lab = new Lab(dir).file("presences.csv", s.toString());
        Dataset d = lab.read();
        List<Finding> cut = Lab.warnings(d).stream().filter(f -> f.reason().fr().contains("plus de 2048")).toList();
        assertThat(Lab.describe(cut)).containsExactly("presences.csv:2 [null=null] 20 lignes ont plus de 2048\u00a0cellules "
                + "(la première\u00a0: ligne\u00a02)\u00a0: seules les 2048\u00a0premières cellules de chaque ligne sont lues, "
                + "le reste est ignoré. C’est d’ordinaire un séparateur répété sur toute la ligne ou une cellule tapée tout au "
                + "bout de la feuille\u00a0: supprimez ces colonnes en trop.");
        List<Finding> line2 = d.findings().stream().filter(f -> f.line() == 2 && f != cut.get(0)).toList();
        // eight cells named one by one, then one warning for the 2 037 others
        assertThat(line2).hasSizeLessThanOrEqualTo(Cells.KEPT_BEYOND_HEADER + 2);
        assertThat(Lab.describe(line2)).contains("presences.csv:2 [colonne 12=null] 2\u202f037 autres cellules hors de "
                + "l’en-tête (colonnes 12 à 2048)\u00a0: ignorées");
    }

    /** 50 000 rows with a cell at XFD, the sheet's last column: read row by row, the far cell cut. */
    @Test
    void aSheetWithCellsAtColumnXfdIsReadWithOneCut() throws IOException {
        org.recits.tabular.HostileSheets.xfdWorkbook(dir.resolve("labo.xlsx"), 50_000);
        Lab lab = new Lab(dir);
        Dataset d = lab.read();
        assertThat(lab.counts.get("labo.xlsx")).singleElement().satisfies(c -> assertThat(c.read()).isEqualTo(50_000));
        assertThat(Lab.describe(Lab.warnings(d))).anyMatch(w -> w.startsWith("labo.xlsx#presences:2 [null=null] 50\u202f000 lignes ont plus de 2048"));
    }

    /** A workbook that is none says what it is: accepted or not, its finding is that, in both languages. */
    @Test
    void aCsvRenamedXlsxAndATruncatedWorkbookSayWhatTheyAre() throws IOException {
        Path renamed = java.nio.file.Files.writeString(dir.resolve("sessions.xlsx"), "collectivite;session\nm;S1\n");
        ActivityIngestor ingestor = new ActivityIngestor();
        org.recits.api.ingest.InputFile in = org.recits.api.ingest.InputFile.of(renamed, "sessions.xlsx");
        assertThat(ingestor.accepts(in)).isFalse();
        assertThat(ingestor.declined(in)).hasValueSatisfying(t -> {
            assertThat(t.fr()).startsWith("ce fichier est du texte (un CSV\u202f?), pas un classeur\u00a0: renommez-le en .csv");
            assertThat(t.in(java.util.Locale.ENGLISH)).startsWith("this file is text (a CSV?), not a workbook");
        });
        Path xls = java.nio.file.Files.write(dir.resolve("labo.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0});
        assertThat(ingestor.declined(org.recits.api.ingest.InputFile.of(xls, "labo.xls")))
                .hasValueSatisfying(t -> assertThat(t.fr()).startsWith("format .xls (Excel 97-2003)\u00a0: enregistrez-le en .xlsx"));
    }
}
