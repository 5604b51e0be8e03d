package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the assembled {@code recits} start script as a process, as a user would. */
class ScriptIT {

    @TempDir
    Path work;

    /**
     * {@code --version}: the product's version, then every package of Récits a plugin can import with the
     * version the installed bundles export, which must be the {@code @Version} of each exported
     * package's {@code package-info.java} in this checkout (read from the sources, not from a list).
     */
    @Test
    void printsTheVersionAndThePackagesAPluginCanImport() throws Exception {
        Map<String, String> exported = new TreeMap<>();
        ExportedPackageSources.of(OutsideReferencesTest.repository()).forEach((name, e) -> exported.put(name, e.version()));
        assertThat(exported).containsKeys("org.recits.api.model", "org.recits.tabular", "org.recits.charts");

        Distribution.Run fr = Distribution.script(Distribution.folder(), work, "--version");
        assertThat(fr.code()).as(fr.err()).isZero();
        assertThat(fr.err()).isEmpty();
        List<String> lines = fr.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Récits " + System.getProperty("recits.version"));
        assertThat(lines.get(1)).isEqualTo("Paquets qu’un greffon peut importer, avec leur version installée\u00a0:");
        assertThat(listed(lines.subList(2, lines.size()))).isEqualTo(exported);

        Distribution.Run en = Distribution.script(Distribution.folder(), work, "--version", "--lang", "en");
        assertThat(en.code()).as(en.err()).isZero();
        List<String> english = en.out().lines().toList();
        assertThat(english.get(1)).isEqualTo("Packages a plugin can import, with their installed version:");
        assertThat(english.subList(2, english.size())).isEqualTo(lines.subList(2, lines.size()));
    }

    /** {@code "  org.recits.api.model 1.1.0"} lines as package → version. */
    private static Map<String, String> listed(List<String> lines) {
        Map<String, String> out = new TreeMap<>();
        for (String line : lines) {
            assertThat(line).matches("  \\S+ \\d+\\.\\d+\\.\\d+");
            String[] parts = line.strip().split(" ");
            out.put(parts[0], parts[1]);
        }
        return out;
    }

