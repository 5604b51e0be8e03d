package org.recits.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.recits.launcher.Main;

/**
 * Runs the product's command line inside a real Apache Felix framework with Declarative Services, the
 * shipped bundles and your plugin's jar, as {@code recits} does, from a test: the proof that the
 * plugin's manifest, imports and component are right, which unit tests cannot give.
 *
 * <pre>{@code
 * FelixHarness.Run run = FelixHarness.ofDistribution(Path.of("…/recits"))
 *         .withPlugin(Path.of("target/my-plugin-1.0.jar"))
 *         .run("indicators");
 * assertThat(run.exitCode()).isZero();
 * assertThat(run.out()).contains("LAB_MY_CODE");
 * }</pre>
 *
 * <p>Each {@link #run} starts a fresh framework and stops it through the product's own launcher
 * ({@code org.recits.launcher.Main}), like each {@code recits} command: same framework settings, same
 * handling of a plugin that does not install or start. Runs are serialised: the command line prints on
 * {@code System.out} and {@code System.err}, which are captured for the time of a run.
 */
public final class FelixHarness {

    private final Path bundles;
    private final Path home;
    private final List<Path> plugins = new ArrayList<>();

    private FelixHarness(Path bundles, Path home) {
        this.bundles = bundles;
        this.home = home;
    }

    /**
     * The bundles of an assembled product folder ({@code bundles/}, and {@code plugins/} already there),
     * with its {@code demo/} data, so that {@code demo} runs too.
     */
    public static FelixHarness ofDistribution(Path recitsHome) {
        if (!Files.isDirectory(recitsHome.resolve("bundles"))) {
            throw new IllegalArgumentException("not a Récits folder (no bundles/ inside): " + recitsHome);
        }
        FelixHarness h = new FelixHarness(recitsHome.resolve("bundles"), recitsHome);
        h.plugins.addAll(jars(recitsHome.resolve("plugins")));
        return h;
    }

    /** The bundles of a folder (e.g. copied by maven-dependency-plugin); no demo data. */
    public static FelixHarness ofBundles(Path bundlesFolder) {
        if (jars(bundlesFolder).isEmpty()) {
            throw new IllegalArgumentException("no bundle in " + bundlesFolder);
        }
        return new FelixHarness(bundlesFolder, null);
    }

    /** Adds a plugin jar, installed after the shipped bundles as if dropped into {@code plugins/}. */
    public FelixHarness withPlugin(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no such jar: " + jar + " (build it first: mvn package)");
        }
        plugins.add(jar);
        return this;
    }

    /** What one command printed and returned; {@code err} holds the plugins skipped at start too. */
    public record Run(int exitCode, String out, String err) {
    }

    /**
     * Runs one command, e.g. {@code run("report", "--data", dir, "--period", "2020-T1", "--out", out)}.
     * Exit codes are the product's: 0 done, 1 the framework did not run the command (why is in {@code err}), 2 usage,
     * 3 rejected under {@code --strict}, 4 a plugin failed.
     */
    public Run run(String... args) {
        Captured run = Captured.run(err -> Main.run(bundles, plugins, home, args, err));
        return new Run(run.code(), run.out(), run.err());
    }

    private static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
