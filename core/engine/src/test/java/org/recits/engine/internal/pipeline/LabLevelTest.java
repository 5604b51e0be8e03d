package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.Collectivite;
import org.recits.api.model.Scope;
import org.recits.api.model.Session;
import org.recits.api.model.SessionType;
import org.recits.api.model.SourceRef;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/** Which lab a collectivité belongs to, the report's scopes with a lab level, and a lab's own records. */
class LabLevelTest {

    private static final Messages FR = EngineTexts.of(Locale.FRENCH);

    private static Session session(String collectivite, String file, int line) {
        return new Session(collectivite, "s" + line, LocalDate.of(2021, 1, line), 1, SessionType.SESSION, null,
                List.of(), false, Map.of(), new SourceRef(file, line));
    }

    private static Collectivite collectivite(String id, String file, int line) {
        return new Collectivite(id, id.toUpperCase(Locale.ROOT), null, null, null, null, Map.of(),
                new SourceRef(file, line));
    }

    @Test
    void eachLabComesBeforeItsCollectivitesAndHoldsTheirRecordsOnly() {
        Dataset data = Dataset.builder().add(collectivite("metz", "lab-nord/collectivites.csv", 2))
                .add(session("metz", "lab-nord/sessions.csv", 2)).add(session("lille", "lab-nord/sessions.csv", 3))
                .add(session("nice", "lab-sud/sessions.csv", 2)).build();
        LabLevel labs = LabLevel.of(data, List.of("lab-sud", "lab-nord"), FR);
        assertThat(labs.scopes(data)).containsExactly(Scope.programme(), Scope.ofLab("lab-nord"),
                Scope.of("lille").inLab("lab-nord"), Scope.of("metz").inLab("lab-nord"), Scope.ofLab("lab-sud"),
                Scope.of("nice").inLab("lab-sud"));
        Dataset nord = labs.only(data, "lab-nord");
        assertThat(nord.collectiviteIds()).containsExactly("lille", "metz");
        assertThat(nord.sessions(Scope.programme())).hasSize(2);
        assertThat(nord.collectivites()).extracting(Collectivite::id).containsExactly("metz");
        assertThat(labs.only(data, "lab-sud").sessions(Scope.programme())).extracting(Session::collectivite)
                .containsExactly("nice");
    }

    @Test
    void aCollectiviteNamedInTwoLabsFilesIsRefusedWithBothPlaces() {
        // two tables, so no folder guard sees the same table twice: the lab level must not add them up unseen
        Dataset data = Dataset.builder().add(collectivite("metz", "lab-nord/collectivites.csv", 4))
                .add(session("metz", "lab-sud/sessions.csv", 7)).build();
        assertThatThrownBy(() -> LabLevel.of(data, List.of("lab-nord", "lab-sud"), FR))
                .isInstanceOf(DataFolderException.class)
                .hasMessageContaining("la collectivité metz figure dans les fichiers de deux labos"
                        + " (lab-nord/collectivites.csv, ligne 4, et lab-sud/sessions.csv, ligne 7)");
    }

    @Test
    void aFileOutsideEveryLabOrALabNamedLikeACollectiviteIsRefused() {
        Dataset outside = Dataset.builder().add(session("metz", "sessions.csv", 2)).build();
        assertThatThrownBy(() -> LabLevel.of(outside, List.of("lab-nord", "lab-sud"), FR))
                .hasMessageContaining("le fichier sessions.csv n’est dans le dossier d’aucun labo");
        Dataset named = Dataset.builder().add(session("metz", "metz/sessions.csv", 2))
                .add(session("nice", "programme/sessions.csv", 2)).build();
        assertThatThrownBy(() -> LabLevel.of(named, List.of("metz", "programme"), FR))
                .hasMessageContaining("le labo metz porte le nom d’une collectivité");
    }

    @Test
    void aDatasetRefusesALabScopeRatherThanGivingNoneOrAllOfItsRecords() {
        Dataset data = Dataset.builder().add(session("metz", "lab-nord/sessions.csv", 2)).build();
        assertThatThrownBy(() -> data.sessions(Scope.ofLab("lab-nord"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> data.surveyAnswers(Scope.ofLab("lab-nord"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(data.sessions(Scope.of("metz").inLab("lab-nord"))).hasSize(1);
    }
}
