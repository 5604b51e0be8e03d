package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.report.Progress;
import org.recits.engine.internal.EngineTexts;
import org.recits.engine.internal.Fixtures;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Attendance;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.SourceRef;
import org.junit.jupiter.api.Test;

class DataFolderReaderTest {

    private static final LocalizedText WHY = LocalizedText.of("session inconnue", "unknown session");

    /** A 1×1 PNG. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path tmp;

    @Test
    void checkSaysTheIdentityFileAndItsLogoAreReadNotIgnored() throws IOException {
        // Before, check listed both as « ignoré, ni tableau ni export d’enquête ».
        Path data = Files.createDirectories(tmp.resolve("data"));
        Files.createDirectories(data.resolve("images"));
        Files.write(data.resolve("images/logo.png"), PNG);
        Files.write(data.resolve("autre.png"), PNG);
        Files.writeString(data.resolve("rapport.properties"), "labo=Labo\nlogo=images/logo.png\n",
                StandardCharsets.UTF_8);
        Files.writeString(data.resolve("sessions.txt"), "metz;s1;2020-01-10\n", StandardCharsets.UTF_8);

        var read = new DataFolderReader(Fixtures.plugins(List.of(), List.of()).ingestors(),
                EngineTexts.of(Locale.FRENCH), Progress.NONE).read(data);

        assertThat(read.identity().logo()).isNotNull();
        assertThat(read.files()).extracting(Recognition::file)
                .containsExactly("autre.png", "images/logo.png", "rapport.properties", "sessions.txt");
        assertThat(read.files().get(0).ignored().fr()).startsWith("ignoré");
        assertThat(read.files().get(1).reading().notes()).singleElement()
                .satisfies(n -> assertThat(n.fr()).isEqualTo("lu\u00a0: logo du rapport, nommé dans rapport.properties"));
        assertThat(read.files().get(2).reading().notes()).singleElement()
                .satisfies(n -> assertThat(n.fr()).startsWith("lu\u00a0: identité du rapport"));
    }

    @Test
    void rowsDroppedByCrossChecksMoveFromKeptToRejectedOncePerRow() {
        Dataset.Builder builder = Dataset.builder()
                .source(new SourceFile("presences.csv", "h1", "activity", "1", List.of(new TableCount("presences", 10, 9, 1))))
                .source(new SourceFile("labo.xlsx", "h2", "activity", "1",
                        List.of(new TableCount("sessions", 4, 4, 0), new TableCount("meteo", 6, 6, 0))))
                // found while reading: already counted as rejected by the ingestor
                .finding(Finding.rejected("presences.csv", 2, "jours_presents", "-1", WHY));
        for (long line = 3; line <= 6; line++) {
            builder.add(new Attendance("m", "S" + line, "p9", null, Map.of(), new SourceRef("presences.csv", line)));
        }
        builder.add(new GroupWeather("m", "S7", 3, null, null, Map.of(), new SourceRef("labo.xlsx#meteo", 2)));
        Dataset before = builder.build();
        // cross-file checks drop lines 3 and 5 and the weather row: two findings on line 3 (one row), one on
        // line 5, a warning that drops nothing
        builder.retain(Attendance.class, a -> a.source().line() != 3 && a.source().line() != 5);
        builder.retain(GroupWeather.class, w -> false);
        builder.finding(Finding.rejected("presences.csv", 3, "session", "S9", WHY))
                .finding(Finding.rejected("presences.csv", 3, "participant", "p9", WHY))
                .finding(Finding.rejected("presences.csv", 5, "session", "S8", WHY))
                .finding(Finding.warning("presences.csv", 6, "jours_presents", "3", WHY))
                .finding(Finding.rejected("labo.xlsx#meteo", 2, "session", "S7", WHY));

        DataFolderReader.recountCrossCheckRejections(builder, before);

        List<SourceFile> sources = builder.build().sources();
        assertThat(sources.get(0).tables()).containsExactly(new TableCount("presences", 10, 7, 3));
        assertThat(sources.get(1).tables()).containsExactly(new TableCount("sessions", 4, 4, 0),
                new TableCount("meteo", 6, 5, 1));
        assertThat(sources.get(1).rowsRead()).isEqualTo(sources.get(1).rowsKept() + sources.get(1).rowsRejected());
    }

    @Test
    void aSourceItsIngestorRecountedInItsCrossChecksIsNotMovedAgain() {
        Dataset.Builder builder = Dataset.builder()
                .source(new SourceFile("enquetes/avis.csv", "h1", "survey", "1", List.of(new TableCount("enquetes/avis", 12, 12, 0))));
        Dataset before = builder.build();
        // the survey ingestor drops 5 respondents of an unlisted collectivité, reports them once at the first
        // of their lines, and moves them itself
        builder.finding(Finding.rejected("enquetes/avis.csv", 4, "collectivite", "strasbourg", WHY))
                .replaceSource(new SourceFile("enquetes/avis.csv", "h1", "survey", "1",
                        List.of(new TableCount("enquetes/avis", 12, 7, 5))));

        DataFolderReader.recountCrossCheckRejections(builder, before);

        assertThat(builder.build().sources().get(0).tables()).containsExactly(new TableCount("enquetes/avis", 12, 7, 5));
    }

    @Test
    void aSheetIsFoundByItsNameAsWrittenWhateverItsCaseAndAccents() {
        // the activity reader counts the table "meteo" and labels the rows of sheet "Météo" labo.xlsx#Météo
        Dataset.Builder builder = Dataset.builder()
                .source(new SourceFile("labo.xlsx", "h", "activity", "1",
                        List.of(new TableCount("sessions", 1, 1, 0), new TableCount("meteo", 6, 6, 0))));
        builder.add(new GroupWeather("m", "S7", 3, null, null, Map.of(), new SourceRef("labo.xlsx#Météo", 2)));
        Dataset before = builder.build();
        builder.retain(GroupWeather.class, w -> false);
        builder.finding(Finding.rejected("labo.xlsx#Météo", 2, "session", "S7", WHY));

        DataFolderReader.recountCrossCheckRejections(builder, before);

        assertThat(builder.build().sources().get(0).tables()).containsExactly(new TableCount("sessions", 1, 1, 0),
                new TableCount("meteo", 6, 5, 1));
    }
}
