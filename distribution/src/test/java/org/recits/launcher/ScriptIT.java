package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the assembled {@code recits} start script as a process, as a user would. */
class ScriptIT {

    @TempDir
    Path work;

    @Test
    void printsTheVersion() throws Exception {
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "--version");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out().strip()).isEqualTo("Récits " + System.getProperty("recits.version"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsThePlugins() throws Exception {
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "plugins");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lecteurs (").contains("Indicateurs (").contains("Rendus (");
    }

    @Test
    void aUsageErrorExitsWithTwoAndSaysWhatIsMissing() throws Exception {
        Distribution.Run run = Distribution.script(Distribution.folder(), work, "report");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--data");

        Distribution.Run unknown = Distribution.script(Distribution.folder(), work, "report", "--data", ".",
                "--period", "2020-T7");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("période illisible « 2020-T7 »");
    }
}
