package org.recits.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Starts an embedded Felix framework with the shipped bundles and the user's plugins, hands the
 * arguments to the command line that lives inside it, and exits with its code. Nothing else lives here.
 *
 * <p>Layout of the product folder: {@code lib/} (this jar and the framework), {@code bundles/} (shipped
 * bundles), {@code plugins/} (the user's drop-in jars), {@code demo/} (sample data).
 */
public final class Main {

    /** How long the command line service may take to appear once the bundles are started. */
    private static final long SERVICE_WAIT_MS = TimeUnit.SECONDS.toMillis(20);

    /**
     * Libraries inside the framework (POI through log4j-to-jul) log to java.util.logging, whose default
     * console handler would print their warnings among our messages. The user reads our findings and
     * errors, not library chatter: only severe library records get through. Held in fields because
     * java.util.logging keeps loggers weakly; in a class of their own, made only when a framework starts,
     * because starting java.util.logging takes a tenth of a second that a kept answer does not need.
     */
    private static final class LibraryLogs {
        private static final Logger LIBRARIES = Logger.getLogger("org.apache");
        /** The same for the servlet container of {@code serve} (its SLF4J log goes to java.util.logging). */
        private static final Logger JETTY = Logger.getLogger("org.eclipse.jetty");
        /**
         * POI logs a workbook it cannot parse as SEVERE, with the parser's stack trace (52 lines for a DOCTYPE in
         * [Content_Types].xml), while the reader already says so in one finding: none of its records is shown.
         */
        private static final Logger POI = Logger.getLogger("org.apache.poi");

        static void quiet() {
            LIBRARIES.setLevel(Level.SEVERE);
            JETTY.setLevel(Level.SEVERE);
            POI.setLevel(Level.OFF);
        }
    }

    private Main() {
    }

    public static void main(String[] args) {
        String home = System.getProperty("recits.home");
        Path dir = home != null ? Paths.get(home) : productFolder();
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        OutOfMemory outOfMemory = new OutOfMemory(LauncherTexts.of(args), err);
        Thread.setDefaultUncaughtExceptionHandler(outOfMemory.uncaught(Thread.getDefaultUncaughtExceptionHandler()));
        int code;
        try {
            code = run(dir, args, err, outOfMemory);
        } catch (OutOfMemoryError e) {
            code = outOfMemory.report(); // thrown where run could not catch it (while reporting another failure)
        }
        System.exit(code);
    }

    /**
     * Without the start script ({@code java -jar lib/recits-launcher.jar} from any folder): the product folder
     * is the one above this jar's {@code lib/}, not the current folder.
     */
    static Path productFolder() {
        java.security.CodeSource source = Main.class.getProtectionDomain().getCodeSource();
        try {
            Path jar = source == null ? null : Paths.get(source.getLocation().toURI());
            Path product = jar == null || jar.getParent() == null ? null : jar.getParent().getParent();
            if (product != null && Files.isRegularFile(jar) && Files.isDirectory(product.resolve("bundles"))) {
                return product;
            }
        } catch (java.net.URISyntaxException e) {
            // A location that is no file path: the current folder, as before.
        }
        return Paths.get("").toAbsolutePath();
    }

    /**
     * Runs one command in a fresh framework, with the bundles of {@code home/bundles} and the user's plugins
     * of {@code home/plugins}.
     *
     * @param home the product folder
     * @return the command's exit code; 1 when the framework itself could not run it
     */
    public static int run(Path home, String[] args, PrintStream err) {
        return run(home, args, err, new OutOfMemory(LauncherTexts.of(args), err));
    }

    private static int run(Path home, String[] args, PrintStream err, OutOfMemory outOfMemory) {
        List<Path> plugins;
        try {
            plugins = jars(home.resolve("plugins"));
        } catch (IOException e) {
            err.println(LauncherTexts.of(args).get("error.notStarted", e));
            return 1;
        }
        return run(home.resolve("bundles"), plugins, home, args, err, outOfMemory);
    }

    /**
     * Runs one command in a fresh framework: what {@code recits} does, and what the test kit's
     * {@code FelixHarness} does with a plugin under test.
     *
     * @param bundles the shipped bundles' folder: each must install and start, or nothing runs
     * @param plugins plugin jars, installed after them; one that fails is named on {@code err} and skipped
     * @param home    the product folder (its {@code demo/} data), or null
     * @return the command's exit code; 1 when the framework itself could not run it or the heap ran out (one line
     *         says how to give it more)
     */
    public static int run(Path bundles, List<Path> plugins, Path home, String[] args, PrintStream err) {
        return run(bundles, plugins, home, args, err, new OutOfMemory(LauncherTexts.of(args), err));
    }

    private static int run(Path bundles, List<Path> plugins, Path home, String[] args, PrintStream err,
            OutOfMemory outOfMemory) {
        LauncherTexts texts = LauncherTexts.of(args);
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // charts are drawn without a display
        }
        FrameworkStorage storage = null;
        Framework framework = null;
        Map<String, String> web = home == null ? null : WebBundles.config(args);
        Thread stopOnExit = null;
        CountDownLatch cleaned = new CountDownLatch(1);
        KeptAnswers kept = null;
        try {
            if (!Files.isDirectory(bundles)) {
                throw new IOException(texts.get("error.missingFolder", bundles));
            }
            List<Path> shippedJars = jars(bundles);
            List<Path> webJars = web == null ? List.of() : jars(home.resolve(WebBundles.FOLDER));
            List<Path> all = new ArrayList<>(shippedJars);
            all.addAll(webJars);
            all.addAll(plugins);
            Path key = null;
            try {
                key = BundleCache.keyFolder(BundleCache.root(), all);
            } catch (IOException | RuntimeException e) {
                // a jar that cannot be read fails below, where it is installed
            }
            kept = key == null ? null : KeptAnswers.of(key, args);
            if (kept != null && kept.replay(System.out)) {
                return 0;
            }
            outOfMemory.prepare();
            if (System.getProperty("java.util.logging.config.file") == null) {
                LibraryLogs.quiet();
            }
            storage = FrameworkStorage.open(key, Path.of(System.getProperty("java.io.tmpdir")));
            Map<String, Object> config = new HashMap<>();
            config.put(Constants.FRAMEWORK_STORAGE, storage.folder().resolve("felix").toString());
            if (home != null) {
                config.put("recits.home", home.toAbsolutePath().toString());
            }
            config.put("felix.log.level", "1"); // errors only: the user sees our messages, not the framework's
            // Declarative Services would print a component's failure as a stack trace; the engine reads
            // the same failure from the component runtime and says it in one translated line instead.
            config.put("ds.loglevel", "0");
            if (web != null) {
                config.putAll(web);
            }
            Jars jars = new Jars(shippedJars, webJars, plugins);
            try {
                framework = boot(config, jars, storage.warm());
            } catch (Exception e) {
                if (!storage.warm()) {
                    throw e;
                }
                // A cache damaged on disk (or by hand): start again from the jars, once.
                storage.rebuild();
                framework = boot(config, jars, false);
            }
            if (web != null) {
                // serve runs until Ctrl-C: the framework is then stopped, so that the server closes and the
                // page's jobs are removed, and the launcher's storage with them, before the JVM ends.
                stopOnExit = stopOnExit(framework, cleaned);
            }
            if (kept == null) {
                return call(framework.getBundleContext(), args, texts, err);
            }
            try (KeptAnswers.Capture capture = kept.capture()) {
                int code = call(framework.getBundleContext(), args, texts, err);
                capture.keepIf(code);
                return code;
            }
        } catch (OutOfMemoryError e) {
            // The run's data is unreachable once thrown this far: there is room again to say so.
            return outOfMemory.report();
        } catch (Exception e) {
            if (OutOfMemory.causedBy(e)) {
                return outOfMemory.report();
            }
            err.println(texts.get("error.notStarted", e));
            return 1;
        } finally {
            boolean stopped = stop(framework);
            if (storage != null) {
                if (stopped) {
                    storage.keep();
                }
                storage.close();
            }
            cleaned.countDown();
            if (stopOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(stopOnExit);
                } catch (IllegalStateException e) {
                    // the JVM is already stopping: the hook is running
                }
            }
        }
    }

    /** The jars one run installs: the shipped bundles, {@code serve}'s web bundles, the user's plugins. */
    private record Jars(List<Path> shipped, List<Path> web, List<Path> plugins) {
    }

    /**
     * Installs and starts every bundle in a new framework. With a warm storage the framework already holds
     * them, installed by location: installing returns those. Bundles are started transiently, so that the
     * storage never records them as started and a next run starts them itself, in this order.
     */
    private static Framework boot(Map<String, Object> config, Jars jars, boolean warm) throws Exception {
        CacheCheck log = new CacheCheck(warm);
        Map<String, Object> withLog = new HashMap<>(config);
        withLog.put("felix.log.logger", log); // Felix takes this one entry as an object
        @SuppressWarnings({"unchecked", "rawtypes"})
        Map<String, String> felixConfig = (Map) withLog;
        Framework framework = ServiceLoader.load(FrameworkFactory.class).iterator().next().newFramework(felixConfig);
        try {
            framework.init();
            if (log.damaged()) {
                throw new IOException("damaged bundle cache " + config.get(Constants.FRAMEWORK_STORAGE));
            }
            BundleContext context = framework.getBundleContext();
            List<Bundle> shipped = install(context, jars.shipped(), null);
            List<Bundle> served = jars.web().isEmpty() ? List.of() : WebBundles.startOrder(install(context, jars.web(), null));
            PluginJars dropped = new PluginJars();
            List<Bundle> added = install(context, jars.plugins(), dropped);
            context.registerService(List.class, dropped.entries(), new Hashtable<>(Map.of(PluginJars.PROPERTY, "launcher")));
            framework.start();
            start(shipped, false);
            start(served, false);
            start(added, true);
            return framework;
        } catch (Exception e) {
            stop(framework);
            throw e;
        }
    }

    /** A shutdown hook that stops the framework and waits, a bounded time, for the launcher to clean up. */
    private static Thread stopOnExit(Framework framework, CountDownLatch cleaned) {
        Thread hook = new Thread(() -> {
            stop(framework);
            try {
                cleaned.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "recits-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static List<Path> jars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /**
     * @param dropped where the user's plugins are recorded, installed or not; null for the shipped bundles,
     *                which must all install
     */
    private static List<Bundle> install(BundleContext context, List<Path> jars, PluginJars dropped) throws IOException {
        List<Bundle> installed = new ArrayList<>();
        for (Path jar : jars) {
            String location = jar.toUri().toString();
            try {
                installed.add(context.installBundle(location));
                if (dropped != null) {
                    dropped.installed(jar, location);
                }
            } catch (BundleException e) {
                if (dropped == null) {
                    throw new IOException(jar.getFileName() + " : " + e.getMessage(), e);
                }
                // A broken plugin is skipped, the report goes on without it; the engine says why.
                dropped.refused(jar, location, e, context.getBundles());
            }
        }
        return installed;
    }

    private static void start(List<Bundle> bundles, boolean userPlugins) throws BundleException {
        for (Bundle b : bundles) {
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                b.start(Bundle.START_TRANSIENT);
            } catch (BundleException e) {
                if (!userPlugins) {
                    throw e;
                }
                // Left installed or resolved: the engine reads from its state why it did not start.
            }
        }
    }

    private static int call(BundleContext context, String[] args, LauncherTexts texts, PrintStream err) throws Exception {
        Filter filter = context.createFilter(
                "(&(" + Constants.OBJECTCLASS + "=" + Function.class.getName() + ")(recits.command=main))");
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context, filter, null);
        tracker.open();
        try {
            Object service = tracker.waitForService(SERVICE_WAIT_MS);
            if (service == null) {
                err.println(texts.get("error.noCommandLine"));
                return 1;
            }
            @SuppressWarnings("unchecked")
            Function<String[], Integer> cli = (Function<String[], Integer>) service;
            Integer code = cli.apply(args);
            return code == null ? 1 : code;
        } finally {
            tracker.close();
        }
    }

    /** @return true when the framework stopped within the wait: its storage is then whole */
    private static boolean stop(Framework framework) {
        if (framework == null) {
            return false;
        }
        try {
            framework.stop();
            return framework.waitForStop(TimeUnit.SECONDS.toMillis(10)).getType() == FrameworkEvent.STOPPED;
        } catch (BundleException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }
}
