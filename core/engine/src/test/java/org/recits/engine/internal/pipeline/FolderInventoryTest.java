package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;

/** What a data folder holds, links followed (issue 17): a linked survey folder, a link to nothing, a loop. */
class FolderInventoryTest {
    @TempDir
    Path dir;

    private Path data() throws IOException {
        Path data = Files.createDirectories(dir.resolve("donnees"));
        Files.writeString(data.resolve("sessions.csv"), "collectivite;session\n");
        return data;
    }

    private static List<String> names(FolderInventory inv) {
        return inv.files().stream().map(inv::name).toList();
    }

    @Test
    void aLinkedSurveyFolderIsReadAsIfItWereThere() throws IOException {
        Path data = data();
        Path shared = Files.createDirectories(dir.resolve("partage/enquetes"));
        Files.writeString(shared.resolve("export.csv"), "a;b\n");
        Files.createSymbolicLink(data.resolve("enquetes"), shared);
        FolderInventory inv = FolderInventory.of(data, null);
        assertThat(names(inv)).containsExactly("enquetes/export.csv", "sessions.csv");
        assertThat(inv.skipped()).isEmpty();
    }

    @Test
    void aLinkedDataFolderIsReadThroughItsLink() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("lien"), data());
        assertThat(names(FolderInventory.of(link, null))).containsExactly("sessions.csv");
    }

    @Test
    void aLinkToNothingIsARejectedFileNamedWithItsTarget() throws IOException {
        Path data = data();
        Files.createSymbolicLink(data.resolve("presences.csv"), dir.resolve("ancien/presences.csv"));
        FolderInventory inv = FolderInventory.of(data, null);
        assertThat(names(inv)).containsExactly("sessions.csv");
        assertThat(inv.skipped()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(FolderInventory.Kind.DANGLING);
            Finding f = s.finding();
            assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
            assertThat(f.file()).isEqualTo("presences.csv");
            assertThat(f.reason().fr()).startsWith("lien symbolique cassé\u00a0: «\u00a0presences.csv\u00a0» pointe vers «\u00a0"
                    + dir.resolve("ancien/presences.csv") + "\u00a0», qui n’existe pas");
            assertThat(f.reason().in(Locale.ENGLISH)).startsWith("broken symbolic link: \"presences.csv\" points to");
            assertThat(s.ignored().fr()).startsWith("non lu\u00a0: lien symbolique cassé");
        });
    }

    @Test
    void aLinkToAFolderThatHoldsItIsALoopNotFollowed() throws IOException {
        Path data = data();
        Files.writeString(dir.resolve("voisin.csv"), "x\n");
        Files.createSymbolicLink(data.resolve("retour"), Path.of(".."));
        Path sub = Files.createDirectories(data.resolve("enquetes"));
        Files.createSymbolicLink(sub.resolve("encore"), data);
        FolderInventory inv = FolderInventory.of(data, null);
        // neither the data folder's neighbour nor the data folder a second time
        assertThat(names(inv)).containsExactly("sessions.csv");
        assertThat(inv.skipped()).extracting(FolderInventory.Skipped::name, FolderInventory.Skipped::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enquetes/encore", FolderInventory.Kind.LOOP),
                        org.assertj.core.groups.Tuple.tuple("retour", FolderInventory.Kind.LOOP));
        assertThat(inv.skipped().get(1).finding().severity()).isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void aCycleOfTwoLinksIsStoppedByTheWalksGuard() throws IOException {
        Path data = data();
        Path a = Files.createDirectories(data.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.createSymbolicLink(a.resolve("vers-b"), b);
        Files.createSymbolicLink(b.resolve("vers-a"), a);
        FolderInventory inv = FolderInventory.of(data, null);
        assertThat(names(inv)).containsExactly("sessions.csv");
        assertThat(inv.skipped()).extracting(FolderInventory.Skipped::kind).containsExactly(FolderInventory.Kind.LOOP);
    }

    @Test
    void locksAreListedAsIgnoredNotRejected() throws IOException {
        Path data = data();
        Files.writeString(data.resolve("~$sessions.xlsx"), "moi");
        Files.writeString(data.resolve(".~lock.sessions.xlsx#"), ",moi,poste;");
        FolderInventory inv = FolderInventory.of(data, null);
        assertThat(names(inv)).containsExactly("sessions.csv");
        assertThat(inv.skipped()).allSatisfy(s -> {
            assertThat(s.finding().severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(s.ignored().fr()).isEqualTo("ignoré\u00a0: fichier de verrou de «\u00a0sessions.xlsx\u00a0», ouvert dans un tableur");
        }).hasSize(2);
    }
}
