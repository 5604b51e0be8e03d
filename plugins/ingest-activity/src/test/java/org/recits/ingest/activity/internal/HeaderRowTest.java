package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Attendance;
import org.recits.api.model.Participant;
import org.recits.api.model.Scope;

/**
 * Hand-made sheets put a title above the header: the header is looked for in the first rows by the
 * table's columns, and a table without one is one finding, not a cascade of unknown participants.
 */
class HeaderRowTest {
    private static final Scope ALL = Scope.programme();

    @TempDir
    Path dir;

    @Test
    void csvTitleRowAboveTheHeaderIsSkippedAndLinesStayTheFilesOwn() throws IOException {
        Lab lab = new Lab(dir)
                .file("participants.csv", "Suivi des participants — programme 2021\n"
                        + "\n"
                        + "Collectivité;Identifiant;Rôle\n"  // line 3, synonyms of collectivite, participant, role
                        + "m;p1;ambassadeur\n"               // 4
                        + "m;p2;stagiaire\n")                // 5 unknown role
                .file("sessions.csv", "collectivite;session;date_debut;jours\nm;S1;2021-01-12;1\n")
                .file("presences.csv", "collectivite;session;participant\nm;S1;p1\n");
        Dataset d = lab.read();

        assertThat(d.participants(ALL)).extracting(Participant::id).containsExactly("p1");
        assertThat(d.participants(ALL).get(0).source().line()).isEqualTo(4);
        assertThat(d.attendance(ALL)).extracting(Attendance::participant).containsExactly("p1");
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly(
                "participants.csv:5 [Rôle=stagiaire] rôle inconnu «\u00a0stagiaire\u00a0»\u00a0: attendu ambassadeur, resident, "
                        + "referent, coordinateur, elu, relais, partenaire, usager");
        assertThat(Lab.warnings(d)).singleElement().satisfies(w -> {
            assertThat(w.file()).isEqualTo("participants.csv");
            assertThat(w.line()).isEqualTo(3);
            assertThat(w.value()).isEqualTo("Suivi des participants — programme 2021");
            assertThat(w.reason().fr()).isEqualTo(
                    "en-tête trouvé ligne\u00A03, sous un titre\u00A0: les lignes\u00A01 à\u00A02 ne sont pas lues");
            assertThat(w.reason().en()).isEqualTo("header found at line 3, below a title: lines 1 to 2 are not read");
        });
        // the title and the blank line are not rows: 2 read, 1 kept, 1 rejected
        assertThat(lab.counts.get("participants.csv")).containsExactly(new TableCount("participants", 2, 1, 1));
    }

