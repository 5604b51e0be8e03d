package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The worker threads of the pipeline's parallel phases (indicators, renderers). */
final class Workers {

    private Workers() {
    }

    /**
     * A pool of daemon threads. Libraries inside plugins (POI, xmlbeans) may look up the context class
     * loader: the workers get the caller's, as if the work ran on the calling thread.
     */
    static ExecutorService pool(String name, int threads) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return Executors.newFixedThreadPool(Math.max(1, threads), task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            t.setContextClassLoader(context);
            return t;
        });
    }

    /** Waits for one task; what escaped it is thrown as it would have been on the calling thread. */
    static <T> T await(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for a worker");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
