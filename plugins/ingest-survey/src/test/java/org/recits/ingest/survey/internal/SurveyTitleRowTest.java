package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;

/** A title above an export's header (a hand-edited export): the header is the row that finds the mapping's questions. */
class SurveyTitleRowTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aTitleAboveAGoogleFormsHeaderIsSkippedAndSaidOnce() throws Exception {
        write("g.csv", "Enquête de satisfaction — printemps 2023\n"
                + "Horodateur,Votre satisfaction,Commune\n"
                + "12/05/2023 10:15:32,4,Mulhouse\n"
                + "13/05/2023 09:00:00,5,Colmar\n");
        write("g.mapping.csv", "question,mesure,echelle\nVotre satisfaction,satisfaction,likert5\nCommune,collectivite,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "g.csv");
        assertThat(run.counts()).containsExactly(new TableCount("g", 2, 2, 0));
        assertThat(run.at("Votre satisfaction", 3).score()).isEqualTo(4.0);
        assertThat(run.at("Votre satisfaction", 4).collectivite()).isEqualTo("colmar");
        assertThat(run.at("Votre satisfaction", 3).date()).isEqualTo(LocalDate.of(2023, 5, 12)); // the tool is known
        assertThat(run.findings()).filteredOn(f -> f.severity() == Finding.Severity.WARNING && f.line() == 2)
                .singleElement().satisfies(f -> {
                    assertThat(f.file()).isEqualTo("g.csv");
                    assertThat(f.value()).isEqualTo("Enquête de satisfaction — printemps 2023");
                    assertThat(f.reason().fr()).isEqualTo(
                            "en-tête trouvé ligne\u00A02, sous un titre\u00A0: la ligne\u00A01 n’est pas lue");
                    assertThat(f.reason().en()).isEqualTo("header found at line 2, below a title: line 1 is not read");
                });
        assertThat(run.findings()).noneMatch(f -> f.severity() == Finding.Severity.REJECTED);
    }

    @Test
    void anExportWhoseFirstRowIsItsHeaderIsReadFromIt() throws Exception {
        // a generic export whose header finds no question of the mapping is not moved to a data row
        write("e.csv", "id,note\n1,4\n2,5\n");
        write("e.mapping.csv", "question,mesure,echelle,inverse,libelles\n*,collectivite,,,mulhouse\nAutre,satisfaction,,,\n");
        Fixtures.Run run = Fixtures.ingest(dir, "e.csv");
        assertThat(run.counts()).containsExactly(new TableCount("e", 2, 2, 0));
        assertThat(run.findings()).noneMatch(f -> f.reason().fr().startsWith("en-tête trouvé"));
    }
}