    @Test
    void listsThePlugins() throws Exception {
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "plugins");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lecteurs (").contains("Indicateurs (").contains("Rendus (");
    }

    @Test
    void aUsageErrorExitsWithTwoAndSaysWhatIsMissing() throws Exception {
        // (without --data, the report reads the default store: a command, not a usage error)
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "report", "--data");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--data");

        Distribution.Run unknown = Distribution.script(Distribution.folder(), work, "report", "--data", ".",
                "--period", "2020-T7");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("période illisible «\u00a02020-T7\u00a0»");
    }

    /** From any current folder: by a relative path, and through a symbolic link in another folder. */
    @Test
    void theScriptFindsItsFolderFromAnyCurrentFolder() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("ailleurs/plus/loin"));
        Path script = Distribution.folder().resolve("recits");
        String relative = elsewhere.relativize(script).toString();
        assertThat(shell(elsewhere, relative + " --version")).isEqualTo("Récits " + System.getProperty("recits.version"));
        Path bin = Files.createDirectories(work.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("recits"), script);
        assertThat(shell(elsewhere, bin.resolve("recits") + " --version"))
                .isEqualTo("Récits " + System.getProperty("recits.version"));
        Files.createSymbolicLink(bin.resolve("recits-relatif"), bin.relativize(script));
        assertThat(shell(Path.of("/"), bin.resolve("recits-relatif") + " --version"))
                .isEqualTo("Récits " + System.getProperty("recits.version"));
    }

    /** {@code java -jar lib/recits-launcher.jar} without the script finds the product from the jar, not the current folder. */
    @Test
    void theLauncherJarAloneFindsItsProductFolder() throws Exception {
        Path elsewhere = Files.createDirectories(work.resolve("ailleurs"));
        Path jar = Distribution.folder().resolve("lib/recits-launcher.jar");
        assertThat(shell(elsewhere, "java -jar " + jar + " --version"))
                .isEqualTo("Récits " + System.getProperty("recits.version"));
    }

    /** The first line a shell command line prints, run in {@code dir}; fails unless it exits with 0. */
    private static String shell(Path dir, String command) throws Exception {
        Process p = new ProcessBuilder("sh", "-c", command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().findFirst().orElse("");
    }

    /**
     * The Windows launcher cannot run here: it is checked as text. It is beside {@code recits} in the folder and in
     * the zip, has CRLF line ends only (cmd.exe misreads labels and blocks otherwise), starts the launcher jar the
     * folder holds with the folder as {@code recits.home}, passes every argument on, and picks the JDK as the sh
     * script does.
     */
    @Test
    void theWindowsLauncherIsGeneratedWithCrlfLineEndsAndNamesTheLauncherJar() throws Exception {
        Path cmd = Distribution.folder().resolve("recits.cmd");
        String text = Files.readString(cmd, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("@echo off\r\n").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(text).contains("-jar \"%RECITS_HOME%\\lib\\recits-launcher.jar\" %*")
                .contains("\"-Drecits.home=%RECITS_HOME%\"").contains("set \"RECITS_HOME=%~dp0.\"")
                .contains("exit /b %RECITS_EXIT%");
        // the JDK picked as the sh script picks it: RECITS_JAVA_HOME, else the newest by its release file
        assertThat(text).contains("call :consider \"%RECITS_JAVA_HOME%\"").contains("call :consider \"%JAVA_HOME%\"")
                .contains("\"JAVA_VERSION\"").contains("if %JAVA_MAJOR% GEQ 23 set \"RECITS_UNSAFE=--sun-misc-unsafe-memory-access=allow\"");
        assertThat(Distribution.folder().resolve("lib/recits-launcher.jar")).isRegularFile();
        Path zip = Distribution.folder().resolveSibling("recits-" + System.getProperty("recits.version") + ".zip");
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.getEntry("recits/recits.cmd")).isNotNull();
            assertThat(z.getEntry("recits/lib/recits-launcher.jar")).isNotNull();
            assertThat(new String(z.getInputStream(z.getEntry("recits/recits.cmd")).readAllBytes(),
                    StandardCharsets.US_ASCII)).isEqualTo(text);
        }
    }

    /**
     * The JVM options the script picks from the data folder's size (measured choices, see its comments):
     * C1 alone and the default heap start up to 320 MB; tiered compilation with raised tier-4 thresholds
     * and a heap from 768 MB to 800 MB above (the process under 1 GiB); {@code RECITS_JAVA_OPTS} replaces them all.
     */
    @Test
    void jvmOptionsFollowTheDataFolderSize() throws Exception {
        Path small = Files.createDirectories(work.resolve("small"));
        Files.writeString(small.resolve("sessions.csv"), "collectivite;id\n");
        List<String> options = javaArguments(Map.of(), "check", "--data", small.toString());
        assertThat(options).contains("-Xmx1g", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .doesNotContain("-Xms768m", "-XX:+TieredCompilation");

        Path big = Files.createDirectories(work.resolve("big"));
        allocate(big.resolve("enquete.csv"), 330L << 20); // just over the 320 MB the script looks for
        options = javaArguments(Map.of(), "check", "--data=" + big);
        assertThat(options).contains("-Xms768m", "-Xmx800m", "-XX:+TieredCompilation",
                "-XX:Tier4InvocationThreshold=150000", "-XX:Tier4BackEdgeThreshold=1200000")
                .doesNotContain("-XX:TieredStopAtLevel=1", "-Xmx1g");

        options = javaArguments(Map.of("RECITS_JAVA_OPTS", "-Xmx2g"), "check", "--data", big.toString());
        assertThat(options).contains("-Xmx2g").doesNotContain("-Xmx1g", "-Xmx800m", "-Xms768m",
                "-XX:+TieredCompilation");
    }

    /**
     * A report without {@code --data} reads the programme store, whose size the script cannot see: its heap stops
     * at 800 MB, as a big folder's; the other commands on the store, and a report of a small folder, keep 1 GiB.
     */
    @Test
    void theStoresReportHasTheBigFoldersHeapCeiling() throws Exception {
        for (List<String> args : List.of(List.of("report", "--period", "2021-T1"),
                List.of("--lang", "en", "rapport", "--db", "jdbc:postgresql://h/recits", "--lab", "report"))) {
            assertThat(javaArguments(Map.of(), args.toArray(String[]::new))).as("%s", args).contains("-Xmx800m")
                    .doesNotContain("-Xmx1g", "-Xms768m");
        }
        Path small = Files.createDirectories(work.resolve("small-report"));
        for (List<String> args : List.of(List.of("store", "push", "--data", small.toString(), "--lab", "report"),
                List.of("report", "--data", small.toString()), List.of("--lang", "report", "check"))) {
            assertThat(javaArguments(Map.of(), args.toArray(String[]::new))).as("%s", args).contains("-Xmx1g")
                    .doesNotContain("-Xmx800m");
        }
    }

    /** The arguments the script hands to {@code java}: a stand-in JDK whose java prints them, one per line. */
    private List<String> javaArguments(Map<String, String> env, String... args) throws Exception {
        return javaArguments("jdk", null, Map.of("RECITS_JAVA_HOME", standIn("jdk", null).toString()), env, args);
    }

    /**
     * A stand-in JDK named {@code name}: its java prints its arguments; with a {@code release} file saying
     * {@code version} (none when null).
     */
    private Path standIn(String name, String version) throws IOException {
        Path jdk = work.resolve(name);
        Path java = jdk.resolve("bin/java");
        if (!Files.exists(java)) {
            Files.createDirectories(java.getParent());
            Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\"\n");
            Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
            if (version != null) {
                Files.writeString(jdk.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\"" + version
                        + "+1-LTS\"\nJAVA_VERSION=\"" + version + "\"\n");
            }
        }
        return jdk;
    }

    private List<String> javaArguments(String name, String version, Map<String, String> jdkEnv, Map<String, String> env,
            String... args) throws Exception {
        standIn(name, version);
        List<String> command = new ArrayList<>();
        command.add(Distribution.folder().resolve("recits").toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
        pb.environment().remove("RECITS_JAVA_OPTS");
        pb.environment().remove("RECITS_JAVA_HOME");
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(jdkEnv);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    /**
     * The newest JDK found wins: JAVA_HOME's when it is newer than the PATH's and the system's; Java 23 and later
     * get the flag that keeps Felix's use of sun.misc.Unsafe quiet, Java 25 its ahead-of-time cache when the build
     * made one for that very JDK, older ones the AppCDS archive.
     */
    @Test
    void theNewestJdkIsPickedWithTheOptionsItsVersionTakes() throws Exception {
        Path newest = standIn("jdk-99", "99.0.1");
        List<String> options = javaArguments("jdk-99", "99.0.1", Map.of("JAVA_HOME", newest.toString()), Map.of(), "--version");
        assertThat(options).contains("--sun-misc-unsafe-memory-access=allow", "-XX:TieredStopAtLevel=1")
                .noneMatch(o -> o.startsWith("-XX:SharedArchiveFile") || o.startsWith("-XX:AOTCache"));

        Path aot = Distribution.folder().resolve("lib/recits-99.0.1+1-LTS.aot");
        Files.writeString(aot, "made by the build for this JDK");
        try {
            options = javaArguments("jdk-99", "99.0.1", Map.of("RECITS_JAVA_HOME", newest.toString()), Map.of(), "--version");
            assertThat(options).contains("-XX:AOTCache=" + aot, "--sun-misc-unsafe-memory-access=allow");
        } finally {
            Files.delete(aot);
        }

        options = javaArguments("jdk-17", "17.0.15", Map.of("RECITS_JAVA_HOME", standIn("jdk-17", "17.0.15").toString()),
                Map.of(), "--version");
        assertThat(options).doesNotContain("--sun-misc-unsafe-memory-access=allow")
                .noneMatch(o -> o.startsWith("-XX:AOTCache"));
        if (Files.exists(Distribution.folder().resolve("lib/recits.jsa"))) {
            assertThat(options).contains("-XX:SharedArchiveFile=" + Distribution.folder().resolve("lib/recits.jsa"));
        }
    }

    /** A file that takes {@code bytes} on disk, as {@code du} counts (a sparse file would not). */
    private static void allocate(Path file, long bytes) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("fallocate", "-l", Long.toString(bytes), file.toString())
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor() == 0) {
            return;
        }
        byte[] chunk = new byte[1 << 20]; // no fallocate (or a file system without it): write the bytes
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long n = 0; n < bytes; n += chunk.length) {
                out.write(chunk);
            }
        }
    }
}
