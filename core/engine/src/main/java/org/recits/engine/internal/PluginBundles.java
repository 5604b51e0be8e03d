package org.recits.engine.internal;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.recits.api.indicator.Indicator;
import org.recits.api.ingest.Ingestor;
import org.recits.api.report.ReportRenderer;

/**
 * Which plugin bundles take no part in the run, and why, in terms a user can act on: a jar that is no
 * bundle, a plugin built for an API version this installation does not have (which version it asks for,
 * which one is installed), a component that failed to start, a jar that registers nothing.
 *
 * <p>Jars that could not even be installed leave no bundle behind: the launcher hands them over as a
 * {@code java.util.List} service ({@code recits.plugins=launcher}) of JDK maps, the only types it
 * shares with the framework; the same list says which bundles are the user's plugins.
 */
final class PluginBundles {

    private static final Pattern PACKAGE = Pattern.compile("\\(osgi\\.wiring\\.package=([^)]+)\\)");
    private static final Pattern AT_LEAST = Pattern.compile("\\(version>=([^)]+)\\)");
    private static final Pattern BELOW = Pattern.compile("\\(!\\(version>=([^)]+)\\)\\)");
    private static final Set<String> EXTENSION_POINTS = Set.of(Ingestor.class.getName(), Indicator.class.getName(),
            ReportRenderer.class.getName());

    private final BundleContext context;
    private final ServiceComponentRuntime components;

    /** @param components the component runtime, or null when there is none */
    PluginBundles(BundleContext context, ServiceComponentRuntime components) {
        this.context = context;
        this.components = components;
    }

