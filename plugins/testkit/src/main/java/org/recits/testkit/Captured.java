package org.recits.testkit;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What a command printed on {@code System.out} and {@code System.err} and the code it returned, for the
 * launcher's runs inside the test's JVM ({@link FelixHarness}, the distribution's tests).
 *
 * @param code what the command returned
 * @param out what it printed on standard output
 * @param err what it printed on standard error, or on the stream it was given
 */
public record Captured(int code, String out, String err) {

    /** A command that writes its own errors to the stream it is given. */
    @FunctionalInterface
    public interface Command {
        /**
         * Runs the command.
         *
         * @param err where it writes its errors (also {@code System.err} for the time of the run)
         * @return its exit code
         */
        int run(PrintStream err);
    }

    /**
     * Runs {@code command} with both standard streams captured (UTF-8), then puts them back. One run at a
     * time: the streams belong to the whole JVM.
     *
     * @param command the command
     * @return what it printed and returned
     */
    public static synchronized Captured run(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previousOut = System.out;
        PrintStream previousErr = System.err;
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        // the engine writes its messages to System.err, the launcher to the stream it is given
        System.setErr(errStream);
        int code;
        try {
            code = command.run(errStream);
        } finally {
            System.setOut(previousOut);
            System.setErr(previousErr);
        }
        return new Captured(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
