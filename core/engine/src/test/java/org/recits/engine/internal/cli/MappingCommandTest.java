package org.recits.engine.internal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.recits.api.ingest.MappingDraft;
import org.recits.api.ingest.MappingDrafter;
import org.recits.engine.internal.Plugins;
import org.recits.engine.internal.Registered;

/** {@code recits mapping}: what the drafter recognised is printed, the draft written beside the export, never over a file. */
class MappingCommandTest {

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Drafts any .csv, in the language asked. */
    private static final MappingDrafter DRAFTER = (export, locale) -> export.toString().endsWith(".csv")
            ? Optional.of(new MappingDraft("LimeSurvey (" + locale.getLanguage() + ")", List.of("« SAT1 » : likert5"),
                    "avis.mapping.csv", "question;mesure\r\nSAT1;satisfaction\r\n"))
            : Optional.empty();

    private int run(String... args) {
        Plugins plugins = Plugins.of(List.of(), List.of(), List.of(), List.of(Registered.local(DRAFTER)));
        CliContext ctx = new CliContext(() -> plugins, List::of, tmp.resolve("home"), "9.9.9",
                new PrintWriter(out, true), new PrintWriter(err, true), false);
        return RecitsCli.run(ctx, args);
    }

    @Test
    void writesTheDraftBesideTheExportAndSaysWhatItRecognised() throws Exception {
        Path export = Files.writeString(tmp.resolve("avis.csv"), "id,SAT1\n1,4\n");
        assertThat(run("mapping", export.toString())).isZero();
        Path mapping = tmp.resolve("avis.mapping.csv");
        assertThat(Files.readString(mapping, StandardCharsets.UTF_8)).isEqualTo("question;mesure\r\nSAT1;satisfaction\r\n");
        assertThat(out.toString()).contains("Reconnu\u00a0: LimeSurvey (fr)").contains("  « SAT1 » : likert5")
                .contains("Brouillon écrit\u00a0: " + mapping);
    }

    @Test
    void neverReplacesAMappingAndSaysSoInEnglishToo() throws Exception {
        Path export = Files.writeString(tmp.resolve("avis.csv"), "id,SAT1\n1,4\n");
        Path mine = Files.writeString(tmp.resolve("avis.mapping.csv"), "question;mesure\nSAT1;qualite\n");
        assertThat(run("mapping", export.toString(), "--lang", "en")).isEqualTo(RecitsCli.USAGE);
        assertThat(Files.readString(mine)).isEqualTo("question;mesure\nSAT1;qualite\n");
        assertThat(err.toString()).contains(mine + " already exists and is not replaced");
        assertThat(out.toString()).isEmpty();

        Path other = tmp.resolve("brouillon.csv");
        assertThat(run("correspondance", export.toString(), "--out", other.toString(), "--lang", "en")).isZero();
        assertThat(out.toString()).contains("Recognised: LimeSurvey (en)");
        assertThat(Files.readString(other)).contains("SAT1;satisfaction");
    }

    @Test
    void aFileNoDrafterReadsOrNoFileIsAUsageError() throws Exception {
        Path sheet = Files.writeString(tmp.resolve("avis.ods"), "?");
        assertThat(run("mapping", sheet.toString())).isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("ne lit " + sheet + " comme un export d’enquête");
        assertThat(run("mapping", tmp.resolve("absent.csv").toString())).isEqualTo(RecitsCli.USAGE);
        assertThat(err.toString()).contains("absent.csv n’existe pas");
        assertThat(tmp.resolve("avis.mapping.csv")).doesNotExist();
    }
}
