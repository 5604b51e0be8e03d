package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heap running out, in a JVM of its own with a tiny heap started as the start script starts the launcher
 * ({@link Main#main}): one line in the command line's language saying how to give the run more memory, exit code
 * 1, no stack trace, wherever the heap ran out.
 */
class OutOfMemoryTest {

    private static final String HEAP = "-Xmx48m";

    @TempDir
    Path dir;

    @BeforeEach
    void product() throws IOException {
        BundleCacheTest.bundle(Files.createDirectories(dir.resolve("home/bundles")).resolve("command.jar"),
                "test.command", "1.0.0", true);
    }

    @Test
    void onTheCommandsThreadOneFrenchLineAndExitCodeOne() throws Exception {
        Result r = launch("fill");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("Erreur\u00a0: mémoire insuffisante pour ce travail (tas Java de " + r.heapWords()
                + "\u00a0Mo). Relancez avec davantage de mémoire, par exemple RECITS_JAVA_OPTS=-Xmx" + r.suggested()
                + "m, ou sur une période plus courte ou un dossier plus petit\u00a0; les sorties précédentes sont intactes.\n");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void inEnglishWithLangEn() throws Exception {
        Result r = launch("fill", "--lang", "en");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("Error: not enough memory for this work (Java heap of ")
                .contains("RECITS_JAVA_OPTS=-Xmx" + r.suggested() + "m").endsWith("earlier outputs are untouched.\n")
                .hasLineCount(1);
    }

    @Test
    void asTheCauseOfAPoolTasksFailure() throws Exception {
        Result r = launch("fill-wrapped");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("Erreur\u00a0: mémoire insuffisante").hasLineCount(1)
                .doesNotContain("OutOfMemoryError").doesNotContain("la plateforme");
    }

    @Test
    void onAThreadNoOneWaitsForTheProcessEndsAtOnce() throws Exception {
        long start = System.nanoTime();
        Result r = launch("fill-thread");
        assertThat(r.code()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("Erreur\u00a0: mémoire insuffisante").hasLineCount(1)
                .doesNotContain("Exception in thread");
        // the command itself sleeps a minute: the process ended before
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(50);
    }

    @Test
    void theSuggestedHeapIsTwiceRoundedUpTo512Mb() {
        assertThat(OutOfMemory.suggested(773)).isEqualTo(2048);
        assertThat(OutOfMemory.suggested(1024)).isEqualTo(2048);
        assertThat(OutOfMemory.suggested(1025)).isEqualTo(2560);
        assertThat(OutOfMemory.suggested(43)).isEqualTo(512);
    }

    /** What a run printed, and the heap its JVM had (the figure in the line), in MB. */
    private record Result(int code, String out, String err, long heap) {

        String heapWords() {
            return java.text.NumberFormat.getIntegerInstance(java.util.Locale.FRENCH).format(heap);
        }

        long suggested() {
            return OutOfMemory.suggested(heap);
        }
    }

    private Result launch(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-XX:+UseSerialGC", "-Drecits.home=" + dir.resolve("home"), "-Drecits.cache=" + dir.resolve("cache"),
                "-Djava.io.tmpdir=" + Files.createDirectories(dir.resolve("tmp")), "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Process heap = new ProcessBuilder(command.get(0), HEAP, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                HeapOf.class.getName()).redirectErrorStream(true).start();
        String mb = new String(heap.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(heap.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err), Long.parseLong(mb));
    }

    /** Prints the heap a JVM started with these options has, in MB, as the launcher reads it. */
    public static final class HeapOf {
        public static void main(String[] args) {
            System.out.println(Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
