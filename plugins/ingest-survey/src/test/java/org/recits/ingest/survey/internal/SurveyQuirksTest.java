package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;

/**
 * The quirks the activity reader catches, caught in survey exports too through lib-tabular's one path (issue 17):
 * a stray quote that swallows the rows below it, a Windows-1252 line in a UTF-8 export, and a workbook that is none.
 */
class SurveyQuirksTest {
    @TempDir
    Path dir;

    private static final String MAPPING = "question,mesure,echelle\nQ1,qualite,likert5\n";

    /** A long-format export of 300 answers, the 40th with a quote typed at the start of its respondent. */
    @Test
    void aStrayQuoteInALongExportRejectsEveryRowItSwallowsAndSaysWhere() throws Exception {
        StringBuilder s = new StringBuilder("collectivite;repondant;date;question;reponse\n");
        for (int i = 1; i <= 300; i++) {
            s.append("mulhouse;").append(i == 40 ? "\"" : "").append('r').append(i).append(";2024-01-30;Q1;4\n");
        }
        Files.writeString(dir.resolve("l.csv"), s);
        Files.writeString(dir.resolve("l.mapping.csv"), MAPPING);
        Fixtures.Run run = Fixtures.ingest(dir, "l.csv");
        assertThat(run.counts()).singleElement().satisfies(c -> {
            assertThat(c.read()).isEqualTo(300);
            assertThat(c.kept()).isEqualTo(39);
            assertThat(c.rejected()).isEqualTo(261);
        });
        assertThat(run.findings()).filteredOn(f -> f.severity() == Finding.Severity.REJECTED).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(41);
            assertThat(f.column()).isEqualTo("repondant");
            assertThat(f.value()).isNull();
            assertThat(f.reason().fr()).startsWith("guillemet «\u00a0\"\u00a0» ouvert ligne\u00a041 et refermé seulement ligne\u00a0301 (ou jamais)")
                    .contains("les 260\u00a0lignes qu’elle avale sont rejetées");
        });
    }

    /** A wide export (Google Forms) with a stray quote in a respondent's text answer. */
    @Test
    void aStrayQuoteInAWideExportRejectsTheRespondentsItSwallows() throws Exception {
        StringBuilder s = new StringBuilder("Horodateur,collectivite,Q1\n");
        for (int i = 1; i <= 50; i++) {
            s.append("2024/01/30 10:00:00 UTC+1,").append(i == 10 ? "\"" : "").append("mulhouse,4\n");
        }
        Files.writeString(dir.resolve("w.csv"), s);
        Files.writeString(dir.resolve("w.mapping.csv"), "question,mesure,echelle\ncollectivite,collectivite,\nQ1,qualite,likert5\n");
        Fixtures.Run run = Fixtures.ingest(dir, "w.csv");
        SourceFile.TableCount c = run.counts().get(0);
        assertThat(c.read()).isEqualTo(50);
        assertThat(c.kept()).isEqualTo(9);
        assertThat(run.findings()).filteredOn(f -> f.reason().fr().startsWith("guillemet")).singleElement()
                .satisfies(f -> assertThat(f.line()).isEqualTo(11));
    }

    @Test
    void aWindows1252LineInAUtf8ExportIsNamed() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("collectivite;repondant;date;question;reponse\n".getBytes(StandardCharsets.UTF_8));
        for (int i = 1; i <= 20; i++) {
            out.writeBytes(("mulhouse;r" + i + ";2024-01-30;Q1;très bien\n")
                    .getBytes(i == 7 ? Charset.forName("windows-1252") : StandardCharsets.UTF_8));
        }
        Files.write(dir.resolve("l.csv"), out.toByteArray());
        Files.writeString(dir.resolve("l.mapping.csv"), "question,mesure,echelle,inverse,libelles\nQ1,qualite,likert4,,très bien=4\n");
        Fixtures.Run run = Fixtures.ingest(dir, "l.csv");
        assertThat(run.findings()).filteredOn(f -> f.reason().fr().startsWith("fichier en UTF-8")).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(8);
            assertThat(f.reason().fr()).isEqualTo("fichier en UTF-8 dont une ligne n’est pas en UTF-8 (ligne\u00a08)\u00a0: elle est "
                    + "lue en Windows-1252, le reste du fichier en UTF-8. Vérifiez ses accents, et enregistrez le fichier entier en UTF-8.");
        });
        // the line's accent read right: its answer is scored like the others
        assertThat(run.counts().get(0).kept()).isEqualTo(20);
    }

    @Test
    void anOldXlsRenamedXlsxWithItsMappingSaysSo() throws Exception {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.OutputStream o = Files.newOutputStream(dir.resolve("x.xlsx"))) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("Q1");
            wb.write(o);
        }
        Files.writeString(dir.resolve("x.mapping.csv"), MAPPING);
        Fixtures.Run run = Fixtures.ingest(dir, "x.xlsx");
        assertThat(run.counts()).isEmpty();
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
            assertThat(f.reason().fr()).startsWith("format .xls (Excel 97-2003)\u00a0: enregistrez-le en .xlsx");
        });
    }
}
