package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link Rows#roleCode}: its shortcut for roles that are already codes changes nothing. */
class RowsTest {

    @Provide
    Arbitrary<String> roles() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcz09-").ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withChars("aAéÉ _-\t\u00A0zZ9\u0301").ofMinLength(0).ofMaxLength(10),
                Arbitraries.strings().ofMaxLength(10));
    }

    @Property(tries = 500)
    void sameCodeAsTheNormalisationSpelledOut(@ForAll("roles") String role) {
        assertThat(Rows.roleCode(role)).isEqualTo(reference(role) == null ? null : Rows.sameVoice(reference(role)));
    }

    @Test
    void accentsCaseAndSpacesAreFolded() {
        assertThat(Rows.roleCode(" Élu_local ")).isEqualTo("elu-local");
        assertThat(Rows.roleCode("agent")).isEqualTo("agent");
        assertThat(Rows.roleCode("  ")).isNull();
        assertThat(Rows.roleCode("Ambassadrice")).isEqualTo("ambassadeur");
        assertThat(Rows.roleCode("elue")).isEqualTo("elu");
    }

    /** The normalisation as it was written before the shortcut. */
    private static String reference(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(role.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    }
}
