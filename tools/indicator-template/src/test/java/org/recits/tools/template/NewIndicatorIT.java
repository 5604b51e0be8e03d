package org.recits.tools.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code tools/new-indicator NAME CODE} creates a project that builds and passes its tests at once: the
 * command is run into a temporary folder, then a nested Maven build runs {@code verify} on the copy.
 *
 * <p>The nested build must find this build's artifacts although CI runs {@code verify}, not
 * {@code install}: invoker:install put them in target/it-repo, the nested build's local repository,
 * and everything else (plugins, JUnit…) comes from the user's local repository through a
 * {@code file:} mirror. No network is used.
 */
class NewIndicatorIT {

    @TempDir
    Path tmp;

    private final Path root = Paths.get(System.getProperty("recits.root")).normalize();

    @Test
    void theCreatedProjectBuildsAndPassesItsTests() throws Exception {
        Result created = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "part-elus",
                "LAB_PART_ELUS", tmp.toString()));
        assertThat(created.code()).as(created.output()).isZero();
        Path project = tmp.resolve("part-elus");
        assertThat(project.resolve("src/main/java/org/example/partelus/LabPartElus.java")).content()
                .contains("\"LAB_PART_ELUS\"").contains("public final class LabPartElus").doesNotContain("__");
        assertThat(project.resolve("pom.xml")).content().contains("<artifactId>part-elus</artifactId>")
                .contains("<recits.version>" + System.getProperty("recits.version") + "</recits.version>");

        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(System.getProperty("recits.itRepo"),
                Paths.get(System.getProperty("recits.userRepo")).toUri()), StandardCharsets.UTF_8);
        String mvn = Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString();
        Result build = run(project, List.of(mvn, "-B", "-q", "-s", settings.toString(), "verify"));

        assertThat(build.code()).as(build.output()).isZero();
        assertThat(project.resolve("target/surefire-reports/TEST-org.example.partelus.LabPartElusTest.xml"))
                .content().contains("tests=\"4\"").contains("failures=\"0\"").contains("errors=\"0\"");
        try (JarFile jar = new JarFile(project.resolve("target/part-elus-1.0.0-SNAPSHOT.jar").toFile())) {
            Manifest m = jar.getManifest();
            assertThat(m.getMainAttributes().getValue("Bundle-SymbolicName")).isEqualTo("org.example.partelus");
            assertThat(m.getMainAttributes().getValue("Import-Package"))
                    // from the API version it was built against to the next major
                    .containsPattern("org\\.recits\\.api\\.indicator;version=\"\\[1\\.[1-9][0-9]*,2\\)\"");
            assertThat(m.getMainAttributes().getValue("Service-Component"))
                    .isEqualTo("OSGI-INF/org.example.partelus.LabPartElus.xml");
        }
    }

    @Test
    void refusesNamesItCannotUse() throws Exception {
        Result bad = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "Part Elus",
                "LAB_X", tmp.toString()));
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.output()).contains("NAME must be lower case");
        Result badCode = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "part-elus",
                "lab-x", tmp.toString()));
        assertThat(badCode.code()).isEqualTo(2);
        assertThat(badCode.output()).contains("CODE must be capitals");
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("new-indicator", ".log");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish in 5 minutes: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(p.exitValue(), output);
    }
}
