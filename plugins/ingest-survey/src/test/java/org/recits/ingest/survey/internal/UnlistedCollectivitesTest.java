package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.ingest.InputFile;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;

/** Issue 16: survey answers for a collectivité unknown to collectivites are reported, not made a new scope. */
class UnlistedCollectivitesTest {

    @TempDir
    Path dir;

    private final SurveyIngestor ingestor = new SurveyIngestor();

    private Dataset.Builder read(String name, String export, String mapping, boolean withList) throws Exception {
        Files.writeString(dir.resolve(name + ".csv"), export, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".mapping.csv"), mapping, StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        if (withList) {
            b.add(new Collectivite("mulhouse", "Mulhouse", "commune", null, null, null, Map.of(),
                    new SourceRef("collectivites.csv", 2)));
            b.source(new SourceFile("collectivites.csv", "h", "activity", "1",
                    List.of(new TableCount("collectivites", 1, 1, 0))));
        }
        InputFile file = InputFile.of(dir.resolve(name + ".csv"), name + ".csv");
        b.source(new SourceFile(name + ".csv", "h", "survey", "1", ingestor.ingest(file, b)));
        return b;
    }

    private static final String EXPORT = "Horodateur,Commune,Note\n"
            + "13/05/2023 10:15:32,Mulhouse,4\n"
            + "13/05/2023 10:16:32,Strasbourg,3\n"
            + "13/05/2023 10:17:32,Mulhouse,5\n"
            + "13/05/2023 10:18:32,strasbourg,2\n";
    private static final String MAPPING = "question,mesure,echelle,inverse,libelles\nCommune,collectivite,,,\n"
            + "Note,satisfaction,likert5,,\n";

    @Test
    void answersForACollectiviteTheListLacksAreDroppedWithOneFindingAndTheCountsSaySo() throws Exception {
        Dataset.Builder b = read("avis", EXPORT, MAPPING, true);
        ingestor.crossCheck(b, b.build());
        Dataset d = b.build();

        assertThat(d.collectiviteIds()).containsExactly("mulhouse");
        assertThat(d.surveyAnswers(Scope.programme())).extracting(a -> a.source().line()).containsExactly(2L, 4L);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.REJECTED);
            assertThat(f.file()).isEqualTo("avis.csv");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("collectivite");
            assertThat(f.value()).isEqualTo("strasbourg");
            assertThat(f.reason().fr()).contains("Collectivité «\u00A0strasbourg\u00A0» absente de collectivites")
                    .contains("ses 2 répondant(s) (2 réponse(s)");
            assertThat(f.reason().en()).contains("Local authority “strasbourg” is not in collectivites");
        });
        assertThat(d.sources()).filteredOn(s -> s.name().equals("avis.csv")).singleElement()
                .satisfies(s -> assertThat(s.tables()).containsExactly(new TableCount("avis", 4, 2, 2)));
    }

    @Test
    void withoutACollectivitesFileEveryCollectiviteIsItsOwnScope() throws Exception {
        Dataset.Builder b = read("avis", EXPORT, MAPPING, false);
        ingestor.crossCheck(b, b.build());
        Dataset d = b.build();
        assertThat(d.collectiviteIds()).containsExactly("mulhouse", "strasbourg");
        assertThat(d.findings()).isEmpty();
    }

    /**
     * A collectivites file with no collectivité kept (the kit's template, whose example row is ignored): its
     * warning says the other files' collectivités are not checked, so no answer is dropped for being unlisted.
     */
    @Test
    void aCollectivitesFileWithNoCollectiviteChecksNothing() throws Exception {
        Files.writeString(dir.resolve("avis.csv"), EXPORT, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("avis.mapping.csv"), MAPPING, StandardCharsets.UTF_8);
        Dataset.Builder b = Dataset.builder();
        b.source(new SourceFile("collectivites.csv", "h", "activity", "1",
                List.of(new TableCount("collectivites", 0, 0, 0))));
        b.source(new SourceFile("avis.csv", "h", "survey", "1",
                ingestor.ingest(InputFile.of(dir.resolve("avis.csv"), "avis.csv"), b)));
        ingestor.crossCheck(b, b.build());
        Dataset d = b.build();
        assertThat(d.collectiviteIds()).containsExactly("mulhouse", "strasbourg");
        assertThat(d.surveyAnswers(Scope.programme())).hasSize(4);
        assertThat(d.findings()).isEmpty();
        assertThat(d.sources()).filteredOn(s -> s.name().equals("avis.csv")).singleElement()
                .satisfies(s -> assertThat(s.tables()).containsExactly(new TableCount("avis", 4, 4, 0)));
    }
}
