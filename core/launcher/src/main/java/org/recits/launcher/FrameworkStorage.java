package org.recits.launcher;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where one run's framework keeps its bundles: a slot of the {@link BundleCache} kept between runs, or,
 * when the cache folder cannot be written or every slot is taken, a {@link TemporaryStorage} of its own.
 */
sealed interface FrameworkStorage extends AutoCloseable permits BundleCache.Slot, TemporaryStorage {

    /** The framework's storage folder is {@code felix} inside it. */
    Path folder();

    /** True when the folder holds the framework a previous run stopped cleanly, with these very jars. */
    boolean warm();

    /** Empties the folder after a warm framework failed to start: the run starts again from the jars. */
    void rebuild() throws IOException;

    /** The framework stopped cleanly: the folder is kept for the next run (a temporary one never is). */
    void keep();

    @Override
    void close();

    /**
     * @param key the bundle cache's folder for this run's jars ({@link BundleCache#keyFolder}), or null when
     *            it could not be named
     * @param tmp where a temporary storage goes when the cache cannot serve
     */
    static FrameworkStorage open(Path key, Path tmp) throws IOException {
        try {
            BundleCache.Slot slot = key == null ? null : BundleCache.open(key);
            if (slot != null) {
                return slot;
            }
        } catch (IOException | RuntimeException e) {
            // a read-only home or a full disk: run as before the cache, from a temporary folder
        }
        return TemporaryStorage.create(tmp);
    }
}
