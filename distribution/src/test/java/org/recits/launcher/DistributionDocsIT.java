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

    /** Every file of the zip is readable by whoever unpacks it: recits.cmd came out 0600 (line ends rewritten). */
    @Test
    void everyFileOfTheZipIsReadableByAll() throws IOException {
        Path zip = Distribution.folder().resolveSibling("recits-" + System.getProperty("recits.version") + ".zip");
        try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip,
                java.util.Map.of("enablePosixFileAttributes", "true"));
                Stream<Path> all = Files.walk(fs.getPath("/"))) {
            List<Path> files = all.filter(Files::isRegularFile).toList();
            assertThat(files).extracting(Path::toString).contains("/recits/recits.cmd", "/recits/recits");
            for (Path f : files) {
                assertThat(Files.getPosixFilePermissions(f)).as(f.toString())
                        .contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ,
                                java.nio.file.attribute.PosixFilePermission.GROUP_READ);
            }
        }
    }

    /**
     * The French format page says what the product does with consent: only « oui » (the English page agrees); it
     * listed `consentement` among the yes/no columns that take yes, x or 1.
     */
    @Test
    void theFrenchFormatPageTakesOnlyOuiAsConsent() throws IOException {
        String fr = Files.readString(OutsideReferencesTest.repository().resolve("docs").resolve("format.md"));
        assertThat(fr.lines().filter(l -> l.startsWith("**Oui/non**"))).singleElement().asString()
                .doesNotContain("consentement");
        assertThat(fr.replace('\n', ' ')).contains("seul `oui` vaut consentement");
    }
}
