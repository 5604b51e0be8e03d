package org.recits.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Measure;
import org.recits.api.model.Scope;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;
import org.recits.api.model.Wave;

/** The cursor's own rules: where it stands before, between and after answers, and what a scope walks. */
class SurveyAnswerCursorTest {

    /** Every getter of the cursor, each to be refused when no answer is current. */
    private static final List<Function<SurveyAnswerCursor, Object>> GETTERS = List.of(
            SurveyAnswerCursor::collectivite, SurveyAnswerCursor::survey, SurveyAnswerCursor::respondent,
            SurveyAnswerCursor::date, SurveyAnswerCursor::wave, SurveyAnswerCursor::role,
            SurveyAnswerCursor::question, SurveyAnswerCursor::measure, SurveyAnswerCursor::score,
            SurveyAnswerCursor::raw, SurveyAnswerCursor::source, SurveyAnswerCursor::answer);

    private static Dataset twoRespondents() {
        Dataset.Builder b = Dataset.builder();
        b.surveyRow("metz", "s", "r1", LocalDate.of(2021, 1, 4), Wave.AVANT, "agent", new SourceRef("s.csv", 2))
                .answer("q1", Measure.SATISFACTION, 4.0, "4")
                .answer("q2", Measure.CAPACITATION, null, "ne sait pas");
        b.surveyRow("nancy", "s", "r2", null, null, null, new SourceRef("s.csv", 3))
                .answer("q1", Measure.SATISFACTION, 5.0, "5");
        return b.build();
    }

    private static void assertNoCurrentAnswer(SurveyAnswerCursor c) {
        for (Function<SurveyAnswerCursor, Object> getter : GETTERS) {
            assertThatThrownBy(() -> getter.apply(c)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void everyGetterNeedsACurrentAnswer() {
        assertNoCurrentAnswer(twoRespondents().surveyAnswerCursor(Scope.programme()));
    }

    @Test
    void pastTheLastAnswerTheCursorStaysAtTheEnd() {
        SurveyAnswerCursor c = twoRespondents().surveyAnswerCursor(Scope.of("nancy"));
        assertThat(c.next()).isTrue();
        assertThat(c.next()).isFalse();
        assertNoCurrentAnswer(c);
        assertThat(c.next()).isFalse();
    }

    @Test
    void aRowsAnswersShareItsFieldsAndKeepTheirOwn() {
        SurveyAnswerCursor c = twoRespondents().surveyAnswerCursor(Scope.of("metz"));
        assertThat(c.next()).isTrue();
        assertThat(List.of(c.question(), c.measure(), c.score(), c.raw()))
                .containsExactly("q1", Measure.SATISFACTION, 4.0, "4");
        assertThat(c.next()).isTrue();
        assertThat(c.question()).isEqualTo("q2");
        assertThat(c.measure()).isEqualTo(Measure.CAPACITATION);
        assertThat(c.score()).isNull();
        assertThat(c.raw()).isEqualTo("ne sait pas");
        assertThat(c.respondent()).isEqualTo("r1");
        assertThat(c.date()).isEqualTo(LocalDate.of(2021, 1, 4));
        assertThat(c.wave()).isEqualTo(Wave.AVANT);
        assertThat(c.role()).isEqualTo("agent");
        assertThat(c.source()).isEqualTo(new SourceRef("s.csv", 2));
        assertThat(c.next()).isFalse();
    }

    @Test
    void missingRowFieldsAreNullAsInTheRecord() {
        SurveyAnswerCursor c = twoRespondents().surveyAnswerCursor(Scope.of("nancy"));
        c.next();
        assertThat(c.date()).isNull();
        assertThat(c.wave()).isNull();
        assertThat(c.role()).isNull();
        assertThat(c.answer()).isEqualTo(new SurveyAnswer("nancy", "s", "r2", null, null, null, "q1",
                Measure.SATISFACTION, 5.0, "5", new SourceRef("s.csv", 3)));
    }

    @Test
    void cursorsOfOneDatasetWalkOnTheirOwn() {
        Dataset d = twoRespondents();
        SurveyAnswerCursor first = d.surveyAnswerCursor(Scope.programme());
        SurveyAnswerCursor second = d.surveyAnswerCursor(Scope.programme());
        first.next();
        first.next();
        second.next();
        assertThat(first.question()).isEqualTo("q2");
        assertThat(second.question()).isEqualTo("q1");
    }

    @Test
    void aScopeWalksItsCollectiviteOnlyAndAnUnknownOneNothing() {
        Dataset d = twoRespondents();
        List<String> respondents = new ArrayList<>();
        for (SurveyAnswerCursor c = d.surveyAnswerCursor(Scope.of("metz")); c.next();) {
            respondents.add(c.collectivite() + "/" + c.respondent());
        }
        assertThat(respondents).containsExactly("metz/r1", "metz/r1");
        assertThat(d.surveyAnswerCursor(Scope.of("epinal")).next()).isFalse();
    }
}
