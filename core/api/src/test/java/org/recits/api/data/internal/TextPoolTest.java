package org.recits.api.data.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** A pool gives back every text as added, whatever its characters and length, also from an earlier view. */
class TextPoolTest {

    @Provide
    Arbitrary<List<String>> texts() {
        // Latin-1 and beyond (é, €, 𝄞 a surrogate pair), empty, and lengths around the one-byte header's 63
        Arbitrary<String> text = Arbitraries.strings().withChars("aZ09-é\u00ff€\uD834\uDD1E ").ofMaxLength(200);
        // uuids (kept in 16 bytes) and texts that only look like one (upper case, a hyphen moved)
        Arbitrary<String> uuid = Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                .as((a, b) -> new UUID(a, b).toString());
        Arbitrary<String> upper = uuid.map(u -> u.toUpperCase(Locale.ROOT));
        Arbitrary<String> moved = uuid.map(u -> u.substring(1, 9) + "-" + u.substring(10));
        Arbitrary<String> one = Arbitraries.oneOf(text, uuid, upper, moved).injectNull(0.1);
        return one.list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void givesBackEachTextAsAdded(@ForAll("texts") List<String> added) {
        TextPool pool = new TextPool();
        List<Integer> at = new ArrayList<>();
        added.forEach(t -> at.add(pool.add(t)));
        byte[][] view = pool.view();
        for (int i = 0; i < added.size(); i++) {
            assertEquals(added.get(i), TextPool.get(view, at.get(i)));
        }
    }

    @Test
    void fillsPagesAndKeepsEarlierViews() {
        TextPool pool = new TextPool();
        List<String> added = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        byte[][] early = null;
        // 3 MiB of 36-character ids: several pages, entries ending at a page's end
        for (int i = 0; i < 90_000; i++) {
            String id = String.format("%08x-4212-4c9a-82f5-%012d", i, i);
            added.add(id);
            at.add(pool.add(id));
            if (i == 1000) {
                early = pool.view();
            }
        }
        String big = "é".repeat(1_500_000); // longer than a page: one of its own
        at.add(pool.add(big));
        added.add(big);
        at.add(pool.add("après"));
        added.add("après");
        byte[][] view = pool.view();
        for (int i = 0; i < added.size(); i++) {
            assertEquals(added.get(i), TextPool.get(view, at.get(i)), "text " + i);
        }
        for (int i = 0; i <= 1000; i++) {
            assertEquals(added.get(i), TextPool.get(early, at.get(i)));
        }
        assertNull(TextPool.get(view, pool.add(null)));
    }
}
