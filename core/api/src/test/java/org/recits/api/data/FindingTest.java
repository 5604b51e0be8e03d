package org.recits.api.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.recits.api.model.LocalizedText;

class FindingTest {

    private static final LocalizedText WHY = LocalizedText.of("pourquoi", "why");

    @Test
    void severityFileAndReasonAreRequiredLineColumnAndValueAreNot() {
        assertThatThrownBy(() -> new Finding(null, "a.csv", 1, null, null, WHY)).hasMessage("severity");
        assertThatThrownBy(() -> Finding.warning(null, 1, null, null, WHY)).hasMessage("file");
        assertThatThrownBy(() -> Finding.rejected("a.csv", 1, null, null, null)).hasMessage("reason");
        Finding whole = Finding.warning("a.csv", 0, null, null, WHY);
        assertThat(whole.column()).isNull();
        assertThat(whole.value()).isNull();
    }

    @Test
    void theFactoriesSayWhetherTheRowWasDropped() {
        assertThat(Finding.rejected("a.csv", 2, "c", "v", WHY).severity()).isEqualTo(Finding.Severity.REJECTED);
        assertThat(Finding.warning("a.csv", 2, "c", "v", WHY).severity()).isEqualTo(Finding.Severity.WARNING);
    }

    @Test
    void sortsByFileThenLineThenColumnNoColumnAsTheTextNull() {
        Finding b1 = Finding.warning("b.csv", 1, null, null, WHY);
        Finding a10 = Finding.warning("a.csv", 10, "x", null, WHY);
        Finding a2 = Finding.warning("a.csv", 2, "y", null, WHY);
        Finding a2col = Finding.warning("a.csv", 2, "a", null, WHY);
        Finding a2none = Finding.warning("a.csv", 2, null, null, WHY);
        List<Finding> all = new ArrayList<>(List.of(b1, a10, a2, a2none, a2col));
        Collections.sort(all);
        // lines compare as numbers (2 before 10); a missing column compares as "null"
        assertThat(all).containsExactly(a2col, a2none, a2, a10, b1);
    }

    @Test
    void theOrderIgnoresSeverityValueAndReason() {
        Finding w = Finding.warning("a.csv", 2, "c", "1", WHY);
        Finding r = Finding.rejected("a.csv", 2, "c", "2", LocalizedText.of("autre"));
        assertThat(w.compareTo(r)).isZero();
        assertThat(w).isNotEqualTo(r);
    }
}
