package org.recits.report.excel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.recits.ooxml.StableZip;
import org.junit.jupiter.api.io.TempDir;

/** The spliced sheets are written on threads of their own, and a failure leaves no file behind. */
class SplicedSheetsTest {

    @TempDir
    Path dir;

    private Path workbook(SplicedSheets spliced, SplicedSheets.Body first, SplicedSheets.Body second)
            throws IOException {
        Path file = dir.resolve("w.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            SXSSFSheet a = wb.createSheet("a");
            a.createRow(0).createCell(0).setCellValue("A");
            SXSSFSheet b = wb.createSheet("b");
            b.createRow(0).createCell(0).setCellValue("B");
            spliced.add(a, 3, 0, first);
            spliced.add(b, 3, 0, second);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        return file;
    }

    private static SplicedSheets.Body rows(Set<String> threads) {
        return xml -> {
            threads.add(Thread.currentThread().getName());
            for (int r = 2; r <= 3; r++) {
                xml.row(r);
                xml.text(0, "x" + r, 0);
                xml.endRow();
            }
        };
    }

    @Test
    void sheetsAreWrittenOnTheirOwnNamedThreads() throws IOException {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SplicedSheets spliced = new SplicedSheets();
        Path file = workbook(spliced, rows(threads), rows(threads));
        Map<String, StableZip.Deflated> entries = spliced.write(file);
        assertThat(entries).containsOnlyKeys("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        assertThat(entries.values()).allSatisfy(d -> assertThat(d.file()).exists());
        assertThat(threads).isNotEmpty().allMatch(n -> n.equals("recits-excel sheets"));
        SplicedSheets.delete(entries);
        assertThat(tmpFiles()).isEmpty();
    }

    @Test
    void aFailingSheetThrowsItsErrorAndLeavesNoFile() throws IOException {
        SplicedSheets spliced = new SplicedSheets();
        Path file = workbook(spliced, rows(ConcurrentHashMap.newKeySet()), xml -> {
            throw new IOException("disk full");
        });
        assertThatThrownBy(() -> spliced.write(file)).isInstanceOf(IOException.class).hasMessage("disk full");
        assertThat(tmpFiles()).isEmpty();
    }

    private List<Path> tmpFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
