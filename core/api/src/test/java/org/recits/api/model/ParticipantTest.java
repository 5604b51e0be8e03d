package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParticipantTest {

    private static Participant of(Role role, LocalDate in, LocalDate out) {
        return new Participant("metz", "p1", role, null, null, in, out, Map.of(), null);
    }

    @Test
    void collectiviteIdAndRoleAreRequired() {
        assertThatThrownBy(() -> new Participant(null, "p", Role.ELU, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("collectivite");
        assertThatThrownBy(() -> new Participant("metz", null, Role.ELU, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> new Participant("metz", "p", null, null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("role");
    }

    @Test
    void presentFromTheEntryDayUpToTheDayBeforeLeaving() {
        Participant p = of(Role.ELU, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 3, 1));
        assertThat(p.isPresentOn(LocalDate.of(2020, 1, 9))).isFalse();
        assertThat(p.isPresentOn(LocalDate.of(2020, 1, 10))).isTrue();
        assertThat(p.isPresentOn(LocalDate.of(2020, 2, 29))).isTrue();
        assertThat(p.isPresentOn(LocalDate.of(2020, 3, 1))).isFalse();
    }

    @Test
    void withoutDatesAlwaysPresent() {
        assertThat(of(Role.ELU, null, null).isPresentOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(of(Role.ELU, null, LocalDate.of(2020, 1, 1)).isPresentOn(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(of(Role.ELU, LocalDate.of(2020, 1, 1), null).isPresentOn(LocalDate.of(2999, 1, 1))).isTrue();
    }

    @Test
    void anActiveAmbassadorIsAnAmbassadeurPresentThatDay() {
        LocalDate day = LocalDate.of(2020, 2, 1);
        Participant ambassador = of(Role.AMBASSADEUR, LocalDate.of(2020, 1, 10), LocalDate.of(2020, 3, 1));
        assertThat(ambassador.isActiveAmbassadorOn(day)).isTrue();
        assertThat(ambassador.isActiveAmbassadorOn(LocalDate.of(2020, 3, 1))).isFalse();
        assertThat(of(Role.RELAIS, null, null).isActiveAmbassadorOn(day)).isFalse();
    }

    @Test
    void aMissingSourceIsNone() {
        assertThat(of(Role.ELU, null, null).source()).isSameAs(SourceRef.NONE);
    }
}
