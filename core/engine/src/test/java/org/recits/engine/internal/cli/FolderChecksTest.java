package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.model.Period;
import org.recits.api.run.FolderCheck;
import org.recits.engine.internal.Fixtures;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;

/** The engine's check as a service gives what {@code recits check} prints, line for line. */
class FolderChecksTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CliContext context() {
        Plugins plugins = Plugins.of(List.of(Registered.local(new DataFolderGuardsTest.TableIngestor())),
                List.of(Registered.local(new Fixtures.SessionCount())),
                List.of(Registered.local(new Fixtures.TextRenderer())));
        return new CliContext(() -> plugins, List::of, tmp.resolve("home"), "9.9.9", new PrintWriter(out, true),
                new PrintWriter(err, true), false);
    }

    @Test
    void theSameLinesFindingsAndQuartersAsCheck() throws IOException {
        Path data = Files.createDirectories(tmp.resolve("labo"));
        Files.write(data.resolve("sessions.txt"), List.of("paris;s1;2020-01-15", "paris;s2;hier", "lyon;s3;2020-05-02"),
                StandardCharsets.UTF_8);
        CliContext ctx = context();
        FolderCheck check = FolderChecks.check(ctx, data, Locale.FRENCH);
        assertThat(RecitsCli.run(ctx, "check", "--data", data.toString())).isZero();
        List<String> printed = out.toString().lines().toList();
        assertThat(printed).startsWith(check.files().toArray(String[]::new));
        assertThat(printed.get(printed.size() - 1)).isEqualTo(check.summary());
        assertThat(check.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.value()).isEqualTo("hier");
        });
        assertThat(check.refusal()).isNull();
        assertThat(check.quarters()).containsExactly(Period.parse("2020-T1"), Period.parse("2020-T2"));
    }

    @Test
    void aFolderWithNothingReadableIsRefusedWithTheReasonCheckGives() throws IOException {
        FolderCheck check = FolderChecks.check(context(), Files.createDirectories(tmp.resolve("vide")), Locale.ENGLISH);
        assertThat(check.refusal()).contains("is empty");
        assertThat(check.summary()).isEmpty();
        assertThat(check.quarters()).isEmpty();
    }
}
