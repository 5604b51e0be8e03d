package org.recits.api.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The shared work of a run, as the API defines it: keys by name, NONE sharing nothing. */
class SharedWorkTest {

    @Test
    void keysAreEqualByNameSoTwoBundlesShareWorkWithoutSharingAnObject() {
        assertThat(new SharedWork.Key<String>("x.charts")).isEqualTo(new SharedWork.Key<String>("x.charts"))
                .isNotEqualTo(new SharedWork.Key<String>("x.other"));
    }

    @Test
    void aKeyNeedsAName() {
        assertThatThrownBy(() -> new SharedWork.Key<String>(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SharedWork.Key<String>(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noneDoesTheWorkAtEachCall() {
        AtomicInteger done = new AtomicInteger();
        SharedWork.Key<Integer> key = new SharedWork.Key<>("x.count");
        assertThat(SharedWork.NONE.once(key, done::incrementAndGet)).isEqualTo(1);
        assertThat(SharedWork.NONE.once(key, done::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aContextMadeWithoutSharedWorkSharesNothingAndANullOneIsNone() {
        assertThat(new RenderContext(Path.of("out"), null).shared()).isSameAs(SharedWork.NONE);
        assertThat(new RenderContext(Path.of("out"), null, null).shared()).isSameAs(SharedWork.NONE);
        assertThat(new RenderContext(Path.of("out"), null, null, null).shared()).isSameAs(SharedWork.NONE);
    }
}
