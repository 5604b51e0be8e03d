package org.recits.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of an upload, on crafted files and archives. */
class DepositTest {

    @TempDir
    Path tmp;

    Path data;

    private final Limits limits = new Limits(5, 10 * Limits.MB, 4 * Limits.MB, 60);

    @BeforeEach
    void folder() throws IOException {
        data = Files.createDirectories(tmp.resolve("job/donnees"));
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A zip of these entries; a value null makes a symbolic link to {@code /etc/passwd}. */
    private static InputStream zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                byte[] content = e.getValue();
                if (content == null) {
                    entry.setUnixMode(0120777);
                    content = "/etc/passwd".getBytes(StandardCharsets.UTF_8);
                }
                z.putArchiveEntry(entry);
                z.write(content);
                z.closeArchiveEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private Refusal refusal(String name, InputStream in) {
        Deposit d = new Deposit(limits, data);
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> d.add(name, in));
        assertThat(t).isInstanceOf(Refusal.class);
        return (Refusal) t;
    }

    private long filesIn(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void plainFilesAndAZipWithFoldersArePutInTheDataFolder() throws Exception {
        Deposit d = new Deposit(limits, data);
        d.add("sessions.csv", text("id\n1\n"));
        d.add("labo.zip", zip(Map.of("enquetes/vague1.csv", "a\n".getBytes(StandardCharsets.UTF_8),
                "__MACOSX/enquetes/._vague1.csv", new byte[] {1}, ".DS_Store", new byte[] {2})));
        assertThat(d.files()).isEqualTo(2);
        assertThat(data.resolve("sessions.csv")).hasContent("id\n1");
        assertThat(data.resolve("enquetes/vague1.csv")).hasContent("a");
        assertThat(filesIn(tmp)).as("the archive itself is not kept").isEqualTo(2);
    }

    @Test
    void aNameThatLeavesTheFolderIsRefused() throws Exception {
        for (String name : new String[] {"../evil.csv", "a/../../evil.csv", "/etc/evil.csv", "C:\\evil.csv",
                "..\\evil.csv"}) {
            assertThat(refusal(name, text("x")).key).as(name).isEqualTo("refused.outside");
        }
        assertThat(refusal("labo.zip", zip(Map.of("../../evil.csv", new byte[] {1}))).key).isEqualTo("refused.outside");
        assertThat(Files.exists(tmp.resolve("evil.csv"))).isFalse();
        assertThat(Files.exists(tmp.getParent().resolve("evil.csv"))).isFalse();
    }

    @Test
    void aSymbolicLinkInAZipIsRefused() throws Exception {
        Refusal r = refusal("labo.zip", zip(java.util.Collections.singletonMap("passwd", (byte[]) null)));
        assertThat(r.key).isEqualTo("refused.symlink");
        assertThat(r.args).containsExactly("labo.zip", "passwd");
    }

    @Test
    void aZipBombIsRefusedBeforeItFillsTheDisk() throws Exception {
        // 3 MB of zeros pack into a few kilobytes: far beyond the ratio any lab's file has
        Refusal r = refusal("bombe.zip", zip(Map.of("zeros.csv", new byte[3 * 1024 * 1024])));
        assertThat(r.key).isEqualTo("refused.bomb");
        assertThat(Files.size(data.resolve("zeros.csv"))).isLessThan(2 * Limits.MB);
    }

    @Test
    void moreThanTheUnzippedLimitIsRefused() throws Exception {
        byte[] noise = new byte[1024 * 1024];
        new java.util.Random(7).nextBytes(noise);
        Refusal r = refusal("gros.zip", zip(new java.util.TreeMap<>(Map.of("a", noise, "b", noise, "c", noise,
                "d", noise, "e", noise))));
        assertThat(r.key).isEqualTo("refused.unzippedTooBig");
        assertThat(r.status).isEqualTo(413);
    }

    @Test
    void moreFilesThanTheLimitAreRefused() throws Exception {
        Deposit d = new Deposit(limits, data);
        for (int i = 0; i < 5; i++) {
            d.add("f" + i + ".csv", text("x"));
        }
        assertThatThrownBy(() -> d.add("f5.csv", text("x"))).isInstanceOf(Refusal.class)
                .extracting(t -> ((Refusal) t).key).isEqualTo("refused.tooMany");
    }

    @Test
    void twoFilesOfOneNameAndABrokenZipAreRefused() throws Exception {
        Deposit d = new Deposit(limits, data);
        d.add("sessions.csv", text("x"));
        assertThatThrownBy(() -> d.add("sessions.csv", text("y"))).isInstanceOf(Refusal.class)
                .extracting(t -> ((Refusal) t).key).isEqualTo("refused.twice");
        assertThat(data.resolve("sessions.csv")).hasContent("x");
        assertThat(refusal("abime.zip", text("ceci n’est pas une archive")).key).isEqualTo("refused.badZip");
    }
}
