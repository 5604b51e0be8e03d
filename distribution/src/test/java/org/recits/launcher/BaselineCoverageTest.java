package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every module that exports packages of its own ({@code @Export}) has them checked by bnd baseline
 * against its last release in releases/: its pom lists {@code bnd-baseline-maven-plugin}, and a release
 * of its artifact is there (the baseline's failOnMissing would fail the build without one anyway).
 */
class BaselineCoverageTest {

    private static final Pattern ARTIFACT = Pattern.compile("</parent>\\s*<artifactId>([^<]+)</artifactId>");

    @Test
    void everyExportingModuleIsBaselinedAgainstARelease() throws IOException {
        Path root = OutsideReferencesTest.repository();
        Set<Path> modules = new TreeSet<>();
        ExportedPackageSources.of(root).values().forEach(e -> modules.add(e.module()));
        assertThat(modules).contains(root.resolve("core/api"), root.resolve("plugins/lib-tabular"),
                root.resolve("plugins/report-charts"));
        for (Path module : modules) {
            String pom = Files.readString(module.resolve("pom.xml"), StandardCharsets.UTF_8);
            assertThat(pom).as(module + "/pom.xml").contains("<artifactId>bnd-baseline-maven-plugin</artifactId>");
            Matcher artifact = ARTIFACT.matcher(pom);
            assertThat(artifact.find()).as("artifactId of " + module).isTrue();
            assertThat(root.resolve("releases/org/recits").resolve(artifact.group(1)).resolve("maven-metadata.xml"))
                    .as("a release of " + artifact.group(1)).isRegularFile();
        }
    }
}
