package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No README, page of docs/, message bundle or Java comment of the repository points outside it. */
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
    void javaCommentsPointNowhereOutside() throws IOException {
        Path root = repository();
        List<Path> files = OutsideReferences.javaSources(root);
        assertThat(files).as("files walked").contains(
                root.resolve("core/api/src/main/java/org/recits/api/model/Session.java"),
                root.resolve("plugins/lib-tabular/src/test/java/org/recits/tabular/RealData.java"));
        assertThat(OutsideReferences.scanJavaComments(root, files)).as("Java comments naming things outside the repository")
                .isEmpty();
    }

    @Test
    void aPlantedBadCommentIsFoundAndCodeIsNot(@TempDir Path root) throws IOException {
        Path dir = Files.createDirectories(root.resolve("plugins/x/src/test/java/x"));
        Files.createDirectories(root.resolve("plugins/x/target/classes"));
        Files.writeString(dir.resolve("A.java"), String.join("\n",
                "/** Reads the files of FORMAT.md. */",                          // 1: hit
                "class A {",
                "    String s = \"../shared/data/real\"; // code may name it",     // 3: only the literal names it
                "    char q = '\"'; String t = \"/* INDICATORS.md */\";",          // 4: a quote char, then a literal
                "    String u = \"\"\"",
                "        seed 001 // in a text block",                             // 6: literal
                "        \"\"\";",
                "    /*",
                "     * as in seed 001",                                          // 9: hit
                "     */ int x; // INDICATORS.md",                                // 10: hit
                "}"));
        Files.writeString(root.resolve("plugins/x/target/classes/B.java"), "// FORMAT.md\n");

        List<Path> files = OutsideReferences.javaSources(root);
        assertThat(files).containsExactly(dir.resolve("A.java"));
        assertThat(OutsideReferences.scanJavaComments(root, files))
                .extracting(h -> h.line() + " " + h.what().substring(0, h.what().indexOf(':')))
                .containsExactly("1 names FORMAT.md", "9 names seed 0", "10 names INDICATORS.md");
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
                "README.md:1", "README.md:1", "README.md:1", "README.md:1", // the parent folder, the design folder, its file, a link out
                "README.md:2", "README.md:2", "README.md:2", // missing, absolute, out of the tree
                "plugins/x/README.md:1", "plugins/x/src/main/resources/messages.properties:1");
        assertThat(hits).extracting(OutsideReferences.Hit::what)
                .anyMatch(w -> w.startsWith("link leaves the tree: ../shared"))
                .anyMatch(w -> w.startsWith("link to a missing file: docs/missing.md"))
                .anyMatch(w -> w.startsWith("absolute link /etc/passwd"))
                .anyMatch(w -> w.startsWith("names /work/"));
    }
}
