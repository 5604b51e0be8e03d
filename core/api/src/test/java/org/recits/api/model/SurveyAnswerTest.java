package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurveyAnswerTest {

    @Test
    void collectiviteSurveyQuestionAndMeasureAreRequired() {
        assertThatThrownBy(() -> new SurveyAnswer(null, "s", null, null, null, null, "q", Measure.IMPACT, null, "",
                null)).hasMessage("collectivite");
        assertThatThrownBy(() -> new SurveyAnswer("metz", null, null, null, null, null, "q", Measure.IMPACT, null, "",
                null)).hasMessage("survey");
        assertThatThrownBy(() -> new SurveyAnswer("metz", "s", null, null, null, null, null, Measure.IMPACT, null, "",
                null)).hasMessage("question");
        assertThatThrownBy(() -> new SurveyAnswer("metz", "s", null, null, null, null, "q", null, null, "", null))
                .hasMessage("measure");
    }

    @Test
    void respondentDateWaveRoleScoreAndRawMayBeMissing() {
        SurveyAnswer a = new SurveyAnswer("metz", "s", null, null, null, null, "q", Measure.IMPACT, null, null, null);
        assertThat(a.respondent()).isNull();
        assertThat(a.score()).isNull();
        assertThat(a.raw()).isNull();
        assertThat(a.source()).isSameAs(SourceRef.NONE);
    }

    @Test
    void equalByEveryField() {
        SurveyAnswer a = new SurveyAnswer("metz", "s", "r", null, Wave.AVANT, null, "q", Measure.IMPACT, 4.0, "4",
                new SourceRef("s.csv", 2));
        assertThat(a).isEqualTo(new SurveyAnswer("metz", "s", "r", null, Wave.AVANT, null, "q", Measure.IMPACT, 4.0,
                "4", new SourceRef("s.csv", 2)));
        assertThat(a).isNotEqualTo(new SurveyAnswer("metz", "s", "r", null, Wave.APRES, null, "q", Measure.IMPACT,
                4.0, "4", new SourceRef("s.csv", 2)));
    }
}
