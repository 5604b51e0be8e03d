package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killed runs leave their bundle cache behind; the next run removes it, and only it. */
class TemporaryStorageTest {

    @TempDir
    Path tmp;

    /** A child process: makes its storage, prints its folder, then halts as a kill would. */
    public static final class Killed {
        public static void main(String[] args) throws Exception {
            TemporaryStorage s = TemporaryStorage.create(Path.of(args[0]));
            Files.writeString(s.folder().resolve("bundle.jar"), "36 MB in real life");
            System.out.println(s.folder());
            System.out.flush();
            if (args.length > 1) {
                Thread.sleep(60_000); // alive, holding its lock, until the test kills it
            }
            Runtime.getRuntime().halt(137);
        }
    }

    private Process child(boolean stayAlive) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder b = stayAlive
                ? new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Killed.class.getName(), tmp.toString(), "live")
                : new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Killed.class.getName(), tmp.toString());
        return b.redirectErrorStream(true).start();
    }

    private static Path folderOf(Process p) throws Exception {
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        return Path.of(line.strip());
    }

    @Test
    void theFolderOfAKilledRunIsRemovedByTheNextOneAndALiveRunsIsKept() throws Exception {
        Process live = child(true);
        Path alive = folderOf(live);
        Process killed = child(false);
        Path abandoned = folderOf(killed);
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(killed.exitValue()).isEqualTo(137);
        try {
            assertThat(abandoned).exists();
            try (TemporaryStorage next = TemporaryStorage.create(tmp)) {
                assertThat(abandoned).doesNotExist();
                assertThat(alive).exists();
                assertThat(next.folder()).exists();
            }
        } finally {
            live.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            // this run's own folder went with it; the live one's stays until a run after its death
            assertThat(left).containsExactly(alive);
        }
    }

    @Test
    void aFolderWithoutLockIsRemovedOnlyWhenOld() throws Exception {
        Path young = Files.createDirectory(tmp.resolve(TemporaryStorage.PREFIX + "young"));
        Path old = Files.createDirectory(tmp.resolve(TemporaryStorage.PREFIX + "old"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path unrelated = Files.createDirectory(tmp.resolve("someone-else"));
        TemporaryStorage.removeAbandoned(tmp);
        assertThat(young).exists();
        assertThat(old).doesNotExist();
        assertThat(unrelated).exists();
    }
}
