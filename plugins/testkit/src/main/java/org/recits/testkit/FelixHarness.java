package org.recits.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

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
 * <p>Each {@link #run} starts a fresh framework and stops it, like each {@code recits} command. Runs
 * are serialised: the command line prints on {@code System.out} and {@code System.err}, which are
 * captured for the time of a run.
 */
public final class FelixHarness {

    private static final long SERVICE_WAIT_MS = TimeUnit.SECONDS.toMillis(20);

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
     * Exit codes are the product's: 0 done, 2 usage, 3 rejected under {@code --strict}, 4 a plugin failed.
     */
    public Run run(String... args) {
        synchronized (FelixHarness.class) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream previousOut = System.out;
            PrintStream previousErr = System.err;
            PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(errStream);
            int code;
            try {
                code = runInFramework(args, errStream);
            } finally {
                System.setOut(previousOut);
                System.setErr(previousErr);
            }
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private int runInFramework(String[] args, PrintStream err) {
        Path storage = null;
        Framework framework = null;
        try {
            storage = Files.createTempDirectory("recits-harness-");
            Map<String, String> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
            config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
            if (home != null) {
                config.put("recits.home", home.toAbsolutePath().toString());
            }
            config.put("felix.log.level", "1");
            framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(config);
            framework.init();
            BundleContext context = framework.getBundleContext();
            List<Bundle> shipped = new ArrayList<>();
            for (Path jar : jars(bundles)) {
                shipped.add(context.installBundle(jar.toUri().toString()));
            }
            List<Bundle> added = new ArrayList<>();
            for (Path jar : plugins) {
                try {
                    added.add(context.installBundle(jar.toUri().toString()));
                } catch (BundleException e) {
                    err.println("Greffon ignoré : " + jar.getFileName() + " : " + e.getMessage());
                }
            }
            framework.start();
            for (Bundle b : shipped) {
                if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                    b.start();
                }
            }
            for (Bundle b : added) {
                try {
                    b.start();
                } catch (BundleException e) {
                    err.println("Greffon ignoré : " + b.getLocation() + " : " + e.getMessage());
                }
            }
            return call(context, args, err);
        } catch (Exception e) {
            throw new IllegalStateException("the framework did not run the command: " + e, e);
        } finally {
            stop(framework);
            delete(storage);
        }
    }

    private static int call(BundleContext context, String[] args, PrintStream err) throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=" + Function.class.getName() + ")(recits.command=main))"), null);
        tracker.open();
        try {
            Object service = tracker.waitForService(SERVICE_WAIT_MS);
            if (service == null) {
                throw new IllegalStateException("the engine's command line service did not appear; is the engine"
                        + " bundle among " + context.getBundles().length + " bundles, with SCR?");
            }
            @SuppressWarnings("unchecked")
            Function<String[], Integer> cli = (Function<String[], Integer>) service;
            Integer code = cli.apply(args);
            return code == null ? 1 : code;
        } finally {
            tracker.close();
        }
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

    private static void stop(Framework framework) {
        if (framework == null) {
            return;
        }
        try {
            framework.stop();
            framework.waitForStop(TimeUnit.SECONDS.toMillis(10));
        } catch (BundleException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder does not change the run's outcome
        }
    }
}
