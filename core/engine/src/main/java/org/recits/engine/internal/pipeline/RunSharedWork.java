package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.recits.api.report.SharedWork;

/**
 * The work one run's renderers share. Each key's work runs in the thread of its first caller, outside
 * any lock of the map, so that a work may itself ask for another key.
 */
final class RunSharedWork implements SharedWork {

    private final ConcurrentMap<Key<?>, FutureTask<?>> works = new ConcurrentHashMap<>();

    @Override
    @SuppressWarnings("unchecked") // a key's name fixes its result's type (SharedWork.Key)
    public <T> T once(Key<T> key, Supplier<? extends T> work) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(work, "work");
        FutureTask<T> mine = new FutureTask<>(() -> Objects.requireNonNull(work.get(), key.name()));
        FutureTask<T> task = (FutureTask<T>) works.putIfAbsent(key, mine);
        if (task == null) {
            task = mine;
            task.run();
        }
        try {
            return Workers.await(task);
        } catch (IOException e) { // the work is a Supplier: only an interrupted wait gets here
            throw new UncheckedIOException(e);
        }
    }
}
