package org.recits.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.api.model.Participant;
import org.recits.api.model.Role;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;

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
    void activeAmbassadorFollowsEntryAndExitDates() {
        Participant p = new Participant("metz", "p1", Role.AMBASSADEUR, null, null, LocalDate.of(2020, 1, 10),
                LocalDate.of(2020, 3, 1), Map.of(), null);
        assertThat(p.isActiveAmbassadorOn(LocalDate.of(2020, 1, 9))).isFalse();
        assertThat(p.isActiveAmbassadorOn(LocalDate.of(2020, 1, 10))).isTrue();
        assertThat(p.isActiveAmbassadorOn(LocalDate.of(2020, 2, 29))).isTrue();
        assertThat(p.isActiveAmbassadorOn(LocalDate.of(2020, 3, 1))).isFalse();
    }
}
