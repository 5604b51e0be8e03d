package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingTest {

    @Test
    void collectiviteFunderTypeAndAmountAreRequired() {
        BigDecimal x = BigDecimal.ONE;
        assertThatThrownBy(() -> new Funding(null, "f", FundingType.ETAT, x, null, null, null, null))
                .hasMessage("collectivite");
        assertThatThrownBy(() -> new Funding("metz", null, FundingType.ETAT, x, null, null, null, null))
                .hasMessage("financeur");
        assertThatThrownBy(() -> new Funding("metz", "f", null, x, null, null, null, null)).hasMessage("type");
        assertThatThrownBy(() -> new Funding("metz", "f", FundingType.ETAT, null, null, null, null, null))
                .hasMessage("montantEur");
    }

    @Test
    void theAmountKeepsItsScaleToTheCent() {
        Funding f = new Funding("metz", "f", FundingType.ETAT, new BigDecimal("1200.50"), null, null, null, null);
        assertThat(f.montantEur()).isEqualByComparingTo("1200.5");
        assertThat(f.montantEur().toPlainString()).isEqualTo("1200.50");
        assertThat(f.source()).isSameAs(SourceRef.NONE);
    }
}
