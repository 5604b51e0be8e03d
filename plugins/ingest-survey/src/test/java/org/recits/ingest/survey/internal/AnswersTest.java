package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.recits.api.model.Measure;

class AnswersTest {

    private static Mapping.Entry entry(Scale scale, boolean inverse, Map<String, String> labels) {
        return new Mapping.Entry(2, "Q", null, Measure.SATISFACTION, scale, inverse, labels);
    }

    private static Answers.Outcome score(Scale scale, String raw) {
        return Answers.score(entry(scale, false, Map.of()), raw, Set.of(), false);
    }

    private static double scored(Scale scale, boolean inverse, String raw) {
        Answers.Outcome o = Answers.score(entry(scale, inverse, Map.of()), raw, Set.of(), false);
        assertThat(o).isInstanceOf(Answers.Answer.class);
        return ((Answers.Answer) o).score();
    }

    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
        // likert5 is kept as is
        "likert5, 1, 1.0", "likert5, 3, 3.0", "likert5, 5, 5.0",
        // likert4: 1 + (v − 1) × 4/3
        "likert4, 1, 1.0", "likert4, 2, 2.3333333333", "likert4, 3, 3.6666666667", "likert4, 4, 5.0",
        // likert7: 1 + (v − 1) × 4/6
        "likert7, 1, 1.0", "likert7, 4, 3.0", "likert7, 7, 5.0", "likert7, 2, 1.6666666667",
        // nps: 1 + v × 0.4
        "nps, 0, 1.0", "nps, 5, 3.0", "nps, 10, 5.0", "nps, 9, 4.6",
        // oui-non
        "oui-non, oui, 5.0", "oui-non, Non, 1.0", "oui-non, Yes, 5.0", "oui-non, FALSE, 1.0",
        // written numbers
        "likert5, '4,0', 4.0", "likert5, ' 2 ', 2.0"})
    void scalesAreBroughtToOneToFive(String scale, String raw, double expected) {
        assertThat(scored(Scale.of(scale).orElseThrow(), false, raw)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} {1} reversed → {2}")
    @CsvSource({"likert5, 1, 5.0", "likert5, 2, 4.0", "likert4, 2, 3.6666666667", "nps, 10, 1.0", "oui-non, oui, 1.0",
        "likert7, 4, 3.0"})
    void inverseIsSixMinusTheScore(String scale, String raw, double expected) {
        assertThat(scored(Scale.of(scale).orElseThrow(), true, raw)).isCloseTo(expected, within(1e-9));
    }

    @ParameterizedTest(name = "{0} {1} is off the scale")
    @CsvSource({"likert5, 0", "likert5, 6", "likert5, 2.5", "likert4, 5", "likert7, 8", "nps, 11", "nps, -1"})
    void offScaleIsRejected(String scale, String raw) {
        Answers.Outcome o = score(Scale.of(scale).orElseThrow(), raw);
        assertThat(o).isInstanceOf(Answers.Rejected.class);
        assertThat(((Answers.Rejected) o).reason().fr()).contains("hors de l’échelle " + scale);
    }

    @Test
    void emptyIsNoAnswerNotAFinding() {
        assertThat(score(Scale.LIKERT5, "")).isInstanceOf(Answers.None.class);
        assertThat(score(Scale.LIKERT5, "  ")).isInstanceOf(Answers.None.class);
        assertThat(score(Scale.TEXTE, null)).isInstanceOf(Answers.None.class);
    }

    @Test
    void labelsMatchWhateverTheApostropheCaseOrAccents() {
        Map<String, String> labels = Map.of(Text.key("Pas du tout d'accord"), "1", Text.key("Plutôt d'accord"), "4",
                Text.key("Sans avis"), "");
        Mapping.Entry e = entry(Scale.LIKERT5, false, labels);
        assertThat(Answers.score(e, "Plutôt d’accord", Set.of(), false)).isEqualTo(new Answers.Answer(4.0));
        assertThat(Answers.score(e, "PLUTOT D'ACCORD", Set.of(), false)).isEqualTo(new Answers.Answer(4.0));
        assertThat(Answers.score(e, "pas du tout d’accord ", Set.of(), false)).isEqualTo(new Answers.Answer(1.0));
        // a label mapped to nothing is "no answer"
        assertThat(Answers.score(e, "Sans avis", Set.of(), false)).isInstanceOf(Answers.None.class);
        // a plain scale value still counts next to labels
        assertThat(Answers.score(e, "3", Set.of(), false)).isEqualTo(new Answers.Answer(3.0));
        Answers.Outcome unknown = Answers.score(e, "Bof", Set.of(), false);
        assertThat(unknown).isInstanceOf(Answers.Rejected.class);
        assertThat(((Answers.Rejected) unknown).reason().fr()).contains("«\u00a0Bof\u00a0» inconnue");
    }

    @Test
    void limeSurveyCodesOnlyWhereTheToolUsesThem() {
        Mapping.Entry e = entry(Scale.LIKERT5, false, Map.of());
        assertThat(Answers.score(e, "A3", Set.of(), true)).isEqualTo(new Answers.Answer(3.0));
        assertThat(Answers.score(e, "A3", Set.of(), false)).isInstanceOf(Answers.Rejected.class);
        // LimeSurvey's "N/A" is no answer
        assertThat(Answers.score(e, "N/A", Set.of("n a"), true)).isInstanceOf(Answers.None.class);
    }

    @Test
    void yesNoLabels() {
        Mapping.Entry e = entry(Scale.OUI_NON, false, Map.of(Text.key("Ja"), "oui", Text.key("Nein"), "non"));
        assertThat(Answers.score(e, "ja", Set.of(), false)).isEqualTo(new Answers.Answer(5.0));
        assertThat(Answers.score(e, "Nein", Set.of(), false)).isEqualTo(new Answers.Answer(1.0));
        assertThat(Answers.score(e, "Peut-être", Set.of(), false)).isInstanceOf(Answers.Rejected.class);
    }

    @Test
    void numbersAndTextKeepNoScore() {
        assertThat(score(Scale.NOMBRE, "1 234,5")).isEqualTo(new Answers.Answer(null));
        assertThat(score(Scale.NOMBRE, "beaucoup")).isInstanceOf(Answers.Rejected.class);
        assertThat(((Answers.Rejected) score(Scale.NOMBRE, "beaucoup")).reason().fr()).contains("n’est pas un nombre");
        assertThat(score(Scale.TEXTE, "Très bien")).isEqualTo(new Answers.Answer(null));
    }

    @Test
    void scaleCodesAsPeopleWriteThem() {
        assertThat(Scale.of("Likert 5")).contains(Scale.LIKERT5);
        assertThat(Scale.of("oui-non")).contains(Scale.OUI_NON);
        assertThat(Scale.of("OUI/NON")).contains(Scale.OUI_NON);
        assertThat(Scale.of("NPS")).contains(Scale.NPS);
        assertThat(Scale.of("likert10")).isEmpty();
    }

    @Test
    void datesOfTheTools() {
        assertThat(Dates.parse("2016-08-27 19:16:23", false)).contains(java.time.LocalDate.of(2016, 8, 27));
        assertThat(Dates.parse("2021-12-06T10:00:09.772+06:00", false)).contains(java.time.LocalDate.of(2021, 12, 6));
        assertThat(Dates.parse("01/15/2018 03:45:16 AM", true)).contains(java.time.LocalDate.of(2018, 1, 15));
        assertThat(Dates.parse("15/01/2018 03:45:16", false)).contains(java.time.LocalDate.of(2018, 1, 15));
        assertThat(Dates.parse("2023/05/12 10:15:32 PM UTC+2", false)).contains(java.time.LocalDate.of(2023, 5, 12));
        assertThat(Dates.parse("30.01.20", false)).contains(java.time.LocalDate.of(2020, 1, 30));
        assertThat(Dates.parse("", false)).isEmpty();
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse("31/02/2020", false));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Dates.parse("hier", false));
    }
}
