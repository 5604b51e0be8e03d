package org.recits.engine.internal;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.recits.api.indicator.Indicator;
import org.recits.api.ingest.Ingestor;
import org.recits.api.ingest.MappingDrafter;
import org.recits.api.report.Progress;
import org.recits.api.report.ReportRenderer;
import org.recits.api.store.ProgrammeStore;
import org.recits.api.run.Catalogue;
import org.recits.api.run.CommandRun;
import org.recits.api.run.Engine;
import org.recits.api.run.FolderCheck;
import org.recits.engine.internal.cli.CliContext;
import org.recits.engine.internal.cli.FolderChecks;
import org.recits.engine.internal.cli.RecitsCli;

/**
 * The command line as a service for the launcher, and as the {@link Engine} service for a caller in the framework
 * (the page of {@code recits serve}): one engine, whichever way in.
 *
 * <p>The launcher lives outside the framework and shares no class with it but the JDK's, so the
 * service is published under the JDK type {@code Function<String[], Integer>} with the property
 * {@code recits.command=main}: arguments in, exit code out. Plugins are tracked dynamically, so a
 * plugin that comes or goes does not restart the command line.
 */
@Component(service = Function.class, property = "recits.command=main")
public final class CommandService implements Function<String[], Integer>, Engine {

    /** Framework property: the product folder, which holds {@code demo/} and {@code plugins/}. */
    public static final String HOME_PROPERTY = "recits.home";

    private final List<Registered<Ingestor>> ingestors = new CopyOnWriteArrayList<>();
    private final List<Registered<Indicator>> indicators = new CopyOnWriteArrayList<>();
    private final List<Registered<ReportRenderer>> renderers = new CopyOnWriteArrayList<>();
    private final List<Registered<MappingDrafter>> drafters = new CopyOnWriteArrayList<>();
    private final BundleContext context;

    /** Tells which plugin components failed to activate; always there under Felix SCR. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime components;

    /** The programme store, when its plugin is installed ({@code store} commands, {@code report --db}). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProgrammeStore store;

    /** The Engine service, registered apart from the launcher's Function (see {@link #activate}). */
    private ServiceRegistration<Engine> engine;

    @Activate
    public CommandService(BundleContext context) {
        this.context = context;
    }

    /**
     * Registers the {@link Engine} service under its own registration: a registration under both types would
     * be hidden from a launcher whose class path holds another copy of the API (the tests' in-process runs),
     * which then waits in vain for its Function.
     */
    @Activate
    void activate() {
        engine = context.registerService(Engine.class, this, null);
    }

    @Deactivate
    void deactivate() {
        if (engine != null) {
            engine.unregister();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIngestor(Ingestor service, ServiceReference<Ingestor> ref) {
        ingestors.add(Registered.of(service, ref));
    }

    void removeIngestor(Ingestor service) {
        ingestors.removeIf(r -> r.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(Indicator service, ServiceReference<Indicator> ref) {
        indicators.add(Registered.of(service, ref));
    }

    void removeIndicator(Indicator service) {
        indicators.removeIf(r -> r.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addRenderer(ReportRenderer service, ServiceReference<ReportRenderer> ref) {
        renderers.add(Registered.of(service, ref));
    }

    void removeRenderer(ReportRenderer service) {
        renderers.removeIf(r -> r.service() == service);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDrafter(MappingDrafter service, ServiceReference<MappingDrafter> ref) {
        drafters.add(Registered.of(service, ref));
    }

    void removeDrafter(MappingDrafter service) {
        drafters.removeIf(r -> r.service() == service);
    }

    @Override
    public Integer apply(String[] args) {
        return RecitsCli.run(context(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true), stderrIsTerminal()),
                args);
    }

    /** The command line for a caller in the framework: nobody watches, the output is kept. */
    @Override
    public CommandRun run(List<String> args) {
        return run(args, Progress.NONE);
    }

    @Override
    public CommandRun run(List<String> args, Progress progress) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RecitsCli.run(context(new PrintWriter(out, true), new PrintWriter(err, true), false,
                Objects.requireNonNull(progress, "progress")), args.toArray(String[]::new));
        return new CommandRun(code, out.toString(), err.toString());
    }

    @Override
    public FolderCheck check(Path folder, Locale locale) throws IOException {
        StringWriter none = new StringWriter();
        return FolderChecks.check(context(new PrintWriter(none), new PrintWriter(none), false), folder, locale);
    }

    @Override
    public Catalogue catalogue() {
        Plugins plugins = plugins();
        return new Catalogue(plugins.indicatorsByFamily().stream().map(r -> r.service().definition()).toList(),
                plugins.infos());
    }

    /** This moment's plugins, as a run sees them. */
    private Plugins plugins() {
        return Plugins.of(new ArrayList<>(ingestors), new ArrayList<>(indicators), new ArrayList<>(renderers),
                new ArrayList<>(drafters));
    }

    private CliContext context(PrintWriter out, PrintWriter err, boolean terminal) {
        return context(out, err, terminal, Progress.NONE);
    }

    private CliContext context(PrintWriter out, PrintWriter err, boolean terminal, Progress watcher) {
        String home = context.getProperty(HOME_PROPERTY);
        String version = context.getBundle().getHeaders().get("Recits-Version");
        return new CliContext(
                this::plugins,
                () -> new PluginBundles(context, components).problems(),
                home == null ? null : Paths.get(home),
                version == null ? context.getBundle().getVersion().toString() : version,
                out, err, terminal,
                () -> ExportedPackages.recits(context),
                new HttpEndpoint(context),
                () -> store, watcher);
    }

    /**
     * Whether standard error is a terminal, where progress may be drawn. The start script asks the shell
     * ({@code [ -t 2 ]}) and says so in {@code recits.stderr.terminal}; Java 17 cannot ask about standard error
     * itself, so without the script it falls back to the console (standard input and output are terminals).
     */
    static boolean stderrIsTerminal() {
        String said = System.getProperty("recits.stderr.terminal");
        return said != null ? Boolean.parseBoolean(said) : System.console() != null;
    }
}
