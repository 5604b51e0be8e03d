package org.recits.api.report;

import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Work that the renderers of one run share, such as the drawn charts: done by the first renderer that
 * asks for it and given as is to the others. The engine makes one for each run and drops it after, so
 * that services keep nothing of a run between calls and still do the work once.
 */
@ProviderType
public interface SharedWork {

    /** Shares nothing: each call does the work. For tests and for a renderer used alone. */
    SharedWork NONE = new SharedWork() {
        @Override
        public <T> T once(Key<T> key, Supplier<? extends T> work) {
            return work.get();
        }
    };

    /**
     * The result of the work for this key in this run: done now by the first caller (others asking
     * for the same key meanwhile wait for it), then the same object for every later caller.
     *
     * @param <T>  the result's type
     * @param key  names the work; two renderers share it by using equal keys
     * @param work does the work; must not ask for the same key
     * @return the work's result, never null
     * @throws NullPointerException when the work gives null
     */
    <T> T once(Key<T> key, Supplier<? extends T> work);

    /**
     * Names a piece of shared work and its result's type.
     *
     * @param <T>  the result's type
     * @param name unique to the work, best qualified by the package that defines it
     *             ({@code org.recits.charts.drawn})
     */
    record Key<T>(String name) {

        /**
         * Checks the name.
         *
         * @param name unique to the work, qualified by the package that defines it
         */
        public Key {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("a shared work's key needs a name");
            }
        }
    }
}
