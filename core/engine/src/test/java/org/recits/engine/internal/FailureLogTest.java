package org.recits.engine.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The traces go to the user's state folder, or where RECITS_LOG says; each failure is appended. */
class FailureLogTest {

    @TempDir
    Path tmp;

    @Test
    void recitsLogWinsThenTheSystemsStateFolder() {
        assertThat(FailureLog.location(Map.of("RECITS_LOG", "/var/log/r.log"), "/home/anne", "Linux"))
                .isEqualTo(Path.of("/var/log/r.log"));
        assertThat(FailureLog.location(Map.of(), "/home/anne", "Linux"))
                .isEqualTo(Path.of("/home/anne/.local/state/recits/recits.log"));
        assertThat(FailureLog.location(Map.of("XDG_STATE_HOME", "/st"), "/home/anne", "Linux"))
                .isEqualTo(Path.of("/st/recits/recits.log"));
        assertThat(FailureLog.location(Map.of("LOCALAPPDATA", "/c/AppData/Local"), "/c/Users/anne", "Windows 11"))
                .isEqualTo(Path.of("/c/AppData/Local", "Recits", "recits.log"));
    }

    @Test
    void eachFailureIsAppendedWithItsWholeTrace() throws IOException {
        Path log = tmp.resolve("sub/recits.log");
        FailureLog.append(log, "plugin failure", "java.lang.IllegalStateException: first\n\tat a.B.c(B.java:1)");
        FailureLog.append(log, "component x of org.example", "java.lang.RuntimeException: second");
        String text = Files.readString(log);
        assertThat(text).contains("plugin failure").contains("\tat a.B.c(B.java:1)").contains("second");
        assertThat(text.indexOf("first")).isLessThan(text.indexOf("second"));
    }
}