    @Test
    void xlsxSheetWithATitleRowIsReadFromItsHeader() throws IOException {
        Path wb = dir.resolve("labo.xlsx");
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(wb)) {
            Sheet p = w.createSheet("Participants");
            p.createRow(0).createCell(0).setCellValue("Liste des participants");
            String[][] rows = {{"collectivite", "participant", "role"}, {"m", "A01", "ambassadeur"},
                {"m", "A02", "elu"}};
            for (int i = 0; i < rows.length; i++) {
                var r = p.createRow(i + 2); // the header on sheet row 3, below the title and a blank row
                for (int c = 0; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue(rows[i][c]);
                }
            }
            Sheet s = w.createSheet("presences");
            var h = s.createRow(0);
            h.createCell(0).setCellValue("collectivite");
            h.createCell(1).setCellValue("session");
            h.createCell(2).setCellValue("participant");
            var a = s.createRow(1);
            a.createCell(0).setCellValue("m");
            a.createCell(1).setCellValue("S1");
            a.createCell(2).setCellValue("A02");
            w.write(out);
        }
        Dataset d = new Lab(dir).read();
        assertThat(d.participants(ALL)).extracting(Participant::id).containsExactly("A01", "A02");
        assertThat(d.participants(ALL)).extracting(p -> p.source().line()).containsExactly(4L, 5L);
        assertThat(d.attendance(ALL)).hasSize(1);
        assertThat(Lab.rejected(d)).isEmpty();
        assertThat(Lab.describe(Lab.warnings(d))).containsExactly("labo.xlsx#Participants:3 [null=Liste des participants] "
                + "en-tête trouvé ligne\u00A03, sous un titre\u00A0: les lignes\u00A01 à\u00A02 ne sont pas lues");
    }

    @Test
    void noHeaderInTheFirstRowsIsOneFindingAndItsRowsOneGroupedFindingDownstream() throws IOException {
        StringBuilder participants = new StringBuilder("Participants\n");
        for (int i = 1; i <= 30; i++) {
            participants.append("m;p").append(i).append(";ambassadeur\n"); // no header at all
        }
        StringBuilder presences = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= 30; i++) {
            presences.append("m;S1;p").append(i).append('\n');
        }
        Lab lab = new Lab(dir)
                .file("participants.csv", participants.toString())
                .file("sessions.csv", "collectivite;session;date_debut;jours\nm;S1;2021-01-12;1\n")
                .file("presences.csv", presences.toString());
        Dataset d = lab.read();

        assertThat(Lab.describe(d.findings())).containsExactly(
                "participants.csv:0 [null=null] en-tête introuvable dans les 10\u00A0premières lignes\u00A0: colonnes "
                        + "attendues collectivite, participant, role\u00A0; les 30\u00A0lignes du fichier sont rejetées",
                "presences.csv:2 [participant=null] 30\u00A0lignes rejetées d’un coup\u00A0: aucun participant n’a pu "
                        + "être lu dans participants.csv (voir ses constats)\u00A0; corrigez d’abord ce fichier");
        assertThat(d.findings().get(0).reason().en()).isEqualTo("header not found in the first 10 rows: expected "
                + "columns collectivite, participant, role; the file's 30 rows are rejected");
        assertThat(d.findings().get(1).reason().en()).isEqualTo("30 rows rejected at once: no participant could be "
                + "read from participants.csv (see its findings); fix that file first");
        assertThat(d.attendance(ALL)).isEmpty();
        assertThat(lab.counts.get("participants.csv")).containsExactly(new TableCount("participants", 30, 0, 30));
    }

    @Test
    void aRefusedSessionsTableGroupsTheAttendanceAndWeatherItLeavesWithoutSession() throws IOException {
        Lab lab = new Lab(dir)
                .file("sessions.csv", "collectivite;session;jours\nm;S1;1\nm;S2;1\n") // date_debut missing
                .file("presences.csv", "collectivite;session;participant\nm;S1;p1\nm;S2;p1\nm;S2;p2\n")
                .file("meteo.csv", "collectivite;session;meteo\nm;S1;soleil\nm;S2;pluie\n");
        Dataset d = lab.read();
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly(
                "meteo.csv:2 [session=null] 2\u00A0lignes rejetées d’un coup\u00A0: aucune session n’a pu être lue "
                        + "dans sessions.csv (voir ses constats)\u00A0; corrigez d’abord ce fichier",
                "presences.csv:2 [session=null] 3\u00A0lignes rejetées d’un coup\u00A0: aucune session n’a pu être lue "
                        + "dans sessions.csv (voir ses constats)\u00A0; corrigez d’abord ce fichier",
                "sessions.csv:1 [date_debut=null] colonne obligatoire «\u00a0date_debut\u00a0» absente de l’en-tête\u00a0: "
                        + "les 2 lignes du fichier sont rejetées");
        assertThat(d.attendance(ALL)).isEmpty();
        assertThat(d.weather(ALL)).isEmpty();
    }

    @Test
    void aHeaderWithAllItsColumnsOnTheFirstLineIsNeverLookedForBelow() throws IOException {
        // a data row that happens to hold column names does not move the header
        Lab lab = new Lab(dir).file("participants.csv",
                "collectivite;participant;role\ncollectivite;participant;role;direction\nm;p1;elu\n");
        Dataset d = lab.read();
        assertThat(d.findings()).extracting(Finding::line).containsExactly(2L); // rôle inconnu « role »
        assertThat(d.participants(ALL)).extracting(Participant::id).containsExactly("p1");
    }

    @Test
    void aHeaderMissingARequiredColumnBelowATitleIsStillFoundAndTheColumnNamed() throws IOException {
        Lab lab = new Lab(dir).file("participants.csv", "Participants 2021;;\ncollectivite;participant;direction\nm;p1;DRH\n");
        Dataset d = lab.read();
        assertThat(Lab.describe(d.findings())).containsExactly(
                "participants.csv:2 [null=Participants 2021] en-tête trouvé ligne\u00A02, sous un titre\u00A0: "
                        + "la ligne\u00A01 n’est pas lue",
                "participants.csv:2 [role=null] colonne obligatoire «\u00a0role\u00a0» absente de l’en-tête\u00a0: "
                        + "les 1 lignes du fichier sont rejetées");
    }

    @Test
    void aFileWithoutHeaderNorRowsSaysNoRowCount() throws IOException {
        // a file of NUL bytes: no header and no row, not « les 0 lignes »
        Lab lab = new Lab(dir).bytes("participants.csv", new byte[64]);
        Dataset d = lab.read();
        assertThat(Lab.describe(d.findings())).containsExactly("participants.csv:0 [null=null] en-tête introuvable "
                + "dans les 10\u00A0premières lignes\u00A0: colonnes attendues collectivite, participant, role");
    }
}
