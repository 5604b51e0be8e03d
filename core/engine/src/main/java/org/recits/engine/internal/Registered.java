package org.recits.engine.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * A plugin service with the bundle that provides it, for provenance and for naming a plugin that fails.
 *
 * @param service the service object
 * @param bundle  the providing bundle's symbolic name
 * @param version the providing bundle's version
 */
public record Registered<T>(T service, String bundle, String version) {

    public static <T> Registered<T> of(T service, ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        return b == null ? new Registered<>(service, "?", "?")
                : new Registered<>(service, b.getSymbolicName(), b.getVersion().toString());
    }

    /** For services built in tests, outside a framework. */
    public static <T> Registered<T> local(T service) {
        return new Registered<>(service, "local", "0");
    }

    /** {@code symbolic-name version}, as shown in provenance. */
    public String provider() {
        return bundle + " " + version;
    }
}
