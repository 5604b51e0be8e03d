package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tool recognition from a header (and the rows after it), and how mapping questions find their columns. */
class LayoutTest {

    private static Layout detect(List<String> header, List<String>... ahead) {
        List<Line> rows = new ArrayList<>();
        for (int i = 0; i < ahead.length; i++) {
            rows.add(new Line(i + 2, ahead[i]));
        }
        return Layout.detect(header, rows, Mapping.none());
    }

    @Test
    void limeSurveyCodes() {
        Layout l = detect(List.of("id", "submitdate", "lastpage", "startlanguage", "seed", "token", "SAT1",
                "Q01[SQ001]"), List.of("1", "", "", "", "", "", "A1", "A2"));
        assertThat(l.tool()).isEqualTo(Tool.LIMESURVEY);
        assertThat(l.respondentCols()).containsExactly(5, 0); // token first, then id
        assertThat(l.dateCols()).containsExactly(1);
        assertThat(l.match("Q01[SQ001]").columns()).extracting(Layout.Column::index).containsExactly(7);
        assertThat(l.match("q01_sq001").columns()).extracting(Layout.Column::index).containsExactly(7);
    }

    @Test
    void limeSurveyFullTextAndCodeDotText() {
        Layout full = detect(List.of("Response ID", "Date submitted", "Last page", "1 - How old are you?"));
        assertThat(full.tool()).isEqualTo(Tool.LIMESURVEY);
        assertThat(full.match("How old are you?").kind()).isEqualTo(Layout.MatchKind.COLUMN);
        Layout code = detect(List.of("id. Response ID", "submitdate. Date submitted", "SAT1. Are you\nsatisfied?"));
        assertThat(code.tool()).isEqualTo(Tool.LIMESURVEY);
        assertThat(code.match("SAT1").columns().get(0).index()).isEqualTo(2);
        // a header cut over two lines matches its text on one line
        assertThat(code.match("SAT1. Are you satisfied?").columns().get(0).index()).isEqualTo(2);
        assertThat(code.respondentCols()).containsExactly(0);
    }

    @Test
    void koboPathsAndSplitSelectMultiple() {
        Layout l = detect(List.of("start", "group_a/q1", "group_a/choix", "group_a/choix/rouge", "group_a/choix/vert",
                "_id", "_uuid", "_submission_time", "__version__", "_index"));
        assertThat(l.tool()).isEqualTo(Tool.KOBO);
        assertThat(l.match("q1").columns().get(0).index()).isEqualTo(1);
        assertThat(l.match("group_a/q1").columns().get(0).index()).isEqualTo(1);
        assertThat(l.match("choix").columns().get(0).index()).isEqualTo(2); // the joined column, not the options
        assertThat(l.respondentCols()).containsExactly(6, 5);
        assertThat(l.dateCols()).containsExactly(7, 0);
        Layout split = detect(List.of("g.q1", "g.choix/rouge", "g.choix/vert", "_uuid"));
        assertThat(split.match("q1").kind()).isEqualTo(Layout.MatchKind.COLUMN);
        assertThat(split.match("g.choix").kind()).isEqualTo(Layout.MatchKind.OPTIONS);
    }

    @Test
    void googleForms() {
        assertThat(detect(List.of("Horodateur", "Votre avis")).tool()).isEqualTo(Tool.GOOGLE_FORMS);
        Layout en = detect(List.of("Timestamp", "Your opinion"));
        assertThat(en.tool()).isEqualTo(Tool.GOOGLE_FORMS);
        assertThat(en.monthFirst()).isTrue();
        assertThat(en.dateCols()).containsExactly(0);
        assertThat(en.respondentCols()).isEmpty();
    }

    @Test
    void framaformsWithTitleAndGroupRows() {
        Layout l = detect(List.of("Mon questionnaire", "", "", "", ""),
                List.of("", "", "", "Vos couleurs", ""),
                List.of("Serial", "SID", "Time", "Rouge", "Vert"));
        assertThat(l.tool()).isEqualTo(Tool.FRAMAFORMS);
        assertThat(l.headerRows()).isEqualTo(2);
        assertThat(l.respondentCols()).containsExactly(1);
        assertThat(l.match("Vos couleurs").kind()).isEqualTo(Layout.MatchKind.OPTIONS);
    }

    @Test
    void surveyMonkeySecondRow() {
        Layout l = detect(List.of("Respondent ID", "Collector ID", "Start Date", "End Date", "Q1", "Q2", ""),
                List.of("", "", "", "", "Response", "Rouge", "Vert"));
        assertThat(l.tool()).isEqualTo(Tool.SURVEYMONKEY);
        assertThat(l.headerRows()).isEqualTo(1);
        assertThat(l.columns()).extracting(Layout.Column::header)
                .containsExactly("Respondent ID", "Collector ID", "Start Date", "End Date", "Q1", "Q2 [Rouge]", "Q2 [Vert]");
        assertThat(l.match("Q2").kind()).isEqualTo(Layout.MatchKind.OPTIONS);
        assertThat(l.match("Vert").columns().get(0).index()).isEqualTo(6);
        assertThat(l.dateCols()).containsExactly(3, 2);
        assertThat(l.monthFirst()).isTrue();
    }

    @Test
    void genericTwoRowHeaderOnlyWhereTheSecondRowFillsTheGaps() {
        List<String> header = List.of("Q1", "", "Q2");
        assertThat(detect(header, List.of("a", "b", "c")).tool()).isEqualTo(Tool.TWO_ROW_HEADER);
        // a data row that leaves a gap unfilled is a data row
        assertThat(detect(header, List.of("1", "", "3")).tool()).isEqualTo(Tool.GENERIC);
        assertThat(detect(List.of("Q1", "Q2"), List.of("a", "b")).tool()).isEqualTo(Tool.GENERIC);
    }

    @Test
    void longFormat() {
        assertThat(detect(List.of("collectivite", "Répondant", "date", "question", "Réponse")).tool())
                .isEqualTo(Tool.LONG);
        assertThat(SurveyIngestor.isLong("\uFEFFcollectivite;repondant;date;question;reponse\r\nx".getBytes(
                java.nio.charset.StandardCharsets.UTF_8))).isTrue();
        assertThat(SurveyIngestor.isLong("collectivité,répondant,question,réponse\n".getBytes(
                java.nio.charset.Charset.forName("windows-1252")))).isTrue();
        assertThat(SurveyIngestor.isLong("collectivite,session,date\n".getBytes())).isFalse();
    }

    @Test
    void ambiguousAliasIsSaid() {
        Layout l = detect(List.of("id", "submitdate", "A. Q [x]", "A. Q [y]"));
        assertThat(l.match("A").kind()).isEqualTo(Layout.MatchKind.AMBIGUOUS);
        assertThat(l.match("nothing").kind()).isEqualTo(Layout.MatchKind.NONE);
    }
}
