package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Pseudonyms;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/** The lab's pseudonym key: where it lies, made once and kept, never replaced by another. */
class PseudonymKeyTest {

    private static final Messages FR = EngineTexts.of(Locale.FRENCH);

    @TempDir
    Path tmp;

    @Test
    void theOptionThenTheVariableThenTheUsersConfigurationFolder() {
        Path option = Path.of("/cles/labo.txt");
        Map<String, String> env = Map.of(PseudonymKey.ENV, "/var/recits/cle.txt", "XDG_CONFIG_HOME", "/cfg",
                "APPDATA", "C:\\Users\\x\\AppData\\Roaming");
        assertThat(PseudonymKey.location(option, env, "/home/x", "Linux")).isEqualTo(option);
        assertThat(PseudonymKey.location(null, env, "/home/x", "Linux")).isEqualTo(Path.of("/var/recits/cle.txt"));
        assertThat(PseudonymKey.location(null, Map.of("XDG_CONFIG_HOME", "/cfg"), "/home/x", "Linux"))
                .isEqualTo(Path.of("/cfg/recits/cle-pseudonymes.txt"));
        assertThat(PseudonymKey.location(null, Map.of(), "/home/x", "Linux"))
                .isEqualTo(Path.of("/home/x/.config/recits/cle-pseudonymes.txt"));
        assertThat(PseudonymKey.location(null, Map.of("APPDATA", "/appdata"), "/home/x", "Windows 11"))
                .isEqualTo(Path.of("/appdata", "Recits", "cle-pseudonymes.txt"));
    }

    @Test
    void madeOnFirstUseOwnersOnlyThenReadTheSame() throws IOException {
        Path file = tmp.resolve("config/recits/cle-pseudonymes.txt");
        PseudonymKey.Loaded first = PseudonymKey.load(file, FR);
        assertThat(first.created()).isTrue();
        assertThat(first.file()).isEqualTo(file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).startsWith("# Clé des pseudonymes de Récits")
                .containsPattern("\n[0-9a-f]{64}\n");
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        assertThat(tmp.resolve("config/recits")).isDirectoryNotContaining("glob:**.tmp");
        PseudonymKey.Loaded again = PseudonymKey.load(file, FR);
        assertThat(again.created()).isFalse();
        // same key, same pseudonyms, quarter after quarter; another lab's key gives others
        assertThat(again.pseudonyms().of("a8Bk2LmQ9xZp3Rt")).isEqualTo(first.pseudonyms().of("a8Bk2LmQ9xZp3Rt"))
                .isNotEqualTo(PseudonymKey.load(tmp.resolve("autre.txt"), FR).pseudonyms().of("a8Bk2LmQ9xZp3Rt"))
                .isNotEqualTo(Pseudonyms.EXAMPLE.of("a8Bk2LmQ9xZp3Rt"));
    }

    @Test
    void aFileWithoutAKeyStopsTheRunAndIsNotReplaced() throws IOException {
        Path file = tmp.resolve("cle.txt");
        Files.writeString(file, "# la clé a été effacée par erreur\n");
        assertThatThrownBy(() -> PseudonymKey.load(file, FR)).isInstanceOf(RecitsCli.UsageException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("32 chiffres hexadécimaux")
                .hasMessageContaining("Aucune autre clé n’est créée à sa place");
        Files.writeString(file, "pas-une-cle\n");
        assertThatThrownBy(() -> PseudonymKey.load(file, FR)).isInstanceOf(RecitsCli.UsageException.class);
        assertThat(Files.readString(file)).isEqualTo("pas-une-cle\n");
    }

    @Test
    void aKeyGivenByHandIsReadWithItsComments() throws IOException {
        Path file = tmp.resolve("cle.txt");
        Files.writeString(file, "# notre clé\n00112233445566778899aabbccddeeff\n  00112233445566778899aabbccddeeff  \n");
        byte[] key = java.util.HexFormat.of().parseHex("00112233445566778899aabbccddeeff".repeat(2));
        assertThat(PseudonymKey.load(file, FR).pseudonyms().of("R-0042"))
                .isEqualTo(Pseudonyms.keyed(key).of("R-0042"));
    }
}
