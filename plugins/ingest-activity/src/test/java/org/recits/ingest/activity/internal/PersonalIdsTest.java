package org.recits.ingest.activity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.data.Dataset;
import org.recits.api.data.Finding;
import org.recits.api.model.Participant;
import org.recits.api.model.Scope;

/**
 * Issue 16: participant ids that are names, e-mail addresses or phone numbers never reach the "pseudonymised"
 * outputs; a stable pseudonym replaces them in every file, and each column gets one warning, masked.
 */
class PersonalIdsTest {
    @TempDir
    Path dir;

    @Test
    void namesAndAddressesAsParticipantIdsArePseudonymisedEverywhereWithOneWarningPerColumn() throws IOException {
        Dataset d = new Lab(dir)
                .file("participants.csv", "collectivite;participant;role\n"
                        + "m;A01;ambassadeur\n"
                        + "m;Marie Dupont;ambassadeur\n"
                        + "m;jean.dupont@example.org;elu\n"
                        + "m;06 12 34 56 78;resident\n")
                .file("sessions.csv", "collectivite;session;date_debut;jours\nm;S1;15/01/2020;2\n")
                .file("presences.csv", "collectivite;session;participant;jours_presents\n"
                        + "m;S1;Marie Dupont;\nm;S1;A01;\nm;S1;jean.dupont@example.org;1\n")
                .file("meteo.csv", "collectivite;session;meteo;participant\nm;S1;soleil;Marie Dupont\n")
                .read();

        List<String> ids = d.participants(Scope.programme()).stream().map(Participant::id).toList();
        assertThat(ids).hasSize(4).contains("A01").noneMatch(id -> id.contains("Dupont") || id.contains("@")
                || id.contains("12 34"));
        assertThat(ids.get(1)).startsWith("pseudo-").isNotEqualTo(ids.get(2));
        // the same person in presences and meteo gets the same pseudonym: attendance still finds its participant
        assertThat(Lab.rejected(d)).isEmpty();
        assertThat(d.attendance(Scope.programme())).extracting(a -> a.participant())
                .containsExactly(ids.get(1), "A01", ids.get(2));
        assertThat(d.weather(Scope.programme()).get(0).participant()).isEqualTo(ids.get(1));

        List<Finding> warnings = Lab.warnings(d);
        assertThat(warnings).extracting(Finding::file, Finding::line, Finding::column, Finding::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("meteo.csv", 2L, "participant", "M… D…"),
                org.assertj.core.groups.Tuple.tuple("participants.csv", 3L, "participant", "M… D…"),
                org.assertj.core.groups.Tuple.tuple("presences.csv", 2L, "participant", "M… D…"));
        Finding participants = warnings.get(1);
        assertThat(participants.reason().fr())
                .contains("données personnelles (adresse e-mail, numéro de téléphone, prénom et nom)")
                .contains("3 identifiant(s) sur 3 ligne(s)")
                .contains("pseudonyme à clé");
        assertThat(participants.reason().en()).contains("3 identifier(s) on 3 row(s)");
        // never the personal value in full, in any finding
        assertThat(d.findings()).allSatisfy(f -> assertThat(f.value() + f.reason().fr() + f.reason().en())
                .doesNotContain("Dupont").doesNotContain("dupont@").doesNotContain("12 34 56"));
    }
}
