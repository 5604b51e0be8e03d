package org.recits.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.recits.api.data.Pseudonyms;

class PersonalIdsTest {

    @Test
    void emailsPhonesAndNamesAreRecognisedAndToolIdsAreNot() {
        assertThat(PersonalIds.kind("jean.dupont@example.org")).contains(PersonalIds.Kind.EMAIL);
        assertThat(PersonalIds.kind(" Marie Dupont ")).contains(PersonalIds.Kind.NAME);
        assertThat(PersonalIds.kind("DUPONT Marie-Hélène")).contains(PersonalIds.Kind.NAME);
        assertThat(PersonalIds.kind("Dupont, Marie")).contains(PersonalIds.Kind.NAME);
        assertThat(PersonalIds.kind("06 12 34 56 78")).contains(PersonalIds.Kind.PHONE);
        assertThat(PersonalIds.kind("+33 6 12 34 56 78")).contains(PersonalIds.Kind.PHONE);
        assertThat(PersonalIds.kind("06.12.34.56.78")).contains(PersonalIds.Kind.PHONE);
        // ids of the demo and of the tools: LimeSurvey tokens, KoBo uuids, SurveyMonkey and LimeSurvey numbers
        for (String id : new String[] {"A01", "cu-dunes-a99", "p9", "T4lWvLCRRGn7Zxb", "UX1LGeVe0X7mHMI",
                "a8d0c3f4-1b2e-4c5d-9e8f-0a1b2c3d4e5f", "114008484712", "415", "amb 03", "Mulhouse", "r1",
                "uuid:5d8e2f61-3a5b-4c1d-8e9f-123456789abc", "@handle", "a@b"}) {
            assertThat(PersonalIds.kind(id)).as(id).isEqualTo(Optional.empty());
        }
    }

    @Test
    void pseudonymsAreKeyedStableAndDistinctAndMaskingHidesTheValue() {
        Pseudonyms lab = Pseudonyms.keyed("une clé de labo de test, 32 octets".getBytes(StandardCharsets.UTF_8));
        Pseudonyms other = Pseudonyms.keyed("une autre clé, celle d’un autre lab".getBytes(StandardCharsets.UTF_8));
        assertThat(lab.of("Marie Dupont")).isEqualTo(lab.of(" Marie Dupont ")).matches("pseudo-[0-9a-f]{16}")
                .isNotEqualTo(lab.of("Marie Durand"))
                // without the key, knowing the name does not give the pseudonym
                .isNotEqualTo(other.of("Marie Dupont")).isNotEqualTo(Pseudonyms.EXAMPLE.of("Marie Dupont"));
        assertThat(PersonalIds.masked("jean.dupont@example.org")).isEqualTo("j…@e…");
        assertThat(PersonalIds.masked("Marie Dupont")).isEqualTo("M… D…");
        assertThat(PersonalIds.masked("06 12 34 56 78")).isEqualTo("06…78");
    }

    @Test
    void oneFindingPerColumnWithTheCountAndTheFirstLine() {
        PersonalIds column = new PersonalIds("participants.csv", "Identifiant", Pseudonyms.EXAMPLE);
        assertThat(column.read(2, "A01")).isEqualTo("A01");
        assertThat(column.read(3, "Marie Dupont")).startsWith("pseudo-");
        assertThat(column.read(4, "Marie Dupont")).isEqualTo(Pseudonyms.EXAMPLE.of("Marie Dupont"));
        assertThat(column.read(5, null)).isNull();
        assertThat(column.finding()).hasValueSatisfying(f -> {
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.column()).isEqualTo("Identifiant");
            assertThat(f.value()).isEqualTo("M… D…");
            assertThat(f.reason().fr()).contains("1 identifiant(s) sur 2 ligne(s)").contains("«\u00A0Identifiant\u00A0»");
        });
        assertThat(new PersonalIds("x.csv", "id", Pseudonyms.EXAMPLE).finding()).isEmpty();
    }
}
