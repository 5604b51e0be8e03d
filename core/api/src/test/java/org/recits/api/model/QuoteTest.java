package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QuoteTest {

    @Test
    void collectiviteAndTextAreRequired() {
        assertThatThrownBy(() -> new Quote(null, "t", null, null, null, null, null, true, null, null))
                .hasMessage("collectivite");
        assertThatThrownBy(() -> new Quote("metz", null, null, null, null, null, null, true, null, null))
                .hasMessage("texte");
    }

    @Test
    void consentIsKeptAsGivenAndEverythingElseMayBeMissing() {
        Quote q = new Quote("metz", "« On s’écoute. »", null, null, null, null, null, false, null, null);
        assertThat(q.consent()).isFalse();
        assertThat(q.valeur()).isNull();
        assertThat(q.attributes()).isEmpty();
        assertThat(q.source()).isSameAs(SourceRef.NONE);
    }
}
