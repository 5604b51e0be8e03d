package org.recits.ingest.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A memo gives what its function gives, whatever the order and collisions of the cells asked. */
class MemoTest {

    @Provide
    Arbitrary<List<String>> cells() {
        // Few characters and lengths: many cells share a slot of the recent table.
        return Arbitraries.strings().withChars("ab é").ofMaxLength(4).list().ofMaxSize(300);
    }

    @Property(tries = 500)
    void givesWhatTheFunctionGives(@ForAll("cells") List<String> cells) {
        AtomicInteger calls = new AtomicInteger();
        Memo<String> memo = new Memo<>(c -> {
            calls.incrementAndGet();
            return "[" + c + "]";
        });
        for (String c : cells) {
            // a new instance each time, as a parser gives
            assertThat(memo.get(new String(c))).isEqualTo("[" + c + "]");
        }
        assertThat(calls.get()).isEqualTo((int) cells.stream().distinct().count());
    }
}
