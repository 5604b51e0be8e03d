package org.recits.engine.internal;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;

/**
 * The packages the installed bundles export, with their versions, as the framework read them from each
 * bundle's {@code Export-Package} header: what this installation offers a plugin to import.
 */
public final class ExportedPackages {

    /** Récits' own packages; the others (POI, Commons…) are libraries, not Récits' API. */
    private static final String RECITS = "org.recits.";

    private ExportedPackages() {
    }

    /** Every exported package, by name, with the versions installed bundles export it in. */
    static SortedMap<String, SortedSet<String>> all(BundleContext context) {
        SortedMap<String, SortedSet<String>> out = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            BundleRevision r = b.adapt(BundleRevision.class);
            if (r == null) {
                continue;
            }
            for (BundleCapability c : r.getDeclaredCapabilities(PackageNamespace.PACKAGE_NAMESPACE)) {
                Map<String, Object> a = c.getAttributes();
                out.computeIfAbsent(String.valueOf(a.get(PackageNamespace.PACKAGE_NAMESPACE)), k -> new TreeSet<>())
                        .add(String.valueOf(a.get(PackageNamespace.CAPABILITY_VERSION_ATTRIBUTE)));
            }
        }
        return out;
    }

    /**
     * Récits' own exported packages (the API, lib-tabular's, the charts', lib-poi's ooxml), by name, with their
     * installed versions joined by ", " (one, unless two bundles export the same package).
     */
    public static SortedMap<String, String> recits(BundleContext context) {
        SortedMap<String, String> out = new TreeMap<>();
        all(context).forEach((pkg, versions) -> {
            if (pkg.startsWith(RECITS)) {
                out.put(pkg, String.join(", ", versions));
            }
        });
        return out;
    }
}
