package org.recits.launcher.cachefixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Packed into a test bundle ({@link org.recits.launcher.BundleCacheTest}): registers the command line the
 * launcher calls. {@code list FILE} writes the installed bundles, {@code wait FILE} waits until FILE exists
 * (two runs alive at once), {@code halt} ends the process as a kill would, in the middle of the command;
 * {@code --version} prints a line that differs at every start (with {@code --lang=fr} it also writes on standard
 * error, with {@code --lang fr} it ends with 3).
 */
public final class CommandActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Function<String[], Integer> cli = args -> {
            try {
                switch (args[0]) {
                    case "list" -> {
                        List<String> lines = new ArrayList<>();
                        for (Bundle b : context.getBundles()) {
                            if (b.getBundleId() != 0) {
                                lines.add(b.getSymbolicName() + " " + b.getVersion() + " " + b.getState());
                            }
                        }
                        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
                    }
                    case "wait" -> {
                        Files.writeString(Path.of(args[1] + ".started"), "");
                        long end = System.currentTimeMillis() + 60_000;
                        while (!Files.exists(Path.of(args[1])) && System.currentTimeMillis() < end) {
                            Thread.sleep(20);
                        }
                    }
                    case "halt" -> Runtime.getRuntime().halt(137);
                    case "fill" -> fill();
                    case "fill-wrapped" -> {
                        // as a pool's task: the caller gets the error as the cause of another
                        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newSingleThreadExecutor();
                        try {
                            pool.submit(CommandActivator::fill).get();
                        } finally {
                            pool.shutdownNow();
                        }
                    }
                    case "fill-thread" -> {
                        // on a thread no one waits for, while the command goes on
                        Thread t = new Thread(CommandActivator::fill, "filler");
                        t.setDaemon(true);
                        t.start();
                        Thread.sleep(60_000);
                    }
                    case "--version" -> {
                        // different at every start of the framework: a kept answer is told by its sameness
                        System.out.println("version " + System.nanoTime() + " " + String.join(" ", args));
                        if (List.of(args).contains("--lang=fr")) {
                            System.err.println("a warning");
                        }
                        if (List.of(args).contains("fr")) {
                            return 3;
                        }
                    }
                    default -> {
                        return 2;
                    }
                }
                return 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        Hashtable<String, Object> props = new Hashtable<>();
        props.put("recits.command", "main");
        context.registerService(Function.class.getName(), cli, props);
    }

    /** Holds ever more memory until the heap runs out. */
    private static Void fill() {
        List<long[]> held = new ArrayList<>();
        while (true) {
            held.add(new long[1 << 16]);
        }
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}
