package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Dataset;
import org.recits.api.model.Period;
import org.recits.api.model.Scope;

class ReportIdentityTest {

    @Test
    void blankTextsAreAbsentAndTheDataDateIsAddedLater() {
        ReportIdentity id = new ReportIdentity("  Labo  ", " ", null, null, null, null);
        assertThat(id.lab()).isEqualTo("Labo");
        assertThat(id.collectivite()).isNull();
        assertThat(id.withDataUpTo(LocalDate.of(2021, 3, 12)).dataUpTo()).isEqualTo(LocalDate.of(2021, 3, 12));
        assertThat(id.withDataUpTo(LocalDate.of(2021, 3, 12)).lab()).isEqualTo("Labo");
    }

    @Test
    void aLogoIsPngOrJpegItsBytesCopiedAndComparedByContent() {
        byte[] bytes = {1, 2, 3};
        ReportIdentity.Logo logo = new ReportIdentity.Logo("logo.png", "image/png", bytes);
        bytes[0] = 9;
        assertThat(logo.bytes()).containsExactly(1, 2, 3);
        logo.bytes()[1] = 9;
        assertThat(logo.bytes()).containsExactly(1, 2, 3);
        assertThat(logo).isEqualTo(new ReportIdentity.Logo("logo.png", "image/png", new byte[] {1, 2, 3}))
                .hasSameHashCodeAs(new ReportIdentity.Logo("logo.png", "image/png", new byte[] {1, 2, 3}));
        assertThat(logo.toString()).isEqualTo("Logo[logo.png, image/png, 3 bytes]");
        assertThatThrownBy(() -> new ReportIdentity.Logo("logo.gif", "image/gif", bytes))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportMadeAsBeforeHasNoIdentity() {
        Period q1 = Period.quarter(2021, 1);
        Report r = new Report(q1, List.of(), List.of(Scope.programme()), Locale.FRENCH, q1.end(), List.of(),
                Dataset.builder().build(), List.of(), List.of(), List.of(), 5);
        assertThat(r.identity()).isSameAs(ReportIdentity.NONE);
        Report withNull = new Report(q1, List.of(), List.of(), Locale.FRENCH, q1.end(), List.of(),
                Dataset.builder().build(), List.of(), List.of(), List.of(), 5, null);
        assertThat(withNull.identity()).isSameAs(ReportIdentity.NONE);
    }
}
