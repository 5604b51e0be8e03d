package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.tools.generator.SampleGenerator;

/**
 * The same outputs, byte for byte, on the oldest and the newest JDK of the machine (Java 17, the floor the
 * build targets, and Java 25 when present): the start script picks the newest it finds, so a user's
 * report must not depend on it. The demo (×1) and the generated programme at ×100, each run through the
 * start script with {@code RECITS_JAVA_HOME} set to one JDK, then the other. Skipped when the machine has
 * one JDK only, failed then under {@code RECITS_REQUIRE_JDK_PAIR=1} (as CI does where Temurin 25 lies).
 */
class JdkParityIT {

    @TempDir
    static Path work;
    static Path oldest;
    static Path newest;

    @BeforeAll
    static void jdks() throws IOException {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("java.home")));
        try (DirectoryStream<Path> system = Files.newDirectoryStream(Path.of("/usr/lib/jvm"))) {
            system.forEach(homes::add);
        } catch (IOException e) {
            // not a Debian-like system: the test's own JDK only
        }
        List<Path> usable = homes.stream().filter(h -> Files.isExecutable(h.resolve("bin/java")) && major(h) >= 17)
                .sorted(Comparator.comparingInt(JdkParityIT::major)).toList();
        oldest = usable.isEmpty() ? null : usable.get(0);
        newest = usable.isEmpty() ? null : usable.get(usable.size() - 1);
        boolean pair = oldest != null && major(newest) > major(oldest);
        if (!pair && "1".equals(System.getenv("RECITS_REQUIRE_JDK_PAIR"))) {
            throw new IllegalStateException("RECITS_REQUIRE_JDK_PAIR=1 but one JDK major version only: " + usable);
        }
        assumeTrue(pair, "one JDK major version only on this machine");
    }

    /** The feature version in the JDK's {@code release} file, 0 when unreadable. */
    static int major(Path home) {
        try (Stream<String> lines = Files.lines(home.resolve("release"))) {
            Optional<String> v = lines.filter(l -> l.startsWith("JAVA_VERSION=")).findFirst();
            return v.map(l -> Integer.parseInt(l.replaceAll("^JAVA_VERSION=\"?(1\\.)?(\\d+).*", "$2"))).orElse(0);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Test
    void theDemoHasTheSameBytesOnBothJdks() throws Exception {
        sameBytes("demo");
    }

    @Test
    void aHundredTimesTheDemoHasTheSameBytesOnBothJdks() throws Exception {
        Path programme = work.resolve("x100");
        assertThat(SampleGenerator.run("--out", programme.toString(), "--scale", "100")).isZero();
        sameBytes("report", "--data", programme.toString(), "--period", "2021-T1");
    }

    private static void sameBytes(String... command) throws Exception {
        Path a = work.resolve(command[0] + "-" + major(oldest));
        Path b = work.resolve(command[0] + "-" + major(newest));
        run(oldest, a, command);
        run(newest, b, command);
        List<Path> files = files(a);
        assertThat(files).contains(Path.of("recits-2021-T1.xlsx"), Path.of("recit-2021-T1.docx"),
                Path.of("recit-2021-T1.pdf"), Path.of("recit-2021-T1.html"));
        assertThat(files(b)).isEqualTo(files);
        for (Path f : files) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f + " on Java " + major(oldest) + " and "
                    + major(newest)).isEqualTo(-1L);
        }
    }

    private static void run(Path jdk, Path out, String... command) throws Exception {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--out", out.toString()));
        Distribution.Run run = Distribution.script(Map.of("RECITS_JAVA_HOME", jdk.toString()), Distribution.folder(),
                work, args.toArray(String[]::new));
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).as("Java " + major(jdk) + " prints no warning").isEmpty();
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(dir::relativize).sorted().toList();
        }
    }
}
