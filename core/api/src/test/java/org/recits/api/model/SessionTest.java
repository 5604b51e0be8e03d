package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final LocalDate DAY = LocalDate.of(2020, 1, 10);

    private static Session of(SessionType type) {
        return new Session("metz", "s1", DAY, 1, type, null, null, false, null, null);
    }

    @Test
    void collectiviteIdAndStartDateAreRequired() {
        assertThatThrownBy(() -> new Session(null, "s", DAY, 1, null, null, null, false, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("collectivite");
        assertThatThrownBy(() -> new Session("metz", null, DAY, 1, null, null, null, false, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Session("metz", "s", null, 1, null, null, null, false, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("dateDebut");
    }

    @Test
    void aMissingTypeIsASession() {
        assertThat(of(null).type()).isEqualTo(SessionType.SESSION);
        assertThat(of(null).isCounted()).isTrue();
    }

    @Test
    void onlySessionsAndImmersionsAreCounted() {
        assertThat(of(SessionType.SESSION).isCounted()).isTrue();
        assertThat(of(SessionType.IMMERSION).isCounted()).isTrue();
        assertThat(of(SessionType.INTERTRANSFO).isCounted()).isFalse();
        assertThat(of(SessionType.ATELIER_COLLECTIF).isCounted()).isFalse();
        assertThat(of(SessionType.VISIO).isCounted()).isFalse();
    }

    @Test
    void theCasesAreCopiedAndANullListIsEmpty() {
        List<String> cases = new ArrayList<>(List.of("c1", "c2"));
        Session s = new Session("metz", "s1", DAY, 1, null, null, cases, false, null, null);
        cases.add("c3");
        assertThat(s.cas()).containsExactly("c1", "c2");
        assertThatThrownBy(() -> s.cas().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(of(null).cas()).isEmpty();
        assertThat(of(null).attributes()).isEmpty();
        assertThat(of(null).source()).isSameAs(SourceRef.NONE);
    }
}
