package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk is said as a full disk: the demo written onto a 2 MB file system (a tmpfs mounted for
 * the test; the demo's outputs take some 13 MB) stops with exit 1, names the file and the space, and
 * is not reported as plugins failing nor as a report written.
 */
class DiskFullIT {

    @TempDir
    Path work;
    Path disk;

    @BeforeEach
    void mountASmallDisk() throws Exception {
        // Mounting needs root, as in CI's container; elsewhere the test cannot make a full disk.
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to mount a tmpfs");
        disk = Files.createDirectory(work.resolve("disque"));
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("mount: " + said).isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        if (disk != null) {
            new ProcessBuilder("umount", disk.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchWithExitOne() throws Exception {
        Path out = disk.resolve("sortie");
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "demo", "--out", out.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("disque plein").contains("Mo libres").contains("les sorties précédentes sont intactes");
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Greffon en échec");
        assertThat(run.out()).doesNotContain("écrit dans");
        try (var left = Files.list(out)) {
            assertThat(left.map(f -> f.getFileName().toString())).containsExactly(".recits");
        }
    }
}
