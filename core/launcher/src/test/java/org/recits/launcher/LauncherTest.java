package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures: the runs of real bundles are distribution's LauncherIT and PluginDropInIT. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void aProductFolderWithoutBundlesSaysSoAndExitsWithOne() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(dir, new String[] {"plugins"}, new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Erreur\u00a0: la plateforme Récits n’a pas démarré")
                .contains("dossier manquant " + dir.resolve("bundles"));
    }

    @Test
    void inEnglishWithLangEn() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(dir.resolve("bundles"), List.of(), null, new String[] {"plugins", "--lang=en"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .startsWith("Error: the Récits platform did not start")
                .contains("missing folder " + dir.resolve("bundles"));
    }

    @Test
    void aShippedJarThatIsNoBundleStopsTheRunAndIsNamed() throws Exception {
        Path bundles = Files.createDirectories(dir.resolve("bundles"));
        Files.write(bundles.resolve("broken.jar"), new byte[] {1, 2, 3});
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(bundles, List.of(), null, new String[] {"plugins"},
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("broken.jar")
                .contains("la plateforme Récits n’a pas démarré");
    }
}
