package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plugin generator shipped in the product ({@code tools/new-indicator}) makes a project for the
 * installation it lies in: the installed version, read from {@code bundles/recits-api-*.jar}, the
 * installed API jar to compile against, and the installation to run the plugin's integration test in.
 * (That such a project builds and passes its tests is tools/indicator-template's NewIndicatorIT.)
 */
class GeneratorIT {

    @TempDir
    Path tmp;

    @Test
    void makesAProjectForTheInstallationItLiesIn() throws Exception {
        Path home = Distribution.copyTo(tmp.resolve("recits"));
        Path work = Files.createDirectories(tmp.resolve("src"));
        Path log = tmp.resolve("new-indicator.log");
        Process p = new ProcessBuilder(home.resolve("tools/new-indicator").toString(), "part-elus", "LAB_PART_ELUS",
                work.toString()).directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isZero();

        String version = System.getProperty("recits.version");
        assertThat(home.resolve("bundles/recits-api-" + version + ".jar")).exists();
        assertThat(work.resolve("part-elus/pom.xml")).content()
                .contains("<recits.version>" + version + "</recits.version>")
                .contains("<recits.home>" + home.toRealPath() + "</recits.home>")
                .contains("<systemPath>${recits.home}/bundles/recits-api-" + version + ".jar</systemPath>");
        assertThat(work.resolve("part-elus/src/main/java/org/example/partelus/LabPartElus.java")).exists();
    }
}
