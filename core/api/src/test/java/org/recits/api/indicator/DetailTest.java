package org.recits.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class DetailTest {

    @Test
    void keyLabelAndUnitAreRequired() {
        LocalizedText l = LocalizedText.of("x");
        assertThatThrownBy(() -> new Detail(null, l, 1, Unit.COUNT)).hasMessage("key");
        assertThatThrownBy(() -> new Detail("k", null, 1, Unit.COUNT)).hasMessage("label");
        assertThatThrownBy(() -> new Detail("k", l, 1, null)).hasMessage("unit");
    }

    @Test
    void aSampleSizeIsACountUnderTheKeyN() {
        Detail n = Detail.sampleSize(12, LocalizedText.of("séances", "sessions"));
        assertThat(n.key()).isEqualTo(Detail.SAMPLE_SIZE).isEqualTo("n");
        assertThat(n.value()).isEqualTo(12.0);
        assertThat(n.unit()).isEqualTo(Unit.COUNT);
        assertThat(n.name()).isFalse();
    }

    @Test
    void aNamedDetailIsANameFromTheDataInBothLanguages() {
        Detail funder = Detail.named("financeur:Banque des Territoires", "Banque des Territoires", 1200, Unit.EUR);
        assertThat(funder.name()).isTrue();
        assertThat(funder.label()).isEqualTo(LocalizedText.of("Banque des Territoires"));
        // the same in both languages does not make a name: only the flag does
        assertThat(new Detail("k", LocalizedText.of("Sessions"), 1, Unit.COUNT).name()).isFalse();
    }
}
