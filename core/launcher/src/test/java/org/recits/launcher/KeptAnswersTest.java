package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --version} answered from what the first run with the same jars and arguments printed, without a
 * framework; with a real framework and the test bundle of {@link BundleCacheTest} as command line, whose
 * {@code --version} line differs at every start.
 */
class KeptAnswersTest {

    @TempDir
    Path dir;
    private Path bundles;
    private Path cache;

    @BeforeEach
    void folders() throws IOException {
        bundles = Files.createDirectories(dir.resolve("bundles"));
        cache = dir.resolve("cache");
        BundleCacheTest.bundle(bundles.resolve("command.jar"), "test.command", "1.0.0", true);
    }

    /** Standard output of one run in this JVM, with the test's cache; its exit code is {@code code[0]}. */
    private String run(List<Path> plugins, int[] code, String... args) {
        String before = System.getProperty("recits.cache");
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setProperty("recits.cache", cache.toString());
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            code[0] = Main.run(bundles, plugins, null, args, new PrintStream(new ByteArrayOutputStream(), true,
                    StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            if (before == null) {
                System.clearProperty("recits.cache");
            } else {
                System.setProperty("recits.cache", before);
            }
        }
        return printed.toString(StandardCharsets.UTF_8);
    }

    private String run(String... args) {
        int[] code = new int[1];
        String out = run(List.of(), code, args);
        assertThat(code[0]).isZero();
        return out;
    }

    @Test
    void theSecondVersionIsTheFirstsBytesWithoutAFramework() throws IOException {
        String first = run("--version");
        assertThat(first).startsWith("version ").endsWith(" --version" + System.lineSeparator());
        assertThat(run("--version")).isEqualTo(first);
        try (Stream<Path> answers = Files.walk(cache)) {
            assertThat(answers.filter(p -> p.getFileName().toString().endsWith(".out"))
                    .map(p -> p.getParent().getFileName() + "/" + p.getFileName()))
                    .containsExactly("answers/--version.out");
        }
        // another language is another answer, kept as well
        String english = run("--version", "--lang", "en");
        assertThat(english).isNotEqualTo(first).endsWith(" --version --lang en" + System.lineSeparator());
        assertThat(run("--version", "--lang", "en")).isEqualTo(english);
    }

    @Test
    void anotherJarIsAnotherKeyAndStartsTheFrameworkAgain() throws IOException {
        String first = run("--version");
        Path plugin = dir.resolve("plugin.jar");
        BundleCacheTest.bundle(plugin, "test.plugin", "1.0.0", false);
        int[] code = new int[1];
        String withPlugin = run(List.of(plugin), code, "--version");
        assertThat(withPlugin).isNotEqualTo(first);
        assertThat(run(List.of(plugin), code, "--version")).isEqualTo(withPlugin);
        assertThat(run("--version")).isEqualTo(first);
    }

    @Test
    void aRunThatComplainedOrFailedIsNotKept() {
        String warned = run("--version", "--lang=fr");
        assertThat(run("--version", "--lang=fr")).isNotEqualTo(warned);
        int[] code = new int[1];
        String failed = run(List.of(), code, "--version", "--lang", "fr");
        assertThat(code[0]).isEqualTo(3);
        assertThat(run(List.of(), code, "--version", "--lang", "fr")).isNotEqualTo(failed);
    }

    @Test
    void otherCommandsAreNeverKept() {
        assertThat(KeptAnswers.of(dir, new String[] {"--version", "demo"})).isNull();
        assertThat(KeptAnswers.of(dir, new String[] {"--lang", "en"})).isNull();
        assertThat(KeptAnswers.of(dir, new String[] {"demo"})).isNull();
        assertThat(KeptAnswers.of(dir, new String[] {"-V", "--lang=en"})).isNotNull();
    }
}
