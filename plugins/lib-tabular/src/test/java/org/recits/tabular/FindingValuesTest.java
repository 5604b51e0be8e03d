package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;

class FindingValuesTest {

    @Test
    void tokensAddressesPhonesAndNamesArePersonalAndALabsCodesDatesAndLabelsAreNot() {
        for (String v : new String[] {"NQlomPer5l7Xn80", "ecb015b0-b1c3-44af-8445-13e218377bc9",
            "ee.kobotoolbox.org:WV7gaSvYmLZFImhE", "zq8tokenxy3lmp9", "jean.dupont@example.org", "06 12 34 56 78",
            "Marie Dupont"}) {
            assertThat(FindingValues.personal(v)).as(v).isTrue();
            assertThat(FindingValues.label(v)).as(v).isNull();
        }
        for (String v : new String[] {"A3", "SQ001", "cu-dunes-a99", "2021-02-22 15:15:43", "7", "à préciser",
            "stagiaire", "mi-mars 2020", "belrive"}) {
            assertThat(FindingValues.personal(v)).as(v).isFalse();
            assertThat(FindingValues.label(v)).as(v).isEqualTo(v);
        }
    }

    @Test
    void aLabelIsShortAndACutValueEndsWithAnEllipsis() {
        assertThat(FindingValues.label("Mme Martin m’a beaucoup aidée, merci")).isNull();
        assertThat(FindingValues.label(" A3 ")).isEqualTo("A3");
        String long60 = "x".repeat(60);
        assertThat(FindingValues.cut(long60)).hasSize(FindingValues.MAX).endsWith("…");
        // a cell that holds no people's words keeps what reads like a name
        assertThat(FindingValues.cut("Direction des finances")).isEqualTo("Direction des finances");
        assertThat(FindingValues.cut("jean.dupont@example.org")).isNull();
        assertThat(FindingValues.cut("NQlomPer5l7Xn80")).isNull();
    }

    @Test
    void theReasonLosesTheValueWhereItQuotesItOnly() {
        Finding f = Finding.rejected("a.csv", 4, "Q1", "Ab3dE5gH7jK9mN1", LocalizedText.of(
                "Réponse «\u00a0Ab3dE5gH7jK9mN1\u00a0» inconnue", "Unknown answer “Ab3dE5gH7jK9mN1”"));
        Finding shown = FindingValues.ofLabel(f);
        assertThat(shown.value()).isNull();
        assertThat(shown.reason().fr()).isEqualTo("Réponse «\u00a0(texte non affiché)\u00a0» inconnue");
        assertThat(shown.reason().en()).isEqualTo("Unknown answer “(text not shown)”");
        assertThat(shown.file()).isEqualTo("a.csv");
        assertThat(shown.line()).isEqualTo(4);
        assertThat(shown.column()).isEqualTo("Q1");
        Finding plain = Finding.rejected("a.csv", 4, "Q1", "A9", LocalizedText.of("Réponse «\u00a0A9\u00a0» inconnue"));
        assertThat(FindingValues.ofLabel(plain)).isSameAs(plain);
    }
}
