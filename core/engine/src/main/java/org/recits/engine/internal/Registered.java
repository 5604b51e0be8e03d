package org.recits.engine.internal;

import java.util.Comparator;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * A plugin service with the bundle that provides it, for provenance and for naming a plugin that fails.
 *
 * @param service   the service object
 * @param bundle    the providing bundle's symbolic name
 * @param version   the providing bundle's version
 * @param bundleId  the providing bundle's id: bundles installed later have larger ones
 * @param serviceId the service's id: services registered later have larger ones
 */
public record Registered<T>(T service, String bundle, String version, long bundleId, long serviceId) {

    /** Which of two services came first: the earlier bundle, then the earlier service. */
    public static final Comparator<Registered<?>> ARRIVAL = Comparator.comparingLong((Registered<?> r) -> r.bundleId)
            .thenComparingLong(r -> r.serviceId);

    private static final AtomicLong LOCAL = new AtomicLong();

    public static <T> Registered<T> of(T service, ServiceReference<?> ref) {
        Bundle b = ref.getBundle();
        Object id = ref.getProperty(Constants.SERVICE_ID);
        long serviceId = id instanceof Long l ? l : 0;
        return b == null ? new Registered<>(service, "?", "?", Long.MAX_VALUE, serviceId)
                : new Registered<>(service, b.getSymbolicName(), b.getVersion().toString(), b.getBundleId(), serviceId);
    }

    /** For services built in tests, outside a framework: they arrive in the order they are made. */
    public static <T> Registered<T> local(T service) {
        return new Registered<>(service, "local", "0", 0, LOCAL.incrementAndGet());
    }

    /** {@code symbolic-name version}, as shown in provenance. */
    public String provider() {
        return bundle + " " + version;
    }
}
