package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Finding;
import org.recits.api.data.SourceFile.TableCount;
import org.recits.api.model.Measure;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/**
 * Every real survey export of the real-exports folder (RealData), read with a mapping written for it. Expected values were
 * read in the files by eye (and counted with a separate CSV reader), not taken from this code's output.
 */
class RealExportsTest {

    @TempDir
    Path dir;

    private static final String CPP_Q12 =
            "12 - How satisfied are you with the current way dependencies are handled in this project?";
    private static final String CPP_Q13 = "13 - Regarding difficulties you may have faced when building the project, "
            + "to what extent do you agree or disagree with each of the following statements? "
            + "[There were problems related to the operating system I used]";
    private static final String CPP_Q16 = "In the last 3 months, how often did you use language-specific package "
            + "managers (NPM, RubyGems, PIP...) while developing in other languages besides C++ such as JavaScript, "
            + "Ruby, Python, etc?";

    @Test
    void limesurveyFullTextHeaders() throws Exception {
        Path export = Fixtures.real("limesurvey-en-fulltext-cppsurvey/results-survey.csv");
        Fixtures.beside(dir, export, "cpp/results-survey.csv", "/real/limesurvey-cpp.mapping.csv");
        assertThat(Fixtures.tool(dir, "cpp/results-survey.csv")).isEqualTo(Tool.LIMESURVEY);
        Fixtures.Run run = Fixtures.ingest(dir, "cpp/results-survey.csv");

        // 647 responses, 102 embedded newlines do not make more; none is rejected (collectivité is a constant);
        // the answers off their scale are rejected one by one, counted as answers, not rows
        assertThat(run.rejectedFindings()).isPositive();
        assertThat(run.counts()).containsExactly(new TableCount("cpp/results-survey", 647, 647, 0, run.rejectedFindings()));

        // Response ID 8 (line 3): Q12 "5", Q13 "Disagree" = 2 reversed 6 − 2 = 4, submitted 2016-08-27
        SurveyAnswer a = run.at(CPP_Q12, 3);
        assertThat(a.respondent()).isEqualTo("8");
        assertThat(a.score()).isEqualTo(5.0);
        assertThat(a.raw()).isEqualTo("5");
        assertThat(a.measure()).isEqualTo(Measure.SATISFACTION);
        assertThat(a.date()).isEqualTo(LocalDate.of(2016, 8, 27));
        assertThat(a.collectivite()).isEqualTo("cpp");
        assertThat(a.wave()).isEqualTo(Wave.AVANT);
        assertThat(a.survey()).isEqualTo("cpp/results-survey");
        assertThat(a.source().file()).isEqualTo("cpp/results-survey.csv");
        SurveyAnswer q13 = run.at(CPP_Q13, 3);
        assertThat(q13.score()).isEqualTo(4.0);
        assertThat(q13.raw()).isEqualTo("Disagree");
        // Response ID 9 (line 4): Q12 "3"; Q13 "Strongly disagree" = 1 reversed = 5
        assertThat(run.at(CPP_Q12, 4).score()).isEqualTo(3.0);
        assertThat(run.at(CPP_Q13, 4).score()).isEqualTo(5.0);
        // Response ID 11 (line 6) was not submitted: its date is the last action's, 2016-08-27 20:07:59
        assertThat(run.at(CPP_Q12, 6).score()).isEqualTo(2.0);
        assertThat(run.at(CPP_Q12, 6).date()).isEqualTo(LocalDate.of(2016, 8, 27));

        // Q12: 647 − 207 empty = 440 answers; Q13: 647 − 206 empty − 16 "I don't know" (mapped to nothing) = 425
        assertThat(run.answers(CPP_Q12)).hasSize(440);
        assertThat(run.answers(CPP_Q13)).hasSize(425);
        // Q16, found by its text without the tool's "16 - ": 87 + 64 + 54 + 51 + 50 = 306 answers; the 78
        // "Always" have no label in the mapping and are each reported, e.g. Response ID 9 on line 4
        assertThat(run.answers(CPP_Q16)).hasSize(306);
        List<Finding> always = run.findings().stream()
                .filter(f -> f.severity() == Finding.Severity.REJECTED && "Always".equals(f.value())).toList();
        assertThat(always).hasSize(78);
        assertThat(always.get(0).line()).isEqualTo(4);
        assertThat(always.get(0).column()).startsWith("16 - In the last 3 months");
        assertThat(always.get(0).reason().fr()).contains("Always").contains("likert5");
        // the question the export lacks is named, with its line in the mapping file (line 7)
        assertThat(run.findings()).anySatisfy(f -> {
            assertThat(f.file()).isEqualTo("cpp/results-survey.mapping.csv");
            assertThat(f.line()).isEqualTo(7);
            assertThat(f.value()).isEqualTo("30 - A question this export does not have");
            assertThat(f.severity()).isEqualTo(Finding.Severity.WARNING);
        });
        assertThat(run.findings()).hasSize(79);
    }

