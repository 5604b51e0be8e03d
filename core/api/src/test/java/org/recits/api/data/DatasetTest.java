package org.recits.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.model.Collectivite;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Measure;
import org.recits.api.model.Participant;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.model.SurveyAnswer;

class DatasetTest {

    private static Session session(String c, String id, String date, SessionType type) {
        return new Session(c, id, LocalDate.parse(date), 2, type, null, List.of(), false, Map.of(), SourceRef.NONE);
    }

    @Test
    void indexesByCollectiviteAndSortsSessionsByDate() {
        Dataset d = Dataset.builder()
                .add(session("metz", "s2", "2020-02-10", SessionType.SESSION))
                .add(session("metz", "s1", "2020-01-10", SessionType.SESSION))
                .add(session("lille", "x", "2019-01-10", SessionType.INTERTRANSFO))
                .finding(Finding.rejected("b.csv", 9, "jours", "-1", LocalizedText.of("négatif", "negative")))
                .finding(Finding.warning("a.csv", 3, null, null, LocalizedText.of("w")))
                .build();
        assertThat(d.sessions(Scope.of("metz"))).extracting(Session::id).containsExactly("s1", "s2");
        assertThat(d.sessions(Scope.programme())).hasSize(3);
        assertThat(d.sessions(Scope.of("paris"))).isEmpty();
        assertThat(d.collectiviteIds()).containsExactly("lille", "metz");
        assertThat(d.findings()).extracting(Finding::file).containsExactly("a.csv", "b.csv");
        assertThat(d.rejectedCount()).isEqualTo(1);
        assertThat(d.sessions(Scope.of("lille")).get(0).isCounted()).isFalse();
    }

    @Test
    void retainDropsRowsAndToBuilderKeepsEverything() {
        Dataset d = Dataset.builder()
                .add(session("metz", "s1", "2020-01-10", SessionType.SESSION))
                .add(new Participant("metz", "p1", Role.AMBASSADEUR, "DRH", "B", null, null, Map.of(), null))
                .build();
        Dataset copy = d.toBuilder().build();
        assertThat(copy.sessions(Scope.programme())).isEqualTo(d.sessions(Scope.programme()));
        Dataset filtered = d.toBuilder().retain(r -> !(r instanceof Participant)).build();
        assertThat(filtered.participants(Scope.programme())).isEmpty();
        assertThat(filtered.sessions(Scope.programme())).hasSize(1);
    }

    @Test
    void eachBuilderIsNewAndEmpty() {
        Dataset.Builder one = Dataset.builder();
        assertThat(one).isNotSameAs(Dataset.builder());
        Dataset empty = one.build();
        assertThat(empty.collectiviteIds()).isEmpty();
        assertThat(empty.sessions(Scope.programme())).isEmpty();
        assertThat(empty.surveyAnswers(Scope.programme())).isEmpty();
        assertThat(empty.surveyAnswerCursor(Scope.programme()).next()).isFalse();
        assertThat(empty.rejectedCount()).isZero();
    }

    @Test
    void aBuiltDatasetDoesNotSeeWhatIsAddedAfterwards() {
        Dataset.Builder b = Dataset.builder().add(session("metz", "s1", "2020-01-10", SessionType.SESSION));
        Dataset first = b.build();
        b.add(session("metz", "s2", "2020-01-11", SessionType.SESSION)).finding(WARNING);
        assertThat(first.sessions(Scope.programme())).hasSize(1);
        assertThat(first.findings()).isEmpty();
        assertThat(b.build().sessions(Scope.programme())).hasSize(2);
    }

