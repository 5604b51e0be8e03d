package org.recits.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFileTest {

    @TempDir
    Path dir;

    @Test
    void pathAndNameAreRequiredAndANullHeadIsEmpty() {
        assertThatThrownBy(() -> new InputFile(null, "a", null)).hasMessage("path");
        assertThatThrownBy(() -> new InputFile(Path.of("a"), null, null)).hasMessage("name");
        assertThat(new InputFile(Path.of("a"), "a", null).head()).isEmpty();
    }

    @Test
    void theHeadIsCopiedBothWays() {
        byte[] bytes = {1, 2, 3};
        InputFile f = new InputFile(Path.of("a"), "a", bytes);
        bytes[0] = 9;
        assertThat(f.head()).containsExactly(1, 2, 3);
        f.head()[1] = 9;
        assertThat(f.head()).containsExactly(1, 2, 3);
    }

    @Test
    void equalityComparesTheHeadsBytes() {
        InputFile a = new InputFile(Path.of("a"), "a", new byte[] {1});
        assertThat(a).isEqualTo(new InputFile(Path.of("a"), "a", new byte[] {1}))
                .hasSameHashCodeAs(new InputFile(Path.of("a"), "a", new byte[] {1}));
        assertThat(a).isNotEqualTo(new InputFile(Path.of("a"), "a", new byte[] {2}));
        assertThat(a).isNotEqualTo(new InputFile(Path.of("a"), "b", new byte[] {1}));
        assertThat(a).hasToString("a");
    }

    @Test
    void readsAtMostTheHeadSize() throws IOException {
        Path big = Files.write(dir.resolve("big.csv"), new byte[InputFile.HEAD_SIZE + 10]);
        Path small = Files.write(dir.resolve("small.csv"), new byte[] {'a', ';'});
        assertThat(InputFile.of(big, "big.csv").head()).hasSize(InputFile.HEAD_SIZE);
        assertThat(InputFile.of(small, "small.csv").head()).containsExactly('a', ';');
    }

    @Test
    void theFileNameIsLowerCaseWithoutFolders() {
        assertThat(new InputFile(Path.of("labo", "Sessions.CSV"), "labo/Sessions.CSV", null).fileName())
                .isEqualTo("sessions.csv");
    }

    @Test
    void aMissingFileIsAnIOException() {
        assertThatThrownBy(() -> InputFile.of(dir.resolve("none.csv"), "none.csv")).isInstanceOf(IOException.class);
    }
}
