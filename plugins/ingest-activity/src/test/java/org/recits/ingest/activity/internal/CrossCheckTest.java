package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Scope;

class CrossCheckTest {
    @TempDir
    Path dir;

    private static final Scope ALL = Scope.programme();

    @Test
    void crossFileChecks() throws IOException {
        Dataset d = new Lab(dir)
                .file("collectivites.csv", "collectivite;nom;date_debut;date_fin\n"
                        + "m;Mulhouse;13/08/2019;30/06/2020\n"
                        + "m;Mulhouse bis;;\n")
                .file("participants.csv", "collectivite;participant;role\n"
                        + "m;p1;ambassadeur\nm;p2;resident\nm;p1;elu\nx;p9;elu\n")
                .file("sessions.csv", "collectivite;session;date_debut;jours\n"
                        + "m;S1;15/01/2020;2\nm;S2;01/08/2019;1\nm;S1;20/01/2020;1\n")
                .file("cas.csv", "collectivite;cas;titre\nm;C1;A\nm;C1;B\nn;C1;C\n")
                .file("presences.csv", "collectivite;session;participant;jours_presents\n"
                        + "m;S1;p1;\nm;S9;p1;\nm;S1;p7;\nm;S1;p2;3\n")
                .file("meteo.csv", "collectivite;session;meteo\nm;S2;soleil\nm;S3;pluie\n")
                .read();
        assertThat(Lab.describe(Lab.rejected(d))).containsExactly(
                "cas.csv:3 [cas=C1] identifiant en double «\u00a0C1\u00a0»\u00a0: déjà utilisé ligne 2 de cas.csv",
                "collectivites.csv:3 [collectivite=m] identifiant en double «\u00a0m\u00a0»\u00a0: déjà utilisé ligne 2 de collectivites.csv",
                "meteo.csv:3 [session=S3] session inconnue «\u00a0S3\u00a0» pour la collectivité «\u00a0m\u00a0»\u00a0: absente de sessions",
                "participants.csv:4 [participant=p1] identifiant en double «\u00a0p1\u00a0»\u00a0: déjà utilisé ligne 2 de participants.csv",
                "presences.csv:3 [session=S9] session inconnue «\u00a0S9\u00a0» pour la collectivité «\u00a0m\u00a0»\u00a0: absente de sessions",
                "presences.csv:4 [participant=p7] participant inconnu «\u00a0p7\u00a0» pour la collectivité «\u00a0m\u00a0»\u00a0: absent de participants",
                "sessions.csv:4 [session=S1] identifiant en double «\u00a0S1\u00a0»\u00a0: déjà utilisé ligne 2 de sessions.csv");
        assertThat(Lab.describe(Lab.warnings(d))).containsExactly(
                "cas.csv:4 [collectivite=n] collectivité «\u00a0n\u00a0» absente de collectivites (1 ligne de ce fichier)",
                "participants.csv:5 [collectivite=x] collectivité «\u00a0x\u00a0» absente de collectivites (1 ligne de ce fichier)",
                "presences.csv:5 [jours_presents=3] jours présents (3) supérieurs à la durée de la session (2)\u00a0: ramenés à 2",
                "sessions.csv:3 [date_debut=01/08/2019] session du 01/08/2019 hors de la période de la collectivité "
                        + "(du 13/08/2019 au 30/06/2020)");
        assertThat(d.collectivites()).extracting(c -> c.nom()).containsExactly("Mulhouse");
        assertThat(d.participants(ALL)).extracting(p -> p.collectivite() + "/" + p.id() + "/" + p.role().code())
                .containsExactly("m/p1/ambassadeur", "m/p2/resident", "x/p9/elu");
        assertThat(d.sessions(ALL)).extracting(s -> s.source().line()).containsExactly(3L, 2L); // by date: S2 then S1
        assertThat(d.attendance(ALL)).extracting(a -> a.source().line()).containsExactly(2L, 5L);
        assertThat(d.cases(ALL)).extracting(c -> c.source().line()).containsExactly(2L, 4L);
        assertThat(d.weather(ALL)).extracting(w -> w.session()).containsExactly("S2");
    }

    @Test
    void referencesAreNotCheckedAgainstAFileThatIsNotThere() throws IOException {
        Dataset d = new Lab(dir)
                .file("presences.csv", "collectivite;session;participant\nm;S1;p1\n")
                .file("meteo.csv", "collectivite;session;meteo\nm;S1;3\n")
                .read();
        assertThat(d.findings()).isEmpty();
        assertThat(d.attendance(ALL)).hasSize(1);
    }

    @Test
    void unlistedCollectiviteIsOneWarningPerFileCountingItsRows() throws IOException {
        Dataset d = new Lab(dir)
                .file("collectivites.csv", "collectivite;nom\nm;Mulhouse\n")
                .file("sessions.csv", "collectivite;session;date_debut;jours\nz;S1;2020-01-01;1\nm;S2;2020-01-02;1\n"
                        + "z;S3;2020-01-03;1\nz;S4;2020-01-04;1\n")
                .read();
        assertThat(Lab.describe(d.findings())).containsExactly(
                "sessions.csv:2 [collectivite=z] collectivité «\u00a0z\u00a0» absente de collectivites (3 lignes de ce fichier)");
    }

    /** 100 000 attendance rows (one session, 1 000 participants): read and cross-checked; prints the time taken. */
    @Test
    void hundredThousandAttendanceRows() throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve("participants.csv"), StandardCharsets.UTF_8)) {
            w.write("collectivite;participant;role\n");
            for (int p = 0; p < 1000; p++) {
                w.write("m;p" + p + ";resident\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("sessions.csv"), StandardCharsets.UTF_8)) {
            w.write("collectivite;session;date_debut;jours\n");
            for (int s = 0; s < 100; s++) {
                w.write("m;S" + s + ";30/01/2020;1\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(dir.resolve("presences.csv"), StandardCharsets.UTF_8)) {
            w.write("collectivite;session;participant;jours_presents\n");
            for (int i = 0; i < 100_000; i++) {
                w.write("m;S" + (i % 100) + ";p" + (i / 100) + ";" + (i % 3 == 0 ? "" : "0,5") + "\n");
            }
            w.write("m;S1;inconnu;1\n"); // line 100 002
        }
        Lab lab = new Lab(dir);
        long t0 = System.nanoTime();
        Dataset d = lab.read();
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("100 000 attendance rows read and cross-checked in " + ms + " ms");
        assertThat(d.attendance(ALL)).hasSize(100_000);
        assertThat(Lab.describe(d.findings())).containsExactly("presences.csv:100002 [participant=inconnu] "
                + "participant inconnu «\u00a0inconnu\u00a0» pour la collectivité «\u00a0m\u00a0»\u00a0: absent de participants");
        // Counts are returned before cross-checks run: the later rejection is a finding, not in the count (README).
        assertThat(lab.counts.get("presences.csv")).containsExactly(new TableCount("presences", 100_001, 100_001, 0));
    }
}
