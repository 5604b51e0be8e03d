package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.model.SurveyAnswer;

/** An export's answer dates: day/month order decided per column, placeholder dates, the mapping's date. */
class SurveyDatesTest {

    @TempDir
    Path dir;

    private void write(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private Fixtures.Run googleForms(String header, String... timestamps) throws Exception {
        StringBuilder b = new StringBuilder(header + ",Satisfaction\n");
        for (String t : timestamps) {
            b.append('"').append(t).append("\",4\n");
        }
        write("g.csv", b.toString());
        write("g.mapping.csv", "question,mesure,echelle,inverse,libelles\nSatisfaction,satisfaction,likert5,,\n"
                + "*,collectivite,,,mulhouse\n");
        return Fixtures.ingest(dir, "g.csv");
    }

    private static List<LocalDate> dates(Fixtures.Run run) {
        return run.answers().stream().map(SurveyAnswer::date).toList();
    }

    @Test
    void aUsGoogleFormsExportAmbiguousThroughoutIsReadMonthFirstAndSaidOnce() throws Exception {
        Fixtures.Run run = googleForms("Timestamp", "3/4/2021 10:00:00", "5/6/2021 11:00:00", "2/1/2021 9:30:00");
        assertThat(dates(run)).containsExactly(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 5, 6), LocalDate.of(2021, 2, 1));
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.file()).isEqualTo("g.csv");
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo("Timestamp");
            assertThat(f.reason().fr()).contains("mois/jour").contains("Google Forms").contains("3 dates");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("month/day").contains("Google Forms");
        });
    }

    @Test
    void aTimestampColumnWithADayOnlyDateIsReadDayFirstThroughout() throws Exception {
        // an English Google Forms export made in the UK: "Timestamp", but day first
        Fixtures.Run run = googleForms("Timestamp", "04/03/2021 10:00:00", "15/03/2021 11:00:00");
        // before: 04/03 read as 3 April, and 15/03 an unreadable date
        assertThat(dates(run)).containsExactly(LocalDate.of(2021, 3, 4), LocalDate.of(2021, 3, 15));
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.value()).isEqualTo("15/03/2021 11:00:00");
            assertThat(f.reason().fr()).contains("jour/mois").contains("ligne 3");
        });
    }

    @Test
    void aMixOfOrdersLeavesTheUndecidableDatesUnreadWithOneFinding() throws Exception {
        Fixtures.Run run = googleForms("Horodateur", "15/03/2021 10:00:00", "03/16/2021 11:00:00", "04/05/2021 12:00:00",
                "06/07/2021 12:00:00");
        assertThat(dates(run)).containsExactly(LocalDate.of(2021, 3, 15), LocalDate.of(2021, 3, 16), null, null);
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(4);
            assertThat(f.reason().fr()).contains("mélange deux ordres").contains("ligne 2").contains("ligne 3")
                    .contains("2 dates");
        });
    }

    /**
     * The real LimeSurvey export of the real-exports folder, as LimeSurvey writes it when responses are anonymised: every
     * date-time column holds 1980-01-01 00:00:00. Written to the temporary folder, never into the project.
     */
    private void anonymisedLimeSurvey(String extraMappingRow) throws Exception {
        Path real = Fixtures.real("limesurvey-code-dot-text-wellbeing/results-survey.csv");
        List<CSVRecord> records;
        List<String> header;
        try (CSVParser p = CSVParser.parse(real, StandardCharsets.UTF_8, CSVFormat.DEFAULT)) {
            records = p.getRecords();
        }
        header = records.get(0).toList();
        try (CSVPrinter out = new CSVPrinter(Files.newBufferedWriter(dir.resolve("anonyme.csv")),
                CSVFormat.DEFAULT.builder().setQuoteMode(org.apache.commons.csv.QuoteMode.ALL).build())) {
            out.printRecord(header);
            for (CSVRecord r : records.subList(1, records.size())) {
                if (r.size() < header.size()) {
                    continue; // the export's empty last record
                }
                List<String> cells = new ArrayList<>(r.toList());
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).matches("(submitdate|startdate|datestamp)\\..*")) {
                        cells.set(i, "1980-01-01 00:00:00");
                    }
                }
                out.printRecord(cells);
            }
        }
        Fixtures.copyResource("/real/limesurvey-wellbeing.mapping.csv", dir.resolve("anonyme.mapping.csv"));
        if (extraMappingRow != null) {
            Files.writeString(dir.resolve("anonyme.mapping.csv"), "\n" + extraMappingRow + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.APPEND);
        }
    }

    @Test
    void anAnonymisedLimeSurveyExportIsUndatedWithOneWarningPerColumn() throws Exception {
        anonymisedLimeSurvey(null);
        Fixtures.Run run = Fixtures.ingest(dir, "anonyme.csv");
        // before: every answer dated 1 January 1980, without a word
        assertThat(run.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.date()).isNull());
        assertThat(run.findings()).hasSize(3).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.value()).isEqualTo("1980-01-01 00:00:00");
            assertThat(f.reason().fr()).contains("entre 2000 et 2099").contains("53 cellules")
                    .contains("anonyme.mapping.csv").contains("*,date,,,");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("between 2000 and 2099").contains("*,date,,,");
        }).extracting(Finding::column).containsExactlyInAnyOrder("submitdate. Date submitted", "datestamp. Date last action",
                "startdate. Date started");
    }

    @Test
    void theMappingsDateIsHonouredOverTheToolsColumns() throws Exception {
        anonymisedLimeSurvey("*;date;;;15/01/2024");
        Fixtures.Run run = Fixtures.ingest(dir, "anonyme.csv");
        // before: the mapping's date was ignored because submitdate was filled (with 1980-01-01)
        assertThat(run.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 15)));
        assertThat(run.findings()).isEmpty();
    }

    @Test
    void aMappedDateColumnOfPlaceholdersFallsBackToTheMappingsDate() throws Exception {
        StringBuilder b = new StringBuilder("id,quand,Satisfaction\n");
        for (int i = 1; i <= 6; i++) {
            b.append(i).append(",2021-03-01 10:42:17,").append(i % 5 + 1).append('\n');
        }
        write("e.csv", b.toString());
        write("e.mapping.csv", "question,mesure,echelle,inverse,libelles\nSatisfaction,satisfaction,likert5,,\n"
                + "*,collectivite,,,mulhouse\nquand,date,,,\n*,date,,,2021-03-05\n");
        Fixtures.Run run = Fixtures.ingest(dir, "e.csv");
        assertThat(dates(run)).hasSize(6).containsOnly(LocalDate.of(2021, 3, 5));
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.column()).isEqualTo("quand");
            assertThat(f.reason().fr()).contains("même date et heure").contains("6 lignes").contains("05/03/2021");
            assertThat(f.reason().in(Locale.ENGLISH)).contains("2021-03-05");
        });
    }

    @Test
    void theLongFormatDecidesItsDateColumnAsAWhole() throws Exception {
        write("long.csv", "collectivite,repondant,date,question,reponse\nmulhouse,r1,13/01/2021,satisfaction,4\n"
                + "mulhouse,r2,02/03/2021,satisfaction,5\n");
        Fixtures.Run run = Fixtures.ingest(dir, "long.csv");
        assertThat(dates(run)).containsExactly(LocalDate.of(2021, 1, 13), LocalDate.of(2021, 3, 2));
        write("long.csv", "collectivite,repondant,date,question,reponse\nmulhouse,r1,01/13/2021,satisfaction,4\n"
                + "mulhouse,r2,02/03/2021,satisfaction,5\n");
        run = Fixtures.ingest(dir, "long.csv");
        // before: 01/13/2021 an unreadable date and 02/03/2021 the 2nd of March
        assertThat(dates(run)).containsExactly(LocalDate.of(2021, 1, 13), LocalDate.of(2021, 2, 3));
        assertThat(run.findings()).singleElement().satisfies(f -> assertThat(f.reason().fr()).contains("mois/jour"));
    }
}
