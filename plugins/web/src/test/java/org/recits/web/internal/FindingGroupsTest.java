package org.recits.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;

class FindingGroupsTest {

    private static Finding date(String file, long line, String value) {
        return Finding.rejected(file, line, "date_debut", value,
                LocalizedText.of("date illisible « " + value + " » : attendu 30/01/2020", "unreadable date"));
    }

    @Test
    void oneCauseWhateverTheValueFileOrLineAndTheLargestFirst() {
        Finding role = Finding.rejected("participants.csv", 36, "role", "stagiaire",
                LocalizedText.of("rôle inconnu « stagiaire »", "unknown role"));
        Finding warning = Finding.warning("sessions.csv", 3, null, null, LocalizedText.of("ligne 3 vide", "empty"));
        List<FindingGroups.Group> groups = FindingGroups.of(List.of(role, date("sessions.csv", 22, "mi-mars 2017"),
                warning, date("presences.csv", 9, "12/13/2020"), date("sessions.csv", 4, "hier")), Locale.FRENCH);
        assertThat(groups).hasSize(3);
        assertThat(groups.get(0).findings()).extracting(Finding::file, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("presences.csv", 9L),
                org.assertj.core.groups.Tuple.tuple("sessions.csv", 4L),
                org.assertj.core.groups.Tuple.tuple("sessions.csv", 22L));
        assertThat(groups.get(1).findings()).containsExactly(role);
        assertThat(groups.get(2).severity()).isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void differentReasonsStayApart() {
        Finding a = Finding.rejected("f.csv", 1, "x", "1", LocalizedText.of("montant illisible", "a"));
        Finding b = Finding.rejected("f.csv", 2, "x", "1", LocalizedText.of("date illisible", "b"));
        assertThat(FindingGroups.of(List.of(a, b), Locale.FRENCH)).hasSize(2);
    }
}
