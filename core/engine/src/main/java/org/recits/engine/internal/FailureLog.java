package org.recits.engine.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;

/**
 * Where the stack traces of plugin failures go. A user reads one line per failure; the author of the
 * plugin needs the whole trace, which goes to this file, named at the end of the failure lines.
 *
 * <p>The file is the user's, not the report's: {@code RECITS_LOG} when set, else the state folder of
 * the system ({@code %LOCALAPPDATA%\Recits} on Windows, {@code $XDG_STATE_HOME/recits} or
 * {@code ~/.local/state/recits} elsewhere). Appended to, never read back; a failure to write it is
 * not worth failing the run for.
 */
public final class FailureLog {

    private FailureLog() {
    }

    /** The log file for this environment and these system properties. */
    static Path location(Map<String, String> env, String userHome, String osName) {
        String explicit = env.get("RECITS_LOG");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        if (osName.toLowerCase(java.util.Locale.ROOT).startsWith("windows") && env.get("LOCALAPPDATA") != null) {
            return Path.of(env.get("LOCALAPPDATA"), "Recits", "recits.log");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state != null && !state.isBlank() ? Path.of(state) : Path.of(userHome, ".local", "state");
        return base.resolve("recits").resolve("recits.log");
    }

    /** The log file of this process. */
    public static Path location() {
        return location(System.getenv(), System.getProperty("user.home"), System.getProperty("os.name"));
    }

    /** Appends {@code what} and the trace of {@code e}. */
    public static void append(String what, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        append(what, trace.toString());
    }

    /** Appends {@code what} and a trace already in text (the component runtime gives them so). */
    public static void append(String what, String trace) {
        append(location(), what, trace);
    }

    static synchronized void append(Path file, String what, String trace) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, Instant.now() + " " + what + System.lineSeparator() + trace
                    + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | RuntimeException ignored) {
            // the one-line message has been said; the trace is a help, not a must
        }
    }
}
