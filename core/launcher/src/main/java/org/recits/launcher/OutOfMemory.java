package org.recits.launcher;

import java.io.PrintStream;

/**
 * What the user reads when the Java heap runs out: one line saying how to give the run more memory, exit code 1,
 * no stack trace, in the language of the command line.
 */
final class OutOfMemory {

    /** The process's exit code when the heap ran out, as for any other failure the launcher reports. */
    static final int EXIT_CODE = 1;

    private final LauncherTexts texts;
    private final PrintStream err;
    private volatile String line;

    OutOfMemory(LauncherTexts texts, PrintStream err) {
        this.texts = texts;
        this.err = err;
    }

    /**
     * Makes the line before the work starts: once the heap is full, formatting it could fail too. Not made for a
     * kept answer ({@link KeptAnswers}), whose tenths of a second the number formats would lengthen.
     */
    void prepare() {
        if (line == null) {
            long heap = Runtime.getRuntime().maxMemory() >> 20;
            line = texts.get("error.outOfMemory", heap, Long.toString(suggested(heap)));
        }
    }

    /** Twice the heap the run had, rounded up to 512 MB, as a value of {@code -Xmx} in MB. */
    static long suggested(long heapMb) {
        return (2 * heapMb + 511) / 512 * 512;
    }

    /** Whether the heap running out is what stopped {@code failure}: the error itself or one of its causes. */
    static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /** Says that the heap ran out; returns the exit code. */
    int report() {
        prepare();
        err.println(line);
        err.flush();
        return EXIT_CODE;
    }

    /**
     * For the threads no caller waits for: the heap running out there is said as on the main thread, and the
     * process ends at once, before a report half made could be moved into place or the run hang waiting for that
     * thread. Any other failure goes to {@code next}, or is printed as the JVM would print it.
     */
    Thread.UncaughtExceptionHandler uncaught(Thread.UncaughtExceptionHandler next) {
        return (thread, failure) -> {
            if (causedBy(failure)) {
                report();
                Runtime.getRuntime().halt(EXIT_CODE);
            } else if (next != null) {
                next.uncaughtException(thread, failure);
            } else {
                System.err.print("Exception in thread \"" + thread.getName() + "\" ");
                failure.printStackTrace(System.err);
            }
        };
    }
}
