package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;

/**
 * Small files that used to fill the memory or to get a parser's words (issue 17): rows are cut to
 * {@link Table#MAX_CELLS} cells with one warning, sheets are read row by row, and a file named as a workbook
 * that is none says what it is.
 */
class HostileTablesTest {
    @TempDir
    Path dir;

    @Test
    void aCellAtColumnXfdIsCutAndTheSheetIsReadRowByRow() throws IOException {
        Path xlsx = HostileSheets.xfdWorkbook(dir.resolve("labo.xlsx"), 50_000);
        assertThat(Files.size(xlsx)).isLessThan(600_000);
        try (Table t = Tables.sheet(xlsx, "labo.xlsx#presences", "presences")) {
            assertThat(t.header()).containsExactly("collectivite", "session", "participant");
            long rows = 0;
            for (Row r : t) {
                assertThat(r.cells()).containsExactly("m");
                rows++;
            }
            assertThat(rows).isEqualTo(50_000);
            assertThat(t.cutLines()).hasSize(50_000).startsWith(2L, 3L).endsWith(50_001L);
            Finding f = TableFindings.cutRows(t).orElseThrow();
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.reason().fr()).startsWith("50\u202f000 lignes ont plus de 2048\u00a0cellules (la première\u00a0: ligne\u00a02)");
            assertThat(f.reason().in(Locale.ENGLISH)).startsWith("50,000 rows have more than 2048 cells (the first: line 2)");
        }
    }

    @Test
    void aSheetIteratorLeftHalfWayIsClosedWithItsTable() throws IOException {
        Path xlsx = HostileSheets.xfdWorkbook(dir.resolve("labo.xlsx"), 10);
        Table t = Tables.sheet(xlsx, "labo.xlsx#presences", "presences");
        assertThat(t.iterator().next().line()).isEqualTo(2);
        assertThat(t.head(3)).extracting(Row::line).containsExactly(2L, 3L, 4L);
        t.close();
        Files.delete(xlsx); // nothing holds it open
    }

    @Test
    void aCsvRowOfTenThousandCellsBeyondItsHeaderIsCutWithOneWarning() throws IOException {
        Path csv = dir.resolve("presences.csv");
        String extra = ";x".repeat(10_000);
        StringBuilder s = new StringBuilder("collectivite;session;participant\n");
        for (int i = 1; i <= 5; i++) {
            s.append("m;S1;p").append(i).append(i == 3 ? "" : extra).append('\n');
        }
        Files.writeString(csv, s);
        try (Table t = Tables.csv(csv, "presences.csv")) {
            List<Row> rows = new java.util.ArrayList<>();
            t.forEach(rows::add);
            assertThat(rows).extracting(Row::size).containsExactly(2048, 2048, 3, 2048, 2048);
            assertThat(t.cutLines()).containsExactly(2L, 3L, 5L, 6L);
            assertThat(TableFindings.cutRows(t).orElseThrow().reason().fr()).startsWith("4 lignes ont plus de 2048");
        }
        Files.writeString(csv, "a;b\n1;2\n");
        try (Table t = Tables.csv(csv, "presences.csv")) {
            t.forEach(r -> { });
            assertThat(TableFindings.cutRows(t)).isEmpty();
        }
    }

    @Test
    void aPasswordProtectedWorkbookSaysSo() throws Exception {
        Path f = dir.resolve("labo.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = enc.getDataStream(fs)) {
                wb.createSheet("sessions").createRow(0).createCell(0).setCellValue("collectivite");
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(f)) {
                fs.writeFilesystem(out);
            }
        }
        assertTrouble(f, "classeur protégé par mot de passe\u00a0: enregistrez-le sans mot de passe",
                "workbook protected by a password: save it without a password");
    }

    @Test
    void anOldXlsSaysToSaveItAsXlsx() throws IOException {
        Path f = dir.resolve("labo.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(f)) {
            wb.createSheet("sessions").createRow(0).createCell(0).setCellValue("collectivite");
            wb.write(out);
        }
        assertTrouble(f, "format .xls (Excel 97-2003)\u00a0: enregistrez-le en .xlsx", ".xls format (Excel 97-2003): save it as .xlsx");
        Path xls = Files.copy(f, dir.resolve("labo.xls"));
        assertThat(UnreadableWorkbook.of(xls).orElseThrow().reason().fr()).startsWith("format .xls");
    }

    @Test
    void aCsvRenamedXlsxSaysToRenameIt() throws IOException {
        Path f = Files.writeString(dir.resolve("sessions.xlsx"), "collectivite;session;date_debut\nm;S1;30/01/2020\n");
        assertTrouble(f, "ce fichier est du texte (un CSV\u202f?), pas un classeur\u00a0: renommez-le en .csv",
                "this file is text (a CSV?), not a workbook: rename it to .csv");
    }

    @Test
    void aTruncatedWorkbookSaysToCopyItAgainAndGivesNoPartialRows() throws IOException {
        Path whole = HostileSheets.xfdWorkbook(dir.resolve("whole.xlsx"), 2_000);
        byte[] bytes = Files.readAllBytes(whole);
        Path f = Files.write(dir.resolve("labo.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        assertTrouble(f, "classeur tronqué ou endommagé", "truncated or damaged workbook");
        assertThatThrownBy(() -> Tables.sheet(f, "labo.xlsx#presences", "presences")).isInstanceOf(UnreadableWorkbook.class);
    }

    @Test
    void aWorkbookThatOpensHasNoTrouble() throws IOException {
        assertThat(UnreadableWorkbook.of(HostileSheets.xfdWorkbook(dir.resolve("ok.xlsx"), 1))).isEmpty();
        assertThat(UnreadableWorkbook.of(Files.write(dir.resolve("vide.xlsx"), new byte[0])).orElseThrow().reason().fr())
                .startsWith("fichier vide");
    }

    /** Random bytes named .xlsx: not a readable workbook, said as such (not « no sheet has a table's name »). */
    @Test
    void randomBytesSayTheFileIsNoReadableWorkbook() throws IOException {
        byte[] bytes = new byte[5000];
        new java.util.Random(7).nextBytes(bytes);
        bytes[0] = 0x01; // neither PK nor OLE2
        Path f = Files.write(dir.resolve("collectivites.xlsx"), bytes);
        assertTrouble(f, "ce fichier n’est pas un classeur lisible (ni .xlsx, ni .xls, ni texte)",
                "this file is not a readable workbook");
    }

    /**
     * An undeclared entity in a sheet's XML: the rows up to it are read, then the readers' detail is a sentence in
     * words (French, the English in the cause's reason), not « java.io.IOException … ParseError at [row,col] ».
     */
    @Test
    void anUndeclaredEntityInASheetIsSaidInWords() throws IOException {
        Path whole = HostileSheets.xfdWorkbook(dir.resolve("whole.xlsx"), 3);
        Path f = dir.resolve("labo.xlsx");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(whole.toFile());
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(f))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                String text = new String(in.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    text = text.replaceFirst("<t>m</t>", "<t>&inconnue;</t>");
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertThatThrownBy(() -> {
            try (Table t = Tables.sheet(f, "labo.xlsx#presences", "presences")) {
                t.forEach(r -> { });
            }
        }).isInstanceOfSatisfying(java.io.UncheckedIOException.class, e -> {
            assertThat(e.getMessage()).startsWith("le XML de la feuille est illisible ligne\u00a01, colonne")
                    .contains("entité non déclarée").doesNotContain("ParseError").doesNotContain("Exception");
            assertThat(e.getCause()).isInstanceOfSatisfying(UnreadableWorkbook.class, u -> assertThat(
                    u.reason().in(Locale.ENGLISH)).startsWith("the sheet’s XML cannot be read at line 1, column"));
        });
    }

    private static void assertTrouble(Path f, String fr, String en) {
        for (ThrowingCall call : List.<ThrowingCall>of(() -> Tables.sheets(f), () -> Tables.sheet(f, "x", "sessions"))) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(UnreadableWorkbook.class, e -> {
                assertThat(e.reason().fr()).startsWith(fr);
                assertThat(e.reason().in(Locale.ENGLISH)).startsWith(en);
                assertThat(e.getMessage()).startsWith(f.getFileName() + " : " + fr);
            });
        }
        assertThat(UnreadableWorkbook.of(f).orElseThrow().reason().fr()).startsWith(fr);
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }
}
