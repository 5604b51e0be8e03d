package org.recits.engine.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outputs of one run replace the previous ones as a set, even when the process is killed in the
 * middle of the switch: the next run into the folder finds the old set or the new one, never a mix.
 * The kills are real: a child JVM halts after each step of the switch in turn.
 */
class OutputSetTest {

    @TempDir
    Path tmp;

    private static final Map<String, String> OLD = Map.of("recits-P.xlsx", "v1", "recit-P.html", "v1",
            "graphiques/g.png", "v1", "recits-P-donnees.csv", "v1");
    private static final Map<String, String> NEW = Map.of("recits-P.xlsx", "v2", "recit-P.html", "v2",
            "graphiques/g.png", "v2");

    @Test
    void aKillAtEveryStepOfTheSwitchLeavesTheOldSetOrTheNewOne() throws Exception {
        List<String> steps = new ArrayList<>();
        Path probe = tmp.resolve("probe");
        assertThat(child(probe, "v1", "-").exit()).isZero();
        Child full = child(probe, "v2", "-");
        assertThat(full.exit()).isZero();
        for (String line : full.lines()) {
            steps.add(line.substring("step ".length()));
        }
        assertThat(steps).contains("staged", "journal", "move recits-P.xlsx", "delete recits-P-donnees.csv", "set", "done");

        for (int i = 0; i < steps.size(); i++) {
            String step = steps.get(i);
            Path out = tmp.resolve("out" + i);
            assertThat(child(out, "v1", "-").exit()).isZero();
            assertThat(child(out, "v2", step).exit()).as("killed after " + step).isEqualTo(137);

            // The next run opens the folder: it finishes or forgets the interrupted switch.
            try (OutputSet next = OutputSet.open(out)) {
                assertThat(next.recovered()).as("after " + step).isEqualTo(i >= steps.indexOf("journal")
                        && i < steps.indexOf("done"));
            }
            Map<String, String> left = contents(out);
            assertThat(left).as("killed after " + step).isEqualTo(i < steps.indexOf("journal") ? OLD : NEW);
            try (Stream<Path> home = Files.list(out.resolve(OutputSet.HOME))) {
                assertThat(home.map(p -> p.getFileName().toString())).as("after " + step)
                        .doesNotContain("switch").noneMatch(n -> n.startsWith("tmp-"));
            }
        }
    }

    @Test
    void aFileTheNewSetNoLongerHasIsRemovedButOtherPeriodsStay() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("recits-2020-T4.xlsx"), "other period");
        Files.writeString(out.resolve("notes.txt"), "the user's own file");
        write(out, "a", Map.of("x.xlsx", "1", "x.csv", "1"));
        write(out, "a", Map.of("x.xlsx", "2"));
        assertThat(contents(out)).isEqualTo(Map.of("x.xlsx", "2", "recits-2020-T4.xlsx", "other period",
                "notes.txt", "the user's own file"));
        write(out, "b", Map.of("y.xlsx", "1"));
        assertThat(contents(out)).containsEntry("x.xlsx", "2").containsEntry("y.xlsx", "1");
    }

    @Test
    void stagingFoldersOfKilledRunsAreRemovedByTheNextRun() throws IOException {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createDirectories(out.resolve(".recits-tmp-123/writes"));
        Files.writeString(out.resolve(".recits-tmp-123/writes/half.xlsx"), "half");
        try (OutputSet first = OutputSet.open(out)) {
            first.newStaging();
        }
        try (OutputSet next = OutputSet.open(out); Stream<Path> home = Files.list(out.resolve(OutputSet.HOME));
                Stream<Path> top = Files.list(out)) {
            assertThat(home.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("tmp-"));
            assertThat(top.map(p -> p.getFileName().toString())).containsExactly(OutputSet.HOME);
        }
    }

    @Test
    void anOutputPathThatIsAFileIsRefusedByName() throws IOException {
        Path file = Files.writeString(tmp.resolve("outfile"), "x");
        assertThatThrownBy(() -> OutputSet.open(file)).isInstanceOf(OutputSet.NotAFolderException.class)
                .satisfies(e -> assertThat(((OutputSet.NotAFolderException) e).path()).isEqualTo(file));
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    private static void write(Path out, String key, Map<String, String> files) throws IOException {
        try (OutputSet set = OutputSet.open(out)) {
            Path staging = set.newStaging();
            List<OutputSet.Move> moves = new ArrayList<>();
            for (Map.Entry<String, String> f : new TreeMap<>(files).entrySet()) {
                Path staged = staging.resolve(f.getKey());
                Files.writeString(staged, f.getValue());
                moves.add(new OutputSet.Move(staged, Path.of(f.getKey())));
            }
            set.commit(key, staging, moves);
        }
    }

    /** Every file of the folder but Récits' own hidden one, with its content. */
    private static Map<String, String> contents(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                String rel = out.relativize(p).toString().replace('\\', '/');
                if (!rel.startsWith(OutputSet.HOME + "/")) {
                    m.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return m;
    }

    private record Child(int exit, List<String> lines) {
    }

    private static Child child(Path out, String version, String killAfter) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                KillDuringSwitch.class.getName(), out.toString(), version, killAfter)
                .redirectErrorStream(true).start();
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("step ")).toList();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Child(p.exitValue(), lines);
    }
}
