package org.recits.web.internal;

import org.osgi.framework.BundleContext;

/**
 * The page's limits, from framework or system properties ({@code RECITS_JAVA_OPTS="-Drecits.serve.maxFiles=900"}),
 * else the defaults: enough for a consolidated programme's quarter, not for a disk to fill.
 *
 * @param maxFiles         files in one upload, a zip's entries counted one by one
 * @param maxUploadBytes   size of one upload as sent
 * @param maxUnzippedBytes size of a zip's contents once unpacked, all entries together
 * @param jobMinutes       how long a job's folder stays after its last use
 */
record Limits(int maxFiles, long maxUploadBytes, long maxUnzippedBytes, long jobMinutes) {

    static final long MB = 1024L * 1024L;

    /** A zip entry that unpacks to more than this many times its packed size is taken for a bomb. */
    static final long MAX_RATIO = 200;

    static Limits of(BundleContext context) {
        return new Limits((int) number(context, "recits.serve.maxFiles", 500),
                number(context, "recits.serve.maxMegabytes", 300) * MB,
                number(context, "recits.serve.maxUnzippedMegabytes", 2048) * MB,
                number(context, "recits.serve.jobMinutes", 120));
    }

    private static long number(BundleContext context, String name, long fallback) {
        String v = context.getProperty(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            long n = Long.parseLong(v.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
