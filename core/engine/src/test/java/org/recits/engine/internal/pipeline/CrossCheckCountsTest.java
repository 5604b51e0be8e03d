package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Attendance;
import org.recits.api.model.GroupWeather;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.SourceRef;
import org.recits.api.model.Wave;

/** Rows dropped by cross-file checks are counted from the records dropped, not from the findings written about them. */
class CrossCheckCountsTest {

    private static final LocalizedText WHY = LocalizedText.of("participants refusé", "participants refused");

    private static Attendance presence(String file, long line) {
        return new Attendance("m", "S1", "p" + line, null, Map.of(), new SourceRef(file, line));
    }

    @Test
    void oneGroupedFindingForManyDroppedRowsMovesEveryRow() {
        Dataset.Builder builder = Dataset.builder()
                .source(new SourceFile("presences.csv", "h", "activity", "1", List.of(new TableCount("presences", 5, 5, 0))));
        for (long line = 2; line <= 6; line++) {
            builder.add(presence("presences.csv", line));
        }
        Dataset before = builder.build();
        // the cross-check drops four rows and says so once, at the first of them
        builder.retain(Attendance.class, a -> a.source().line() == 6);
        builder.finding(Finding.rejected("presences.csv", 2, "participant", null, WHY));

        DataFolderReader.recountCrossCheckRejections(builder, before);

        assertThat(builder.build().sources().get(0).tables()).containsExactly(new TableCount("presences", 5, 1, 4));
    }

    @Test
    void sheetsAreFoundWhateverTheCaseOfTheirNameAndSurveyRowsCountOncePerRespondent() {
        Dataset.Builder builder = Dataset.builder()
                .source(new SourceFile("labo.xlsx", "h", "activity", "1",
                        List.of(new TableCount("sessions", 1, 1, 0), new TableCount("meteo", 2, 2, 0))))
                .source(new SourceFile("enquete.csv", "h", "survey", "1", List.of(new TableCount("enquete", 2, 2, 0))));
        builder.add(new GroupWeather("m", "S9", 3, null, null, Map.of(), new SourceRef("labo.xlsx#Météo", 2)));
        builder.add(new GroupWeather("m", "S1", 3, null, null, Map.of(), new SourceRef("labo.xlsx#Météo", 3)));
        for (long line = 2; line <= 3; line++) {
            for (String q : List.of("q1", "q2", "q3")) {
                builder.add(new org.recits.api.model.SurveyAnswer(line == 2 ? "inconnue" : "m", "enquete", "r" + line,
                        LocalDate.of(2021, 1, 5), Wave.AVANT, null, q, Measure.SATISFACTION, 4.0, "4",
                        new SourceRef("enquete.csv", line)));
            }
        }
        Dataset before = builder.build();
        builder.retain(GroupWeather.class, w -> !w.session().equals("S9"));
        builder.retain(org.recits.api.model.SurveyAnswer.class, a -> !a.collectivite().equals("inconnue"));
        builder.finding(Finding.rejected("labo.xlsx#Météo", 2, "session", "S9", WHY));

        DataFolderReader.recountCrossCheckRejections(builder, before);

        List<SourceFile> sources = builder.build().sources();
        assertThat(sources.get(0).tables()).containsExactly(new TableCount("sessions", 1, 1, 0),
                new TableCount("meteo", 2, 1, 1));
        assertThat(sources.get(1).tables()).containsExactly(new TableCount("enquete", 2, 1, 1));
    }
}
