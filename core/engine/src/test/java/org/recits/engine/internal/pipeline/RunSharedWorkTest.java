package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.recits.api.report.SharedWork;

/** The work one run's renderers share: once per key, whoever asks first, whatever the threads. */
class RunSharedWorkTest {

    private static final SharedWork.Key<String> A = new SharedWork.Key<>("test.a");
    private static final SharedWork.Key<String> B = new SharedWork.Key<>("test.b");

    @Test
    void theWorkOfAKeyIsDoneOnceAndItsResultGivenToEveryCaller() {
        RunSharedWork shared = new RunSharedWork();
        AtomicInteger done = new AtomicInteger();
        String first = shared.once(A, () -> "a" + done.incrementAndGet());
        String second = shared.once(new SharedWork.Key<String>("test.a"), () -> "a" + done.incrementAndGet());
        assertThat(first).isEqualTo("a1");
        assertThat(second).isSameAs(first);
        assertThat(done).hasValue(1);
    }

    @Test
    void twoKeysAreTwoWorksAndOneWorkMayAskForAnother() {
        RunSharedWork shared = new RunSharedWork();
        assertThat(shared.once(A, () -> "a+" + shared.once(B, () -> "b"))).isEqualTo("a+b");
        assertThat(shared.once(B, () -> "other")).isEqualTo("b");
    }

    @Test
    void callersArrivingDuringTheWorkWaitForItInsteadOfDoingItAgain() throws Exception {
        RunSharedWork shared = new RunSharedWork();
        AtomicInteger done = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<String> first = pool.submit(() -> shared.once(A, () -> {
                started.countDown();
                await(release);
                return "drawn" + done.incrementAndGet();
            }));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> shared.once(A, () -> "again" + done.incrementAndGet()));
            Future<String> third = pool.submit(() -> shared.once(A, () -> "again" + done.incrementAndGet()));
            release.countDown();
            assertThat(List.of(first.get(10, TimeUnit.SECONDS), second.get(10, TimeUnit.SECONDS),
                    third.get(10, TimeUnit.SECONDS))).containsOnly("drawn1");
            assertThat(done).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingWorkFailsEveryCallerWithItsOwnException() {
        RunSharedWork shared = new RunSharedWork();
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> shared.once(A, () -> {
            throw boom;
        })).isSameAs(boom);
        assertThatThrownBy(() -> shared.once(A, () -> "late")).isSameAs(boom);
    }

    @Test
    void aWorkGivingNullIsAnErrorNamingTheKey() {
        assertThatThrownBy(() -> new RunSharedWork().once(A, () -> null))
                .isInstanceOf(NullPointerException.class).hasMessage("test.a");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
