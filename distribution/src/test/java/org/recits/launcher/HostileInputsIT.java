package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tabular.HostileSheets;

/**
 * Small hostile inputs through the start script, with its default heap (issue 17): a 6.4 MB CSV with 10 000
 * cells beyond its header on every row, and a 400 KB workbook with cells at column XFD, both ended in
 * OutOfMemoryError. They now finish with the finding that says what was cut; a workbook that is none says what
 * it is, in each language.
 */
class HostileInputsIT {

    @TempDir
    Path work;

    private Distribution.Run recits(String... args) throws IOException, InterruptedException {
        return Distribution.script(Distribution.folder(), work, args);
    }

    @Test
    void aCsvOfTenThousandCellsPerRowIsReportedWithACut() throws Exception {
        Path data = Distribution.demoCopy(work, "donnees");
        try (Writer w = Files.newBufferedWriter(data.resolve("presences.csv"))) {
            w.write("collectivite;session;participant\n");
            String extra = ";x".repeat(10_000);
            for (int i = 1; Files.size(data.resolve("presences.csv")) < 6_400_000; i++) {
                w.write("metro-arlon;S1;p" + i + extra + "\n");
                if (i % 50 == 0) {
                    w.flush();
                }
            }
        }
        Distribution.Run report = recits("report", "--data", "donnees", "--period", "2021-T1", "--out", "sortie");
        assertThat(report.err()).doesNotContain("OutOfMemoryError");
        assertThat(report.code()).as(report.err()).isZero();
        Distribution.Run check = recits("check", "--data", "donnees");
        assertThat(check.out() + check.err()).contains("lignes ont plus de 2048\u00a0cellules (la première\u00a0: ligne\u00a02)");
    }

    @Test
    void aWorkbookWithCellsAtXfdIsReadWithACut() throws Exception {
        Path data = Files.createDirectories(work.resolve("classeur"));
        Path xlsx = HostileSheets.xfdWorkbook(data.resolve("labo.xlsx"), 50_000);
        assertThat(Files.size(xlsx)).isBetween(300_000L, 600_000L);
        Distribution.Run check = recits("check", "--data", "classeur", "--lang", "en");
        assertThat(check.err()).doesNotContain("OutOfMemoryError");
        // every row lacks its session: nothing to report on (2), said after the cut
        assertThat(check.code()).as(check.err()).isEqualTo(2);
        assertThat(check.out() + check.err()).contains("50,000 rows have more than 2048 cells (the first: line 2)");
    }

    @Test
    void aWorkbookThatIsNoneSaysWhatItIsInEachLanguage() throws Exception {
        Path data = Distribution.demoCopy(work, "donnees");
        Files.writeString(data.resolve("sessions-bis.xlsx"), "collectivite;session\nm;S1\n");
        byte[] whole = Files.readAllBytes(HostileSheets.xfdWorkbook(work.resolve("entier.xlsx"), 1_000));
        Files.write(data.resolve("labo.xlsx"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Distribution.Run fr = recits("check", "--data", "donnees");
        assertThat(fr.out()).contains("sessions-bis.xlsx\u00a0: ce fichier est du texte (un CSV\u202f?), pas un classeur\u00a0: renommez-le en .csv")
                .contains("labo.xlsx\u00a0: classeur tronqué ou endommagé");
        Distribution.Run en = recits("check", "--data", "donnees", "--lang", "en");
        assertThat(en.out()).contains("sessions-bis.xlsx: this file is text (a CSV?), not a workbook: rename it to .csv")
                .contains("labo.xlsx: truncated or damaged workbook");
    }
}
