package org.recits.tools.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
                .contains("<recits.version>" + System.getProperty("recits.version") + "</recits.version>")
                .contains("<recits.home></recits.home>").doesNotContain("<systemPath>");

        Result build = run(project, List.of(mvn(), "-B", "-q", "-s", settings().toString(), "verify"));

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

    /**
     * {@code --recits DIR}: the version comes from the installed API jar (here one that says 9.8.7, which
     * no checkout has), the project compiles against that very jar and its integration test runs inside
     * the installation.
     */
    @Test
    void targetsAnInstalledRecitsInTheVersionOfItsApiJar() throws Exception {
        Path home = installation(tmp.resolve("recits"), "9.8.7");
        Result created = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "--recits",
                home.toString(), "part-elus", "LAB_PART_ELUS", tmp.toString()));
        assertThat(created.code()).as(created.output()).isZero();
        assertThat(created.output()).contains("Récits 9.8.7, installed in " + home.toRealPath());
        assertTargets(tmp.resolve("part-elus"), home, "9.8.7");
    }

    /** A generator shipped inside an installation (DIR/tools/new-indicator) targets that installation. */
    @Test
    void aGeneratorInsideAnInstallationTargetsIt() throws Exception {
        Path home = installation(tmp.resolve("recits"), "9.8.7");
        Path tools = Files.createDirectories(home.resolve("tools"));
        Files.copy(root.resolve("tools/new-indicator"), tools.resolve("new-indicator"));
        copyTree(root.resolve("tools/indicator-template/template"), tools.resolve("indicator-template/template"));
        Result created = run(root, List.of("bash", tools.resolve("new-indicator").toString(), "part-elus",
                "LAB_PART_ELUS", tmp.toString()));
        assertThat(created.code()).as(created.output()).isZero();
        assertTargets(tmp.resolve("part-elus"), home, "9.8.7");
    }

    /**
     * The project made for an installation builds and passes its unit tests against the installed API jar,
     * and imports the API from the version that jar exports to the next major.
     */
    @Test
    void theProjectForAnInstallationCompilesAgainstItsApiJar() throws Exception {
        String version = System.getProperty("recits.version");
        Path home = installation(tmp.resolve("recits"), version);
        Result created = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "--recits",
                home.toString(), "part-elus", "LAB_PART_ELUS", tmp.toString()));
        assertThat(created.code()).as(created.output()).isZero();
        Path project = tmp.resolve("part-elus");

        Result build = run(project, List.of(mvn(), "-B", "-q", "-s", settings().toString(), "package"));

        assertThat(build.code()).as(build.output()).isZero();
        assertThat(project.resolve("target/surefire-reports/TEST-org.example.partelus.LabPartElusTest.xml"))
                .content().contains("failures=\"0\"").contains("errors=\"0\"");
        String exported;
        try (JarFile api = new JarFile(home.resolve("bundles/recits-api-" + version + ".jar").toFile())) {
            Matcher m = Pattern.compile("org\\.recits\\.api\\.indicator;version=\"(\\d+)\\.(\\d+)")
                    .matcher(api.getManifest().getMainAttributes().getValue("Export-Package"));
            assertThat(m.find()).isTrue();
            exported = "[" + m.group(1) + "." + m.group(2) + "," + (Integer.parseInt(m.group(1)) + 1) + ")";
        }
        try (JarFile jar = new JarFile(project.resolve("target/part-elus-1.0.0-SNAPSHOT.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Import-Package"))
                    .contains("org.recits.api.indicator;version=\"" + exported + "\"");
        }
    }

    /** The generated pom compiles against {@code home}'s API jar in {@code version} and runs its IT there. */
    private static void assertTargets(Path project, Path home, String version) throws IOException {
        assertThat(project.resolve("pom.xml")).content()
                .contains("<recits.version>" + version + "</recits.version>")
                .contains("<recits.home>" + home.toRealPath() + "</recits.home>")
                .contains("<artifactId>recits-api</artifactId><version>${recits.version}</version><scope>system</scope>"
                        + "<systemPath>${recits.home}/bundles/recits-api-" + version + ".jar</systemPath>");
    }

    /**
     * A Récits installation as far as the generator looks: {@code bundles/} with this build's API jar, which
     * says it is {@code version} where Maven records an artifact's version in its jar.
     */
    private Path installation(Path home, String version) throws IOException {
        String built = System.getProperty("recits.version");
        Path bundles = Files.createDirectories(home.resolve("bundles"));
        Path jar = bundles.resolve("recits-api-" + version + ".jar");
        Files.copy(Paths.get(System.getProperty("recits.itRepo"), "org/recits/recits-api", built,
                "recits-api-" + built + ".jar"), jar);
        try (FileSystem zip = FileSystems.newFileSystem(jar)) {
            Path properties = zip.getPath("META-INF/maven/org.recits/recits-api/pom.properties");
            String text = Files.readString(properties, StandardCharsets.UTF_8);
            assertThat(text).contains("version=" + built);
            Files.writeString(properties, text.replace("version=" + built, "version=" + version),
                    StandardCharsets.UTF_8);
        }
        return home;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
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
        Result noInstallation = run(root, List.of("bash", root.resolve("tools/new-indicator").toString(), "--recits",
                tmp.toString(), "part-elus", "LAB_X", tmp.toString()));
        assertThat(noInstallation.code()).isEqualTo(2);
        assertThat(noInstallation.output()).contains("no Récits installation in").contains("recits-api-*.jar is missing");
    }

    /** This build's artifacts from target/it-repo, everything else from the user's repository, no network. */
    private Path settings() throws IOException {
        Path settings = tmp.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <localRepository>%s</localRepository>
                  <mirrors><mirror><id>user-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors>
                </settings>
                """.formatted(System.getProperty("recits.itRepo"),
                Paths.get(System.getProperty("recits.userRepo")).toUri()), StandardCharsets.UTF_8);
        return settings;
    }

    private static String mvn() {
        return Paths.get(System.getProperty("maven.home"), "bin", "mvn").toString();
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
