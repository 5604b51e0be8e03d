package org.recits.engine.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.function.Supplier;
import org.recits.api.report.Progress;
import org.recits.api.store.ProgrammeStore;
import org.recits.engine.internal.PluginProblem;
import org.recits.engine.internal.Plugins;

/**
 * What the commands need from their host: the plugins of this run, where the product is installed,
 * and the streams to talk to the user.
 *
 * @param plugins       a fresh snapshot of the plugin services
 * @param loading       plugin jars that take no part in the run, and why (not a bundle, built for another
 *                      API, a component that failed to start, nothing registered)
 * @param home          the product folder (holds {@code demo/}), or null when unknown
 * @param version       the product's version
 * @param out           standard output
 * @param err           standard error
 * @param terminal      whether a person is watching (progress is shown only then)
 * @param apiPackages   Récits' packages a plugin can import, by name, with their installed versions
 * @param web           the HTTP server {@code serve} waits for
 * @param store         the programme store's plugin, or null when none is installed
 * @param watcher       told a run's progress instead of the terminal (the page of {@code recits serve}), or
 *                      {@link Progress#NONE}
 */
public record CliContext(Supplier<Plugins> plugins, Supplier<List<PluginProblem>> loading, Path home, String version,
        PrintWriter out, PrintWriter err, boolean terminal, Supplier<SortedMap<String, String>> apiPackages,
        WebRuntime web, Supplier<ProgrammeStore> store, Progress watcher) {

    /** A context whose progress goes to the terminal, if any. */
    public CliContext(Supplier<Plugins> plugins, Supplier<List<PluginProblem>> loading, Path home, String version,
            PrintWriter out, PrintWriter err, boolean terminal, Supplier<SortedMap<String, String>> apiPackages,
            WebRuntime web, Supplier<ProgrammeStore> store) {
        this(plugins, loading, home, version, out, err, terminal, apiPackages, web, store, Progress.NONE);
    }

    /** A context without a programme store. */
    public CliContext(Supplier<Plugins> plugins, Supplier<List<PluginProblem>> loading, Path home, String version,
            PrintWriter out, PrintWriter err, boolean terminal, Supplier<SortedMap<String, String>> apiPackages,
            WebRuntime web) {
        this(plugins, loading, home, version, out, err, terminal, apiPackages, web, () -> null);
    }

    /** A context without an HTTP server nor a programme store. */
    public CliContext(Supplier<Plugins> plugins, Supplier<List<PluginProblem>> loading, Path home, String version,
            PrintWriter out, PrintWriter err, boolean terminal, Supplier<SortedMap<String, String>> apiPackages) {
        this(plugins, loading, home, version, out, err, terminal, apiPackages, WebRuntime.NONE, () -> null);
    }

    /** A context outside a framework (tests of the commands): no installed package to list. */
    public CliContext(Supplier<Plugins> plugins, Supplier<List<PluginProblem>> loading, Path home, String version,
            PrintWriter out, PrintWriter err, boolean terminal) {
        this(plugins, loading, home, version, out, err, terminal, Collections::emptySortedMap);
    }
}
