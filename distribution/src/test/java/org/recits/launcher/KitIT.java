package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.testkit.LibreOffice;

/**
 * {@code recits init} as a labo lead meets it, through the start script: the kit opens in LibreOffice, its
 * example rows are not data, once filled it passes {@code check} without a finding and gives a report.
 */
class KitIT {

    @TempDir
    Path work;

    private Distribution.Run recits(String... args) throws Exception {
        return Distribution.script(Distribution.folder(), work, args);
    }

    @Test
    void theKitOpensInLibreOfficePassesCheckAndGivesAReport() throws Exception {
        Path kit = work.resolve("kit");
        Distribution.Run init = recits("init", kit.toString());
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("Modèle écrit dans " + kit + " (12 fichiers)");
        Path workbook = kit.resolve("classeur/modele-recits.xlsx");

        // every sheet as LibreOffice shows it (cells "as shown", en-US here): the example's date is a date in
        // the column's day-first format, the amount is in euros
        LibreOffice office = LibreOffice.installed(work);
        Path sheets = Files.createDirectories(work.resolve("sheets"));
        List<Path> csv = office.convert(workbook,
                "csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1", sheets);
        assertThat(csv).hasSize(9);
        String sessions = Files.readString(sheets.resolve("modele-recits-sessions.csv"), StandardCharsets.UTF_8);
        assertThat(sessions).startsWith("collectivite;session;date_debut;jours;type;lieu;cas;travail_labo")
                .contains("exemple;S01;13/02/2020;2.5;session;Mairie annexe;C01;non");
        assertThat(Files.readString(sheets.resolve("modele-recits-financements.csv"), StandardCharsets.UTF_8))
                .contains("12,500.00 €");

        // as written it holds only the example rows, which are not data: check says so, and that there is nothing
        // to report yet
        for (String folder : List.of("classeur", "csv")) {
            Distribution.Run check = recits("verifier", "--data", kit.resolve(folder).toString());
            assertThat(check.code()).as(check.out() + check.err()).isEqualTo(2);
            assertThat(check.out()).as(folder).contains("tableau des sessions, ligne 2 ignorée\u00a0: exemple du modèle");
            assertThat(check.err()).as(folder).contains("aucune ligne de données").contains("remplissez-l");
        }

        // filled from code as a lab would: the example's values for its own collectivité, one more session and its attendance
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                if (sheet.getRow(1) != null && "exemple".equals(sheet.getRow(1).getCell(0).getStringCellValue())) {
                    sheet.getRow(1).getCell(0).setCellValue("labo");
                }
            }
            Sheet s = wb.getSheet("sessions");
            Row example = s.getRow(1);
            Row row = s.createRow(2);
            row.createCell(0).setCellValue("labo");
            row.createCell(1).setCellValue("S02");
            row.createCell(2).setCellValue(LocalDate.of(2020, 3, 20));
            row.getCell(2).setCellStyle(example.getCell(2).getCellStyle());
            row.createCell(3).setCellValue(1);
            row.createCell(4).setCellValue("immersion");
            // and who came to it: a session without any attendance row is a warning (not recorded)
            Row present = wb.getSheet("presences").createRow(2);
            present.createCell(0).setCellValue("labo");
            present.createCell(1).setCellValue("S02");
            present.createCell(2).setCellValue("P001");
            try (OutputStream out = Files.newOutputStream(kit.resolve("classeur/rempli.xlsx"))) {
                wb.write(out);
            }
        }
        Files.delete(workbook);
        Distribution.Run filled = recits("check", "--data", kit.resolve("classeur").toString());
        assertThat(filled.code()).as(filled.out() + filled.err()).isZero();
        assertThat(filled.out()).contains("10 retenues, aucune rejetée").contains("aucun constat de rejet, aucun avertissement.");

        Path out = work.resolve("rapport");
        Distribution.Run report = recits("rapport", "--data", kit.resolve("classeur").toString(), "--out", out.toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(out.resolve("recits-2020-T1.xlsx")).exists();
    }

    @Test
    void initWritesNothingOverAnExistingKitAndSaysWhichFiles() throws Exception {
        Path kit = work.resolve("kit");
        assertThat(recits("init", kit.toString()).code()).isZero();
        Files.writeString(kit.resolve("csv/sessions.csv"), "mes données");
        Distribution.Run again = recits("--lang", "en", "init", kit.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("these files already exist").contains(kit.resolve("csv/sessions.csv").toString())
                .contains("Nothing was written");
        assertThat(Files.readString(kit.resolve("csv/sessions.csv"))).isEqualTo("mes données");
    }
}
