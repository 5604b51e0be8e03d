package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No README, page of docs/ or message bundle of the repository points outside it. */
class OutsideReferencesTest {

    /** The repository root: this module's parent (surefire sets basedir). */
    static Path repository() {
        Path module = Paths.get(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        Path root = module.getParent();
        assertThat(root.resolve("docs/format.md")).as("repository root above " + module).isRegularFile();
        return root;
    }

    @Test
    void repositoryTextsPointNowhereOutside() throws IOException {
        Path root = repository();
        List<Path> files = OutsideReferences.repositoryTexts(root);
        assertThat(files).as("files walked").contains(root.resolve("README.md"), root.resolve("docs/format.md"),
                root.resolve("plugins/ingest-survey/README.md"),
                root.resolve("core/engine/src/main/resources/org/recits/engine/internal/messages.properties"));
        assertThat(OutsideReferences.scan(root, files)).as("references outside the repository").isEmpty();
    }

    @Test
    void aPlantedBadReferenceIsFound(@TempDir Path root) throws IOException {
        Files.createDirectories(root.resolve("docs"));
        Files.createDirectories(root.resolve("plugins/x/src/main/resources"));
        Files.writeString(root.resolve("docs/ok.md"), "[format](format.md) [here](#a) [web](https://example.org)\n");
        Files.writeString(root.resolve("docs/format.md"), "# Format\n\n```\n[not a link](../../nowhere)\n```\n");
        Files.writeString(root.resolve("README.md"), "see [the contract](../shared/design/FORMAT.md)\n"
                + "and [gone](docs/missing.md), [abs](/etc/passwd), [up](../sibling/README.md)\n");
        Files.writeString(root.resolve("plugins/x/README.md"), "API: `/work/notes/api.md`\n");
        Files.writeString(root.resolve("plugins/x/src/main/resources/messages.properties"), "a=voir INDICATORS.md\n");

        List<OutsideReferences.Hit> hits = OutsideReferences.scan(root, OutsideReferences.repositoryTexts(root));

        assertThat(hits).extracting(h -> h.where() + ":" + h.line()).containsExactlyInAnyOrder(
                "README.md:1", "README.md:1", "README.md:1", "README.md:1", // ../shared, shared/design, FORMAT.md, link out
                "README.md:2", "README.md:2", "README.md:2", // missing, absolute, out of the tree
                "plugins/x/README.md:1", "plugins/x/src/main/resources/messages.properties:1");
        assertThat(hits).extracting(OutsideReferences.Hit::what)
                .anyMatch(w -> w.startsWith("link leaves the tree: ../shared"))
                .anyMatch(w -> w.startsWith("link to a missing file: docs/missing.md"))
                .anyMatch(w -> w.startsWith("absolute link /etc/passwd"))
                .anyMatch(w -> w.startsWith("names /work/"));
    }
}
