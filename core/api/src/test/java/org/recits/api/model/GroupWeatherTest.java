package org.recits.api.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupWeatherTest {

    @Test
    void theScoreIsOneToFiveBothIncluded() {
        assertThat(new GroupWeather("metz", "s1", 1, null, null, null, null).score()).isEqualTo(1);
        assertThat(new GroupWeather("metz", "s1", 5, null, null, null, null).score()).isEqualTo(5);
        assertThatThrownBy(() -> new GroupWeather("metz", "s1", 0, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> new GroupWeather("metz", "s1", 6, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void collectiviteAndSessionAreRequired() {
        assertThatThrownBy(() -> new GroupWeather(null, "s1", 3, null, null, null, null)).hasMessage("collectivite");
        assertThatThrownBy(() -> new GroupWeather("metz", null, 3, null, null, null, null)).hasMessage("session");
    }

    @Test
    void aMissingSourceIsNone() {
        GroupWeather w = new GroupWeather("metz", "s1", 3, null, null, null, null);
        assertThat(w.source()).isSameAs(SourceRef.NONE);
        assertThat(w.attributes()).isEmpty();
    }
}
