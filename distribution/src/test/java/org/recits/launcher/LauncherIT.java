package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Boots a real Felix framework with the built bundles, through the launcher. */
class LauncherIT extends ProductCopy {

    @Test
    void theEngineSeesTheShippedPluginsServices() {
        Distribution.Run run = Distribution.inProcess(home, "plugins");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("activity").contains("org.recits.ingest.activity");
        assertThat(run.out()).contains("PART_ATTENDANCE_RATE").contains("org.recits.indicators.activity");
        assertThat(run.out()).contains("excel").contains("org.recits.report.excel");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aPluginDroppedInThePluginsFolderIsFoundOnTheNextRun() throws IOException {
        Distribution.Run before = Distribution.inProcess(home, "indicators");
        assertThat(before.out()).doesNotContain("EX_IMMERSION_SHARE");

        Path jar;
        try (Stream<Path> s = Files.list(Paths.get(System.getProperty("recits.itPlugins")))) {
            jar = s.filter(p -> p.getFileName().toString().endsWith(".jar")).findFirst().orElseThrow();
        }
        Files.copy(jar, home.resolve("plugins").resolve(jar.getFileName()));

        Distribution.Run after = Distribution.inProcess(home, "indicators");
        assertThat(after.code()).as(after.err()).isZero();
        assertThat(after.out()).contains("EX_IMMERSION_SHARE").contains("Part des jours en immersion");
        assertThat(after.out()).contains("PART_ATTENDANCE_RATE");
    }

    @Test
    void brokenPluginsAreNamedAndTheRestRuns() throws IOException {
        // Not a bundle at all, and a bundle built against a future, incompatible API.
        writeJar(home.resolve("plugins/pas-un-bundle.jar"), null);
        Manifest future = new Manifest();
        future.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        future.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        future.getMainAttributes().putValue("Bundle-SymbolicName", "org.example.future");
        future.getMainAttributes().putValue("Import-Package", "org.recits.api.indicator;version=\"[2.0,3)\"");
        writeJar(home.resolve("plugins/api-future.jar"), future);

        // every command names them in the user's words and exits with 4; the rest still runs
        Distribution.Run run = Distribution.inProcess(home, "indicators");
        assertThat(run.code()).isEqualTo(4);
        assertThat(run.err()).contains("Greffon en échec").contains("api-future.jar")
                .contains("org.recits.api.indicator").contains("pas-un-bundle.jar");
        assertThat(run.out()).contains("PART_ATTENDANCE_RATE");

        Distribution.Run plugins = Distribution.inProcess(home, "plugins", "--lang", "en");
        assertThat(plugins.code()).isEqualTo(4);
        assertThat(plugins.err()).contains("Plugin failed: api-future.jar (org.example.future 0.0.0)");
    }

    private static void writeJar(Path file, Manifest manifest) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                JarOutputStream jar = manifest == null ? new JarOutputStream(out) : new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            jar.write("rien".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            jar.closeEntry();
        }
    }
}
