package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PracticalCaseTest {

    private static final LocalDate END = LocalDate.of(2020, 3, 31);

    private static PracticalCase of(CaseStatus status, LocalDate start) {
        return new PracticalCase("metz", "c1", "Accueil", null, null, null, start, null, status, null, null, null,
                null, null);
    }

    @Test
    void collectiviteIdAndTitleAreRequired() {
        assertThatThrownBy(() -> new PracticalCase(null, "c", "t", null, null, null, null, null, null, null, null,
                null, null, null)).hasMessage("collectivite");
        assertThatThrownBy(() -> new PracticalCase("metz", null, "t", null, null, null, null, null, null, null, null,
                null, null, null)).hasMessage("id");
        assertThatThrownBy(() -> new PracticalCase("metz", "c", null, null, null, null, null, null, null, null, null,
                null, null, null)).hasMessage("titre");
    }

    @Test
    void countedWhenSelectedUnderWayOrDoneOrWithoutStatus() {
        assertThat(of(null, null).isCountedUpTo(END)).isTrue();
        assertThat(of(CaseStatus.RETENU, null).isCountedUpTo(END)).isTrue();
        assertThat(of(CaseStatus.EN_COURS, null).isCountedUpTo(END)).isTrue();
        assertThat(of(CaseStatus.TERMINE, null).isCountedUpTo(END)).isTrue();
        assertThat(of(CaseStatus.PROPOSE, null).isCountedUpTo(END)).isFalse();
        assertThat(of(CaseStatus.ABANDONNE, null).isCountedUpTo(END)).isFalse();
    }

    @Test
    void countedOnlyOnceStartedByTheEndDayIncluded() {
        assertThat(of(CaseStatus.EN_COURS, END).isCountedUpTo(END)).isTrue();
        assertThat(of(CaseStatus.EN_COURS, END.plusDays(1)).isCountedUpTo(END)).isFalse();
    }

    @Test
    void methodsAreCopiedAndNullIsNone() {
        List<String> methods = new ArrayList<>(List.of("design", "theatre"));
        PracticalCase c = new PracticalCase("metz", "c1", "t", null, null, methods, null, null, null, null, null, null,
                null, null);
        methods.clear();
        assertThat(c.methodes()).containsExactly("design", "theatre");
        assertThat(of(null, null).methodes()).isEmpty();
        assertThat(of(null, null).source()).isSameAs(SourceRef.NONE);
    }
}
