package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

/** The documentation ships with the product, and nothing shipped points outside it. */
class DistributionDocsIT {

    private static List<String> repositoryDocs() throws IOException {
        try (Stream<Path> docs = Files.list(OutsideReferencesTest.repository().resolve("docs"))) {
            return docs.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyPageOfDocsIsInTheFolderAndTheZip() throws IOException {
        Path root = OutsideReferencesTest.repository();
        List<String> pages = repositoryDocs();
        assertThat(pages).contains("format.md", "garde-fous.md", "indicateurs.md", "README.md");
        for (String page : pages) {
            assertThat(Distribution.folder().resolve("docs").resolve(page)).as(page)
                    .hasSameBinaryContentAs(root.resolve("docs").resolve(page));
        }
        Path zip = Distribution.folder().resolveSibling("recits-" + System.getProperty("recits.version") + ".zip");
        try (ZipFile z = new ZipFile(zip.toFile())) {
            for (String page : pages) {
                assertThat(z.getEntry("recits/docs/" + page)).as(page + " in " + zip.getFileName()).isNotNull();
            }
        }
    }

    @Test
    void nothingShippedPointsOutsideTheDistribution() throws IOException {
        Path dist = Distribution.folder();
        assertThat(dist.resolve("demo")).isDirectory();
        assertThat(OutsideReferences.scanDistribution(dist)).as("references outside the distribution").isEmpty();
    }

    @Test
    void helpPointsToTheShippedFormatPage() throws IOException {
        Distribution.Run fr = Distribution.inProcess(Distribution.folder(), "check", "--help");
        Distribution.Run en = Distribution.inProcess(Distribution.folder(), "--lang", "en", "check", "--help");
        assertThat(fr.out()).contains("docs/format.md");
        assertThat(en.out()).contains("docs/format.md");
        assertThat(Paths.get(Distribution.folder().toString(), "docs", "format.md")).isRegularFile();
    }
}
