package org.recits.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * The framework's bundle cache for one run, in the temporary folder, when the {@link BundleCache} cannot
 * serve (read-only home, more runs at once than its slots). A run that is killed cannot delete its own
 * (some 36 MB), so each run holds a lock on a file in its folder while it lives, and the next such run
 * removes every such folder whose lock is free: its owner is gone.
 */
final class TemporaryStorage implements FrameworkStorage {

    static final String PREFIX = "recits-osgi-";
    private static final String OWNER = "owner.lock";
    /** A folder without a lock file is either being created right now or an older version's: wait this long. */
    private static final Duration UNLOCKED_AGE = Duration.ofMinutes(10);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private TemporaryStorage(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    static TemporaryStorage create(Path tmp) throws IOException {
        removeAbandoned(tmp);
        Path folder = Files.createTempDirectory(tmp, PREFIX);
        FileChannel channel = FileChannel.open(folder.resolve(OWNER), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        return new TemporaryStorage(folder, channel, channel.lock());
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public boolean warm() {
        return false;
    }

    @Override
    public void rebuild() {
        // never warm: nothing to start again from
    }

    @Override
    public void keep() {
        // a temporary folder goes with its run
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the folder goes anyway; a lock left on a deleted file harms nothing
        }
        Folders.delete(folder);
    }

    /** Removes the folders of runs that ended without removing theirs (killed, out of memory, power cut). */
    static void removeAbandoned(Path tmp) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path p : s) {
                if (Files.isDirectory(p) && abandoned(p)) {
                    Folders.delete(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // cleaning up after others must never stop this run
        }
    }

    private static boolean abandoned(Path folder) throws IOException {
        Path owner = folder.resolve(OWNER);
        if (!Files.exists(owner)) {
            FileTime modified = Files.getLastModifiedTime(folder);
            return modified.toInstant().isBefore(Instant.now().minus(UNLOCKED_AGE));
        }
        try (FileChannel c = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock l = c.tryLock();
            if (l == null) {
                return false;
            }
            l.release();
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // held by this very JVM (a test running two launches)
        }
    }
}
