package org.recits.launcher;

import org.apache.felix.framework.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;

/**
 * The framework's log while it reloads a kept cache: Felix does not fail on a damaged bundle there, it
 * prints the error with its stack trace and drops the bundle. That error is no business of the user's:
 * it is counted instead, and the launcher starts again from the jars. Afterwards it logs as Felix would.
 */
final class CacheCheck extends Logger {

    private volatile boolean reloading;
    private volatile boolean damaged;

    CacheCheck(boolean reloading) {
        this.reloading = reloading;
    }

    /** @return true when reloading the cache logged an error; from now on errors print as usual */
    boolean damaged() {
        reloading = false;
        return damaged;
    }

    @Override
    protected void doLog(Bundle bundle, ServiceReference sr, int level, String msg, Throwable throwable) {
        if (reloading && level <= LOG_ERROR) {
            damaged = true;
            return;
        }
        super.doLog(bundle, sr, level, msg, throwable);
    }

    /** The framework's cache logs through this one, without a bundle. */
    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
        if (reloading && level <= LOG_ERROR) {
            damaged = true;
            return;
        }
        super.doLog(level, msg, throwable);
    }
}
