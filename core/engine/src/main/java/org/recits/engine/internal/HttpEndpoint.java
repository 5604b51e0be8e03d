package org.recits.engine.internal;

import java.util.Collection;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;
import org.recits.engine.internal.cli.WebRuntime;

/**
 * The servlet container's runtime service ({@code org.osgi.service.servlet.runtime.HttpServiceRuntime}), seen
 * through its service properties only: the engine imports no HTTP package, so that every other command runs
 * without the web bundles. Its {@code osgi.http.endpoint} property is the address it answers at.
 */
final class HttpEndpoint implements WebRuntime {

    static final String RUNTIME = "org.osgi.service.servlet.runtime.HttpServiceRuntime";
    static final String ENDPOINT = "osgi.http.endpoint";

    private final BundleContext context;

    HttpEndpoint(BundleContext context) {
        this.context = context;
    }

    @Override
    public String awaitAddress(long millis) throws InterruptedException {
        ServiceTracker<Object, Object> tracker = tracker(null);
        tracker.open(true);
        try {
            long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
            do {
                // The endpoint is set once the connector is bound: a runtime without it is still starting.
                ServiceReference<Object> ref = tracker.getServiceReference();
                String address = ref == null ? null : first(ref.getProperty(ENDPOINT));
                if (address != null) {
                    return address;
                }
                Thread.sleep(50);
            } while (System.nanoTime() < end);
            return null;
        } finally {
            close(tracker);
        }
    }

    @Override
    public void awaitStop() throws InterruptedException {
        CountDownLatch gone = new CountDownLatch(1);
        ServiceTracker<Object, Object> tracker = tracker(gone);
        tracker.open(true);
        try {
            if (tracker.getServiceReference() == null) {
                return;
            }
            gone.await();
        } finally {
            close(tracker);
        }
    }

    private ServiceTracker<Object, Object> tracker(CountDownLatch gone) {
        try {
            return new ServiceTracker<>(context, context.createFilter("(" + Constants.OBJECTCLASS + "=" + RUNTIME + ")"),
                    null) {
                @Override
                public void removedService(ServiceReference<Object> reference, Object service) {
                    super.removedService(reference, service);
                    if (gone != null && getServiceReference() == null) {
                        gone.countDown();
                    }
                }
            };
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** When the framework stops, the engine's context may be gone before the tracker is closed. */
    private static void close(ServiceTracker<Object, Object> tracker) {
        try {
            tracker.close();
        } catch (IllegalStateException e) {
            // the framework is stopping: nothing left to untrack
        }
    }

    /** The property is a string, an array or a collection of strings, as the runtime chooses. */
    static String first(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof String[] a && a.length > 0) {
            return a[0];
        }
        if (value instanceof Collection<?> c && !c.isEmpty()) {
            return String.valueOf(c.iterator().next());
        }
        return null;
    }
}
