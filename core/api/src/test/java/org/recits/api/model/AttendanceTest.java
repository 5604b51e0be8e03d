package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    private static final Session TWO_DAYS = new Session("metz", "s1", LocalDate.of(2020, 1, 10), 2, null, null, null,
            false, null, null);

    private static Attendance present(Double days) {
        return new Attendance("metz", "s1", "p1", days, null, null);
    }

    @Test
    void collectiviteSessionAndParticipantAreRequired() {
        assertThatThrownBy(() -> new Attendance(null, "s", "p", null, null, null)).hasMessage("collectivite");
        assertThatThrownBy(() -> new Attendance("metz", null, "p", null, null, null)).hasMessage("session");
        assertThatThrownBy(() -> new Attendance("metz", "s", null, null, null, null)).hasMessage("participant");
    }

    @Test
    void anEmptyPresenceMeansTheWholeSession() {
        assertThat(present(null).presentDays(TWO_DAYS)).isEqualTo(2.0);
    }

    @Test
    void presentDaysAreCappedAtTheSessionsLength() {
        assertThat(present(0.5).presentDays(TWO_DAYS)).isEqualTo(0.5);
        assertThat(present(2.0).presentDays(TWO_DAYS)).isEqualTo(2.0);
        assertThat(present(3.0).presentDays(TWO_DAYS)).isEqualTo(2.0);
    }

    @Test
    void zeroDaysIsKeptAsZero() {
        assertThat(present(0.0).presentDays(TWO_DAYS)).isZero();
    }

    @Test
    void aMissingSourceIsNone() {
        assertThat(present(null).source()).isSameAs(SourceRef.NONE);
        assertThat(present(null).attributes()).isEmpty();
    }
}
