package org.recits.engine.internal.cli;

/**
 * The HTTP server of {@code recits serve}, as the command sees it: the servlet container runs in the framework
 * beside the engine (the launcher starts it only for this command), and the command waits for it to answer,
 * then for it to stop.
 */
public interface WebRuntime {

    /** Outside a framework, or for another command: no server ever comes. */
    WebRuntime NONE = new WebRuntime() {
        @Override
        public String awaitAddress(long millis) {
            return null;
        }

        @Override
        public void awaitStop() {
            // nothing runs, nothing to wait for
        }
    };

    /**
     * The address the server answers at, once it runs.
     *
     * @param millis how long to wait for it
     * @return the address such as {@code http://127.0.0.1:8027/}, or null when no server came in time
     */
    String awaitAddress(long millis) throws InterruptedException;

    /** Returns when the server has stopped: Ctrl-C stops the framework, and the server with it. */
    void awaitStop() throws InterruptedException;
}
