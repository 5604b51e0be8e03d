package org.recits.api.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MappingDraftTest {

    @Test
    void everyPartIsRequired() {
        List<String> q = List.of("Q1 : satisfaction");
        assertThatThrownBy(() -> new MappingDraft(null, q, "x.mapping.csv", "t"))
                .isInstanceOf(NullPointerException.class).hasMessage("recognised");
        assertThatThrownBy(() -> new MappingDraft("r", q, null, "t"))
                .isInstanceOf(NullPointerException.class).hasMessage("fileName");
        assertThatThrownBy(() -> new MappingDraft("r", q, "x.mapping.csv", null))
                .isInstanceOf(NullPointerException.class).hasMessage("text");
        assertThatThrownBy(() -> new MappingDraft("r", null, "x.mapping.csv", "t"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theQuestionsAreCopiedInOrderAndCannotChange() {
        List<String> given = new ArrayList<>(List.of("Q2", "Q1"));
        MappingDraft d = new MappingDraft("LimeSurvey, large", given, "enquete.mapping.csv", "colonne;mesure\n");
        given.add("Q3");
        assertThat(d.questions()).containsExactly("Q2", "Q1");
        assertThatThrownBy(() -> d.questions().add("Q4")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aLineOfTheDraftMayNotBeMissing() {
        // a column the drafter could say nothing of still has its line; a null one is a bug of the drafter
        List<String> withHole = new ArrayList<>();
        withHole.add(null);
        assertThatThrownBy(() -> new MappingDraft("r", withHole, "x.mapping.csv", "t"))
                .isInstanceOf(NullPointerException.class);
    }
}