    @Test
    void limesurveyCodeDotTextHeaders() throws Exception {
        Path export = Fixtures.real("limesurvey-code-dot-text-wellbeing/results-survey.csv");
        Fixtures.beside(dir, export, "results-survey.csv", "/real/limesurvey-wellbeing.mapping.csv");
        assertThat(Fixtures.tool(dir, "results-survey.csv")).isEqualTo(Tool.LIMESURVEY);
        Fixtures.Run run = Fixtures.ingest(dir, "results-survey.csv");

        // 53 responses; the empty last record is no respondent
        assertThat(run.counts()).containsExactly(new TableCount("results-survey", 53, 53, 0));
        assertThat(run.findings()).isEmpty();

        // id 21 (line 2): LSTestQ5[SQ002] "Disagree (2)" on likert7: 1 + (2 − 1) × 4/6 = 1.667
        SurveyAnswer a = run.at("LSTestQ5[SQ002]", 2);
        assertThat(a.respondent()).isEqualTo("21");
        assertThat(a.score()).isCloseTo(1.0 + 4.0 / 6, within(1e-9));
        assertThat(a.raw()).isEqualTo("Disagree (2)");
        assertThat(a.date()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(a.wave()).isEqualTo(Wave.APRES);
        assertThat(a.collectivite()).isEqualTo("osnabrueck");
        // CompN "(4) Unchanged": 1 + 3 × 4/6 = 3, reversed 6 − 3 = 3
        assertThat(run.at("CompN", 2).score()).isCloseTo(3.0, within(1e-9));
        // Ag2[SQ002] "yes" on oui-non = 5
        assertThat(run.at("Ag2[SQ002]", 2).score()).isEqualTo(5.0);
        // id 28: "Strongly agree (7)" = 5; id 29: CompN "(5) Slightly worse" = 1 + 4 × 4/6 = 3.667, reversed 2.333
        assertThat(run.answers("LSTestQ5[SQ002]").get(1).respondent()).isEqualTo("28");
        assertThat(run.answers("LSTestQ5[SQ002]").get(1).score()).isEqualTo(5.0);
        assertThat(run.answers("CompN").get(2).respondent()).isEqualTo("29");
        assertThat(run.answers("CompN").get(2).score()).isCloseTo(6 - (1 + 16.0 / 6), within(1e-9));
        // SQ003: 16 "Not Applicable (8)" mapped to no answer: 53 − 16 = 37
        assertThat(run.answers("LSTestQ5[SQ003]")).hasSize(37);
        assertThat(run.answers("Ag2[SQ002]")).hasSize(53);
    }

    @Test
    void twoRowHeaderSemicolonBom() throws Exception {
        Path export = Fixtures.real("semicolon-bom-two-row-header-dfuchss/results-survey.csv");
        Fixtures.beside(dir, export, "results-survey.csv", "/real/two-row-dfuchss.mapping.csv");
        assertThat(Fixtures.tool(dir, "results-survey.csv")).isEqualTo(Tool.TWO_ROW_HEADER);
        Fixtures.Run run = Fixtures.ingest(dir, "results-survey.csv");

        assertThat(run.counts()).containsExactly(new TableCount("results-survey", 45, 45, 0));
        String informatik = "Welchen fachlichen Hintergrund haben Sie? [Informatik]";
        String communication = "Communication";
        String nuetzlich = "Das manuelle Übertragen der informellen Modelle war nützlich für die später Arbeit.";
        // line 3 (first respondent, after two header lines): Informatik "Ja" = 5, Communication "eher häufig" = 4,
        // "Stimme eher zu" = 3 on likert4: 1 + 2 × 4/3 = 3.667
        assertThat(run.at(informatik, 3).score()).isEqualTo(5.0);
        assertThat(run.at(communication, 3).score()).isEqualTo(4.0);
        assertThat(run.at(nuetzlich, 3).score()).isCloseTo(1 + 8.0 / 3, within(1e-9));
        assertThat(run.at(nuetzlich, 3).respondent()).isNull();
        // line 5: Informatik "Nein" = 1
        assertThat(run.at(informatik, 5).score()).isEqualTo(1.0);
        // 29 Ja + 16 Nein; 45 − 6 empty; 45 − 12 empty − 1 "Keine Angabe"
        assertThat(run.answers(informatik)).hasSize(45);
        assertThat(run.answers(communication)).hasSize(39);
        assertThat(run.answers(nuetzlich)).hasSize(32);
        // "Sonstiges" is the sub-question of two questions: said, not guessed
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo("Sonstiges");
            assertThat(f.line()).isEqualTo(6);
            assertThat(f.reason().fr()).contains("plusieurs colonnes");
        });
    }

    @Test
    void koboSemicolonGroupPaths() throws Exception {
        Path export = Fixtures.real("kobo-semicolon-paleocore/"
                + "paleocore-sss_artifact-form_-_all_versions_-_False_-_2022-08-01-05-36-18.first1000.csv");
        Fixtures.beside(dir, export, "paleocore.csv", "/real/kobo-paleocore.mapping.csv");
        assertThat(Fixtures.tool(dir, "paleocore.csv")).isEqualTo(Tool.KOBO);
        Fixtures.Run run = Fixtures.ingest(dir, "paleocore.csv");

        assertThat(run.counts()).containsExactly(new TableCount("paleocore", 1000, 1000, 0, run.rejectedFindings()));
        // first record (line 2): _uuid e6eddaab…, submitted 2021-12-06T06:01:47, Semizbugu 10A,
        // weakly_weathered = 2 on likert4: 1 + 4/3 = 2.333, reversed 6 − 2.333 = 3.667; Retouch empty
        SurveyAnswer w = run.at("Weathering_class", 2);
        assertThat(w.respondent()).isEqualTo("e6eddaab-b7dc-4cb1-bf93-e4d60701ecfa");
        assertThat(w.date()).isEqualTo(LocalDate.of(2021, 12, 6));
        assertThat(w.collectivite()).isEqualTo("semizbugu 10a");
        assertThat(w.score()).isCloseTo(6 - (1 + 4.0 / 3), within(1e-9));
        assertThat(run.answers().stream().filter(a -> a.source().line() == 2 && a.question().equals("Retouch")))
                .isEmpty();
        // second record (line 3): mildly_weathered = 3 → 1 + 8/3 = 3.667 → 2.333; Retouch True = 5
        assertThat(run.at("Weathering_class", 3).score()).isCloseTo(6 - (1 + 8.0 / 3), within(1e-9));
        assertThat(run.at("Retouch", 3).score()).isEqualTo(5.0);
        assertThat(run.at("Collecting_method", 3).raw()).isEqualTo("collected");
        assertThat(run.at("Collecting_method", 3).score()).isNull();
        // Weathering: 365 + 352 + 193 + 59 = 969 answers, 3 empty, 28 "other" reported
        assertThat(run.answers("Weathering_class")).hasSize(969);
        assertThat(run.findings()).hasSize(28).allSatisfy(f -> {
            assertThat(f.value()).isEqualTo("other");
            assertThat(f.column()).isEqualTo("Weathering_class");
        });
        // Retouch: 612 True + 299 False
        assertThat(run.answers("Retouch")).hasSize(911);
        assertThat(run.answers("Retouch").stream().filter(a -> a.score() == 1.0)).hasSize(299);
    }

    @Test
    void surveyMonkeyCsvTwoHeaderRows() throws Exception {
        Path export = Fixtures.real("surveymonkey-two-row-header/Mental Illness Survey 1.csv");
        Fixtures.beside(dir, export, "Mental Illness Survey 1.csv", "/real/surveymonkey.mapping.csv");
        assertThat(Fixtures.tool(dir, "Mental Illness Survey 1.csv")).isEqualTo(Tool.SURVEYMONKEY);
        checkSurveyMonkey(Fixtures.ingest(dir, "Mental Illness Survey 1.csv"), "Mental Illness Survey 1");
    }

    @Test
    void surveyMonkeyXlsxTwoHeaderRows() throws Exception {
        Path export = Fixtures.real("surveymonkey-two-row-header/Mental Illness Survey 1.xlsx");
        Fixtures.beside(dir, export, "Mental Illness Survey 1.xlsx", "/real/surveymonkey.mapping.csv");
        assertThat(Fixtures.tool(dir, "Mental Illness Survey 1.xlsx")).isEqualTo(Tool.SURVEYMONKEY);
        Fixtures.Run run = Fixtures.ingest(dir, "Mental Illness Survey 1.xlsx");
        checkSurveyMonkey(run, "Mental Illness Survey 1");
        assertThat(run.answers().get(0).source().file()).isEqualTo("Mental Illness Survey 1.xlsx#Sheet");
    }

    private static void checkSurveyMonkey(Fixtures.Run run, String survey) {
        assertThat(run.counts()).containsExactly(new TableCount(survey, 334, 334, 0));
        assertThat(run.findings()).isEmpty();
        String computer = "I have my own computer separate from a smart phone";
        String unemployed = "I am unemployed";
        String days = "How many days were you hospitalized for your mental illness";
        String issues = "I have one of the following issues in addition to my illness";
        // line 3: Respondent ID 6630447131, ended 01/15/2018 (month first), computer No = 1,
        // unemployed Yes = 5 reversed = 1, 0 days (a number: no score), five issues ticked
        SurveyAnswer c = run.at(computer, 3);
        assertThat(c.respondent()).isEqualTo("6630447131");
        assertThat(c.date()).isEqualTo(LocalDate.of(2018, 1, 15));
        assertThat(c.score()).isEqualTo(1.0);
        assertThat(c.role()).isEqualTo("usager");
        assertThat(run.at(unemployed, 3).score()).isEqualTo(1.0);
        assertThat(run.at(days, 3).raw()).isEqualTo("0");
        assertThat(run.at(days, 3).score()).isNull();
        assertThat(run.at(issues, 3).raw())
                .isEqualTo("Lack of concentration|Anxiety|Depression|Obsessive thinking|Panic attacks");
        // line 4: computer Yes = 5, unemployed No = 1 reversed = 5
        assertThat(run.at(computer, 4).score()).isEqualTo(5.0);
        assertThat(run.at(unemployed, 4).score()).isEqualTo(5.0);
        // line 5 ticked no issue: no answer
        assertThat(run.answers(issues).stream().filter(a -> a.source().line() == 5)).isEmpty();
        assertThat(run.answers(computer)).hasSize(334);
        assertThat(run.answers(days)).hasSize(334 - 37);
    }
}
