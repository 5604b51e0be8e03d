package org.recits.ooxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StableZipTest {

    private static final LocalDate DAY = LocalDate.of(2021, 3, 31);

    @TempDir
    Path dir;

    /** A package as POI leaves it: entries in its own order, stamped with the given time. */
    private static byte[] zip(LocalDateTime time, String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (String name : names) {
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                z.putNextEntry(e);
                z.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<ZipEntry> entries(byte[] zip) throws IOException {
        List<ZipEntry> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(e);
            }
        }
        return out;
    }

    private static String content(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void sameContentInAnyOrderAtAnyTimeGivesTheSameBytes() throws IOException {
        byte[] a = StableZip.normalize(zip(LocalDateTime.of(2024, 5, 6, 7, 8, 10), "b.xml", "[Content_Types].xml", "a.xml"),
                DAY, Map.of());
        byte[] b = StableZip.normalize(zip(LocalDateTime.of(1999, 1, 2, 3, 4, 6), "a.xml", "b.xml", "[Content_Types].xml"),
                DAY, Map.of());
        assertThat(b).isEqualTo(a);
        assertThat(StableZip.normalize(a, DAY, Map.of())).isEqualTo(a);
    }

    @Test
    void contentTypesComeFirstThenEntriesByName() throws IOException {
        byte[] out = StableZip.normalize(zip(LocalDateTime.of(2024, 1, 1, 12, 0), "xl/workbook.xml", "_rels/.rels",
                "docProps/app.xml", "[Content_Types].xml", "xl/styles.xml"), DAY, Map.of());
        assertThat(entries(out)).extracting(ZipEntry::getName).containsExactly("[Content_Types].xml", "_rels/.rels",
                "docProps/app.xml", "xl/styles.xml", "xl/workbook.xml");
    }

    @Test
    void everyEntryIsStampedWithTheDayAtMidnightWithoutExtendedTimestamps() throws IOException {
        byte[] out = StableZip.normalize(zip(LocalDateTime.of(2024, 1, 1, 12, 34, 56), "[Content_Types].xml", "a.xml"),
                DAY, Map.of());
        for (ZipEntry e : entries(out)) {
            assertThat(e.getTimeLocal()).isEqualTo(DAY.atStartOfDay());
            assertThat(e.getExtra()).as(e.getName()).isNull();
            assertThat(e.getLastModifiedTime().toMillis()).isEqualTo(e.getTime());
        }
    }

    @Test
    void theBytesDoNotDependOnTheTimeZone() throws IOException {
        byte[] zip = zip(LocalDateTime.of(2024, 1, 1, 12, 0), "[Content_Types].xml", "a.xml");
        TimeZone zone = TimeZone.getDefault();
        byte[] paris;
        byte[] tokyo;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Paris"));
            paris = StableZip.normalize(zip, DAY, Map.of());
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            tokyo = StableZip.normalize(zip, DAY, Map.of());
        } finally {
            TimeZone.setDefault(zone);
        }
        assertThat(tokyo).isEqualTo(paris);
    }

    @Test
    void anEditedEntryGetsItsNewContentAndTheOthersKeepTheirs() throws IOException {
        byte[] out = StableZip.normalize(zip(LocalDateTime.of(2024, 1, 1, 12, 0), "[Content_Types].xml", "a.xml", "b.xml"),
                DAY, Map.of("a.xml", old -> "<y/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(content(out, "a.xml")).isEqualTo("<y/>");
        assertThat(content(out, "b.xml")).isEqualTo("<x>b.xml</x>");
    }

    @Test
    void anEntryToEditThatIsNotThereIsAnError() {
        assertThatThrownBy(() -> StableZip.normalize(zip(LocalDateTime.of(2024, 1, 1, 12, 0), "a.xml"), DAY,
                Map.of("c.xml", old -> old))).isInstanceOf(IllegalStateException.class).hasMessageContaining("c.xml");
    }

    @Test
    void inPlaceTheCompressedBytesAreCopiedAndAReplacementTakenFromItsFile() throws IOException {
        Path file = dir.resolve("p.xlsx");
        Files.write(file, zip(LocalDateTime.of(2024, 1, 1, 12, 0), "b.xml", "[Content_Types].xml", "a.xml"));
        byte[] sheet = "<sheet>ç</sheet>".getBytes(StandardCharsets.UTF_8);
        Path deflated = dir.resolve("b.deflated");
        try (DeflaterOutputStream out = new DeflaterOutputStream(Files.newOutputStream(deflated),
                new Deflater(Deflater.BEST_SPEED, true))) {
            out.write(sheet);
        }
        CRC32 crc = new CRC32();
        crc.update(sheet);
        StableZip.normalize(file, DAY, Map.of("b.xml", new StableZip.Deflated(deflated, crc.getValue(), sheet.length)));
        byte[] out = Files.readAllBytes(file);
        assertThat(entries(out)).extracting(ZipEntry::getName).containsExactly("[Content_Types].xml", "a.xml", "b.xml");
        assertThat(content(out, "b.xml")).isEqualTo("<sheet>ç</sheet>");
        assertThat(content(out, "a.xml")).isEqualTo("<x>a.xml</x>");
        try (ZipFile z = ZipFile.builder().setPath(file).get()) {
            ZipArchiveEntry b = z.getEntry("b.xml");
            assertThat(b.getCompressedSize()).isEqualTo(Files.size(deflated));
            assertThat(b.getTime()).isEqualTo(DAY.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant().toEpochMilli());
        }
        // No temporary file is left beside the package.
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("p.xlsx", "b.deflated");
        }
        byte[] again = Files.readAllBytes(file);
        StableZip.normalize(file, DAY, Map.of());
        assertThat(Files.readAllBytes(file)).isEqualTo(again);
    }

    @Test
    void aReplacementForAnAbsentEntryIsAnErrorAndLeavesThePackageAsItWas() throws IOException {
        Path file = dir.resolve("p.xlsx");
        byte[] before = zip(LocalDateTime.of(2024, 1, 1, 12, 0), "a.xml");
        Files.write(file, before);
        assertThatThrownBy(() -> StableZip.normalize(file, DAY,
                Map.of("c.xml", new StableZip.Deflated(file, 0, 0)))).isInstanceOf(IllegalStateException.class);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }
}