    List<PluginProblem> problems() {
        List<PluginProblem> out = new ArrayList<>();
        Map<String, String> userJars = new HashMap<>();
        for (Map<String, String> jar : launcherJars()) {
            userJars.put(jar.get("location"), jar.get("file"));
            if (jar.containsKey("error")) {
                out.add(notInstalled(jar));
            }
        }
        Map<Long, List<List<Object>>> failedComponents = failedComponents();
        for (Bundle b : context.getBundles()) {
            if (b.getBundleId() == 0 || b.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            String name = name(b, userJars.get(b.getLocation()));
            if (b.getState() == Bundle.INSTALLED) {
                out.add(unresolved(b, name));
            } else if (b.getState() == Bundle.RESOLVED) {
                out.add(new PluginProblem(name, PluginProblem.LOAD, "load.notStarted", List.of()));
            } else if (failedComponents.containsKey(b.getBundleId())) {
                for (List<Object> failure : failedComponents.get(b.getBundleId())) {
                    out.add(new PluginProblem(name, PluginProblem.LOAD, "load.activation", failure));
                }
            } else if (userJars.containsKey(b.getLocation()) && b.getSymbolicName() == null) {
                // a plain jar, no OSGi header at all: the framework takes it as an old-style bundle of nothing
                out.add(new PluginProblem(name, PluginProblem.LOAD, "load.noName", List.of()));
            } else if (userJars.containsKey(b.getLocation()) && registersNothing(b)) {
                out.add(new PluginProblem(name, PluginProblem.LOAD, "load.nothing", List.of()));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, String>> launcherJars() {
        try {
            Collection<ServiceReference<List>> refs = context.getServiceReferences(List.class, "(recits.plugins=launcher)");
            List<Map<String, String>> out = new ArrayList<>();
            for (ServiceReference<List> ref : refs) {
                List<Map<String, String>> jars = context.getService(ref);
                if (jars != null) {
                    out.addAll(jars);
                }
                context.ungetService(ref);
            }
            return out;
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PluginProblem notInstalled(Map<String, String> jar) {
        return switch (jar.get("error")) {
            case "MANIFEST_ERROR" -> new PluginProblem(jar.get("file"), PluginProblem.LOAD, "load.manifest",
                    List.of(jar.get("detail")));
            case "NO_SYMBOLIC_NAME" -> new PluginProblem(jar.get("file"), PluginProblem.LOAD, "load.noName",
                    List.of());
            case "DUPLICATE_BUNDLE_ERROR" -> new PluginProblem(jar.get("file"), PluginProblem.LOAD, "load.sameBundle",
                    List.of(jar.get("detail")));
            default -> new PluginProblem(jar.get("file"), PluginProblem.LOAD, "load.unreadable", List.of());
        };
    }

    /** {@code file.jar (symbolic.name version)}: what a user finds in {@code plugins/} and its author in the jar. */
    private static String name(Bundle b, String file) {
        String where = file;
        if (where == null && b.getLocation() != null) {
            where = Paths.get(b.getLocation().replaceFirst("^file:", "")).getFileName().toString();
        }
        String id = b.getSymbolicName() == null ? null : b.getSymbolicName() + " " + b.getVersion();
        if (where == null) {
            return id == null ? "?" : id;
        }
        return id == null ? where : where + " (" + id + ")";
    }

    /**
     * A bundle the framework could not resolve: each package it imports that nothing provides in the
     * range it asks for, with the versions that are installed.
     */
    private PluginProblem unresolved(Bundle b, String name) {
        BundleRevision revision = b.adapt(BundleRevision.class);
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        Set<String> asked = new TreeSet<>();
        Set<String> installed = new TreeSet<>();
        boolean api = true;
        if (revision != null && wiring != null) {
            SortedMap<String, SortedSet<String>> exports = ExportedPackages.all(context);
            for (BundleRequirement r : revision.getDeclaredRequirements(PackageNamespace.PACKAGE_NAMESPACE)) {
                boolean optional = PackageNamespace.RESOLUTION_OPTIONAL.equals(
                        r.getDirectives().get(PackageNamespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
                if (optional || !wiring.findProviders(r).isEmpty()) {
                    continue;
                }
                String filter = r.getDirectives().getOrDefault(PackageNamespace.REQUIREMENT_FILTER_DIRECTIVE, "");
                String pkg = first(PACKAGE, filter);
                if (pkg != null) {
                    asked.add((pkg + " " + range(filter)).strip());
                    exports.getOrDefault(pkg, Collections.emptySortedSet()).forEach(v -> installed.add(pkg + " " + v));
                    api &= pkg.startsWith("org.recits.api");
                }
            }
        }
        if (asked.isEmpty()) {
            return new PluginProblem(name, PluginProblem.LOAD, "load.unresolved", List.of());
        }
        String key = installed.isEmpty() ? "load.missing" : api ? "load.apiVersion" : "load.version";
        return new PluginProblem(name, PluginProblem.LOAD, key,
                List.of(String.join(", ", asked), String.join(", ", installed)));
    }

    /** {@code [2.0.0,3.0.0)} from the filter {@code (&(…)(version>=2.0.0)(!(version>=3.0.0)))}. */
    static String range(String filter) {
        String low = first(AT_LEAST, filter);
        String high = first(BELOW, filter);
        if (low == null) {
            return "";
        }
        return high == null ? low : "[" + low + "," + high + ")";
    }

    private static String first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** Components whose activation failed, by bundle id: their name and root cause. */
    private Map<Long, List<List<Object>>> failedComponents() {
        Map<Long, List<List<Object>>> out = new HashMap<>();
        if (components == null) {
            return out;
        }
        for (ComponentDescriptionDTO d : components.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : components.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    FailureLog.append("component " + d.name + " of " + d.bundle.symbolicName, String.valueOf(c.failure));
                    out.computeIfAbsent(d.bundle.id, k -> new ArrayList<>()).add(List.of(d.name, cause(c.failure)));
                }
            }
        }
        return out;
    }

    /**
     * The root cause of a component's failure, as {@code SimpleName: message}: the runtime gives a whole
     * stack trace, of which only the last "Caused by" says what the plugin's author must fix.
     */
    static String cause(String failure) {
        if (failure == null || failure.isBlank()) {
            return "?";
        }
        String line = failure.lines().findFirst().orElse("");
        for (String l : (Iterable<String>) failure.lines()::iterator) {
            if (l.startsWith("Caused by: ")) {
                line = l.substring("Caused by: ".length());
            }
        }
        int colon = line.indexOf(':');
        String type = colon < 0 ? line : line.substring(0, colon);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        return colon < 0 ? simple : simple + line.substring(colon);
    }

    /**
     * A started plugin that provides no ingestor, indicator or renderer and that no other plugin uses
     * as a library: it cannot change the report, which is rarely what whoever dropped it wanted.
     */
    private static boolean registersNothing(Bundle b) {
        ServiceReference<?>[] services = b.getRegisteredServices();
        if (services != null) {
            for (ServiceReference<?> s : services) {
                for (String type : (String[]) s.getProperty(Constants.OBJECTCLASS)) {
                    if (EXTENSION_POINTS.contains(type)) {
                        return false;
                    }
                }
            }
        }
        BundleWiring wiring = b.adapt(BundleWiring.class);
        return wiring == null || wiring.getProvidedWires(PackageNamespace.PACKAGE_NAMESPACE).isEmpty();
    }
}
