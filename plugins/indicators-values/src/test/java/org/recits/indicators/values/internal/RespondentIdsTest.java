package org.recits.indicators.values.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link RespondentIds} numbers ids as a map from each stripped id's String, in first-met order, would: uuids kept in
 * their 128 bits must neither merge two ids nor split one.
 */
class RespondentIdsTest {

    @Provide
    Arbitrary<List<String>> ids() {
        Arbitrary<String> uuid = Arbitraries.strings().withChars("0123456789abcdef").ofLength(32)
                .map(h -> h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                        + h.substring(16, 20) + "-" + h.substring(20));
        // few distinct digits: uuids that differ in one place, collide in a small table, repeat
        Arbitrary<String> nearUuid = Arbitraries.strings().withChars("0f").ofLength(32)
                .map(h -> h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-"
                        + h.substring(16, 20) + "-" + h.substring(20));
        Arbitrary<String> id = Arbitraries.oneOf(uuid, nearUuid, nearUuid.map(String::toUpperCase),
                nearUuid.map(u -> " " + u + "\t"), nearUuid.map(u -> u.replace('-', 'x')), nearUuid.map(u -> u + "0"),
                Arbitraries.strings().withChars("r1- é").ofMaxLength(5));
        return id.injectNull(0.05).list().ofMaxSize(400);
    }

    @Property(tries = 300)
    void numbersAsAMapOfStrippedIds(@ForAll("ids") List<String> ids) {
        RespondentIds numbered = new RespondentIds();
        Map<String, Integer> reference = new HashMap<>();
        for (String raw : ids) {
            int expected = raw == null || raw.isBlank() ? RespondentIds.NONE
                    : reference.computeIfAbsent(raw.strip(), k -> reference.size());
            // a fresh instance as well as the same one again (the answers of one response share it)
            String same = raw == null ? null : new String(raw);
            assertThat(numbered.number(same)).as(raw).isEqualTo(expected);
            assertThat(numbered.number(same)).as(raw).isEqualTo(expected);
        }
        assertThat(numbered.size()).isEqualTo(reference.size());
    }

    @Test
    void aUuidIsOneRespondentWithOrWithoutSpacesNotInUpperCase() {
        RespondentIds ids = new RespondentIds();
        assertThat(ids.number("0f8e2b1c-3d4a-4e5f-8a9b-0c1d2e3f4a5b")).isZero();
        assertThat(ids.number(" 0f8e2b1c-3d4a-4e5f-8a9b-0c1d2e3f4a5b ")).isZero();
        assertThat(ids.number("0F8E2B1C-3D4A-4E5F-8A9B-0C1D2E3F4A5B")).isEqualTo(1);
        assertThat(ids.number("0f8e2b1c-3d4a-4e5f-8a9b-0c1d2e3f4a5c")).isEqualTo(2);
        assertThat(ids.number("  ")).isEqualTo(RespondentIds.NONE);
        assertThat(ids.number(null)).isEqualTo(RespondentIds.NONE);
        assertThat(ids.size()).isEqualTo(3);
    }

    @Test
    void manyUuidsGrowTheTable() {
        RespondentIds ids = new RespondentIds();
        for (int i = 0; i < 100_000; i++) {
            assertThat(ids.number(String.format("%08x-0000-4000-8000-%012x", i, (long) i * 7919))).isEqualTo(i);
        }
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(ids.number(String.format("%08x-0000-4000-8000-%012x", i, (long) i * 7919))).isEqualTo(i);
        }
        assertThat(ids.size()).isEqualTo(100_000);
    }
}