    @Test
    void itsListsCannotBeChanged() {
        Dataset d = Dataset.builder().add(session("metz", "s1", "2020-01-10", SessionType.SESSION)).finding(WARNING)
                .build();
        assertThatThrownBy(() -> d.sessions(Scope.programme()).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.sessions(Scope.of("metz")).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> d.collectiviteIds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theProgrammeListsRecordsCollectiviteByCollectiviteInOrderOfFirstAppearance() {
        Dataset d = Dataset.builder().add(participant("metz", "p1")).add(participant("lille", "p2"))
                .add(participant("metz", "p3")).build();
        assertThat(d.participants(Scope.programme())).extracting(Participant::id).containsExactly("p1", "p3", "p2");
        assertThat(d.participants(Scope.of("metz"))).extracting(Participant::id).containsExactly("p1", "p3");
    }

    @Test
    void sessionsOfOneDayAreInIdOrder() {
        Dataset d = Dataset.builder().add(session("metz", "b", "2020-01-10", SessionType.SESSION))
                .add(session("metz", "a", "2020-01-10", SessionType.SESSION)).build();
        assertThat(d.sessions(Scope.of("metz"))).extracting(Session::id).containsExactly("a", "b");
    }

    @Test
    void collectiviteIdsComeFromEveryKindOfRecordAndAnswer() {
        Dataset d = Dataset.builder()
                .add(new Collectivite("nancy", "Nancy", null, null, null, null, null, null))
                .add(participant("metz", "p1"))
                .add(new SurveyAnswer("colmar", "s", null, null, null, null, "q", Measure.IMPACT, 4.0, "4", null))
                .build();
        assertThat(d.collectiviteIds()).containsExactly("colmar", "metz", "nancy");
        assertThat(d.collectivite("nancy")).map(Collectivite::nom).contains("Nancy");
        assertThat(d.collectivite("metz")).isEmpty();
    }

    @Test
    void aCollectiviteIsNamedAsItsRowSaysOrByItsIdAndTheProgrammeIsLeftToTheOutput() {
        Dataset d = Dataset.builder()
                .add(new Collectivite("nancy", "Ville de Nancy", null, null, null, null, null, null))
                .add(participant("metz", "p1"))
                .build();
        assertThat(d.collectiviteName(Scope.of("nancy"))).isEqualTo("Ville de Nancy");
        assertThat(d.collectiviteName(Scope.of("metz"))).isEqualTo("metz");
        assertThat(d.collectiviteName(Scope.programme())).isNull();
    }

    @Test
    void replacingASourceKeepsItsPlaceAndAnUnknownOneIsRefused() {
        Dataset.Builder b = Dataset.builder().source(new SourceFile("a.csv", null, null, null, null))
                .source(new SourceFile("b.csv", null, null, null, null));
        SourceFile corrected = new SourceFile("a.csv", "ff", null, null, null);
        assertThat(b.replaceSource(corrected).build().sources()).extracting(SourceFile::sha256)
                .containsExactly("ff", null);
        assertThatThrownBy(() -> b.replaceSource(new SourceFile("c.csv", null, null, null, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("c.csv");
    }

    @Test
    void retainingOneKindLeavesTheOthers() {
        Dataset d = Dataset.builder().add(participant("metz", "p1")).add(participant("metz", "p2"))
                .add(new SurveyAnswer("metz", "s", null, null, null, null, "q", Measure.IMPACT, 4.0, "4", null))
                .retain(Participant.class, p -> p.id().equals("p2"))
                .retain(SurveyAnswer.class, a -> false)
                .build();
        assertThat(d.participants(Scope.programme())).extracting(Participant::id).containsExactly("p2");
        assertThat(d.surveyAnswers(Scope.programme())).isEmpty();
    }

    @Test
    void aSurveyRowBegunBeforeARetainAddsToWhatIsKept() {
        Dataset.Builder b = Dataset.builder();
        Dataset.SurveyRow row = b.surveyRow("metz", "s", "r1", null, null, null, null);
        row.answer("q1", Measure.IMPACT, 4.0, "4");
        b.retain(SurveyAnswer.class, a -> false);
        row.answer("q2", Measure.IMPACT, 5.0, "5");
        assertThat(b.build().surveyAnswers(Scope.programme())).extracting(SurveyAnswer::question)
                .containsExactly("q2");
    }

    @Test
    void rejectedCountCountsOnlyRejections() {
        Dataset d = Dataset.builder().finding(WARNING).finding(WARNING)
                .finding(Finding.rejected("a.csv", 1, null, null, LocalizedText.of("r"))).build();
        assertThat(d.findings()).hasSize(3);
        assertThat(d.rejectedCount()).isEqualTo(1);
    }

    private static final Finding WARNING = Finding.warning("a.csv", 3, null, null, LocalizedText.of("w"));

    private static Participant participant(String c, String id) {
        return new Participant(c, id, Role.AMBASSADEUR, null, null, null, null, Map.of(), null);
    }
}
