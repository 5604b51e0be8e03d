package org.recits.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.model.Scope;

class DataFolderTest {

    @Test
    void readsTheFormatFilesWithTheProductsReader() throws Exception {
        Dataset d = DataFolder.load(Paths.get("src/test/resources/donnees"));
        assertThat(d.collectiviteIds()).containsExactly("lille", "metz");
        assertThat(d.sessions(Scope.of("metz"))).hasSize(4);
        assertThat(d.attendance(Scope.programme())).hasSize(4);
        assertThat(d.participants(Scope.of("metz")).get(1).dateSortie()).hasToString("2020-02-15");
    }

    @Test
    void aRejectedRowFailsTheLoadWithItsLine(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sessions.csv"), "collectivite;session;date_debut;jours\nmetz;s1;pas une date;1\n");
        assertThatThrownBy(() -> DataFolder.load(dir)).hasMessageContaining("sessions.csv:2");
        assertThat(DataFolder.loadLeniently(dir).rejectedCount()).isEqualTo(1);
    }
}
