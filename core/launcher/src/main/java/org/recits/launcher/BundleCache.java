package org.recits.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The framework's bundle cache kept between runs in the user's cache folder, so that a run starts from the
 * bundles the previous one installed instead of copying some 32 MB of jars into a fresh folder.
 *
 * <p>Layout: {@code ROOT/KEY/slot-N}, where KEY is the hash of the jars a run installs (shipped bundles, web
 * bundles for {@code serve}, the user's plugins), so a changed, added or removed plugin gives another key and
 * never a stale bundle. Runs at the same time each take a slot, held by a lock on {@code slot-N.lock} for
 * the whole run. A run moves its slot to {@code slot-N.run} while the framework uses it and back only
 * once the framework has stopped cleanly: {@code slot-N} always holds a whole cache, and a killed run's
 * {@code slot-N.run} is deleted by the next holder of the lock. The root's {@code cache.lock} is held only
 * while a slot is chosen or old keys are pruned, so that no run picks a slot in a key being deleted.
 */
final class BundleCache {

    /** More runs than this at once each get a temporary folder, as before the cache existed. */
    static final int SLOTS = 8;
    /** Keys kept, the current one included, the most recently used first (an installation and its plugins). */
    static final int KEYS_KEPT = 4;
    private static final String ROOT_LOCK = "cache.lock";
    /** File locks belong to the process: one JVM's runs (tests of the test kit) take turns here first. */
    private static final Object IN_THIS_JVM = new Object();
    /**
     * The slot locks this JVM holds. Closing any channel on a locked file releases the process's lock on
     * Linux, so a held slot is never opened a second time here (guarded by {@link #IN_THIS_JVM}).
     */
    private static final Set<Path> HELD = new HashSet<>();

    private BundleCache() {
    }

    /**
     * {@code recits.cache} when set (tests point it at their build folder), else {@code $XDG_CACHE_HOME/recits},
     * else {@code ~/.cache/recits}; the bundle caches lie in its {@code osgi} folder.
     */
    static Path root() {
        String set = System.getProperty("recits.cache");
        if (set != null && !set.isBlank()) {
            return Path.of(set, "osgi");
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("recits").resolve("osgi");
    }

    /** The folder of this set of jars' cache under {@code root}: its key (nothing is written). */
    static Path keyFolder(Path root, List<Path> jars) throws IOException {
        return root.resolve(key(jars));
    }

    /**
     * A slot of this set of jars' cache ({@link #keyFolder}), locked for this run; null when every slot is busy.
     *
     * @throws IOException when the cache folder cannot be written (the caller then runs from a temporary one)
     */
    static Slot open(Path key) throws IOException {
        Path root = key.getParent();
        synchronized (IN_THIS_JVM) {
            Files.createDirectories(root);
            try (FileChannel rootChannel = FileChannel.open(root.resolve(ROOT_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock rootLock = rootChannel.lock()) {
                Files.createDirectories(key);
                for (int n = 0; n < SLOTS; n++) {
                    Path lockFile = key.resolve("slot-" + n + ".lock");
                    if (HELD.contains(lockFile)) {
                        continue;
                    }
                    FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.tryLock();
                    if (lock != null) {
                        Files.setLastModifiedTime(key, FileTime.fromMillis(System.currentTimeMillis()));
                        HELD.add(lockFile);
                        return new Slot(key, n, lockFile, channel, lock);
                    }
                    channel.close();
                }
                return null;
            }
        }
    }

    /**
     * SHA-256 of each jar's absolute path (the framework records bundles by location), size, and the name,
     * CRC-32 and size of every entry, read from the zip's central directory: a content hash that reads a few
     * kilobytes per jar, not the 32 MB. A file that is no zip is hashed whole (a broken plugin, small).
     */
    static String key(List<Path> jars) throws IOException {
        MessageDigest sha = sha256();
        for (Path jar : jars) {
            Path p = jar.toAbsolutePath().normalize();
            sha.update((p + "\n" + Files.size(p) + "\n").getBytes(StandardCharsets.UTF_8));
            try (ZipFile zip = new ZipFile(p.toFile())) {
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry e = entries.nextElement();
                    sha.update((e.getName() + "\t" + e.getCrc() + "\t" + e.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException notAZip) {
                sha.update(Files.readAllBytes(p));
            }
        }
        // The framework's own jar: another Felix may keep its cache differently.
        Path felix = frameworkJar();
        if (felix != null) {
            sha.update((felix + "\n" + Files.size(felix) + "\n" + Files.getLastModifiedTime(felix)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest(), 0, 16);
    }

    private static Path frameworkJar() {
        try {
            return Path.of(org.osgi.framework.launch.Framework.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception | Error e) {
            return null;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /**
     * Deletes the keys beyond the {@link #KEYS_KEPT} most recently used, except those a run is using now.
     * Never fails the run: pruning is housekeeping.
     */
    static void prune(Path root) {
        synchronized (IN_THIS_JVM) {
            try (FileChannel rootChannel = FileChannel.open(root.resolve(ROOT_LOCK), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock rootLock = rootChannel.lock()) {
                List<Path> keys = new ArrayList<>();
                try (DirectoryStream<Path> s = Files.newDirectoryStream(root, Files::isDirectory)) {
                    s.forEach(keys::add);
                }
                if (keys.size() <= KEYS_KEPT) {
                    return;
                }
                keys.sort(Comparator.comparing(BundleCache::lastUse).reversed());
                for (Path old : keys.subList(KEYS_KEPT, keys.size())) {
                    deleteUnlessInUse(old);
                }
            } catch (IOException | RuntimeException e) {
                // an old cache left for the next run to prune harms nothing
            }
        }
    }

    private static FileTime lastUse(Path key) {
        try {
            return Files.getLastModifiedTime(key);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Holds every slot lock of the key while deleting it: a run using one of its slots keeps it whole. */
    private static void deleteUnlessInUse(Path key) throws IOException {
        List<FileChannel> held = new ArrayList<>();
        try {
            try (DirectoryStream<Path> locks = Files.newDirectoryStream(key, "slot-*.lock")) {
                for (Path l : locks) {
                    if (HELD.contains(l)) {
                        return;
                    }
                    FileChannel c = FileChannel.open(l, StandardOpenOption.WRITE);
                    held.add(c);
                    if (c.tryLock() == null) {
                        return;
                    }
                }
            }
            Folders.delete(key);
        } finally {
            for (FileChannel c : held) {
                c.close(); // releases its lock
            }
        }
    }

    /** One run's slot: its folder, and whether a previous run left a whole cache in it. */
    static final class Slot implements FrameworkStorage {
        private final Path ready;
        private final Path inUse;
        private final Path lockFile;
        private final FileChannel channel;
        private final FileLock lock;
        private boolean warm;
        private boolean keep;

        private Slot(Path key, int n, Path lockFile, FileChannel channel, FileLock lock) throws IOException {
            this.ready = key.resolve("slot-" + n);
            this.inUse = key.resolve("slot-" + n + ".run");
            this.lockFile = lockFile;
            this.channel = channel;
            this.lock = lock;
            try {
                Folders.delete(inUse); // left by a run of this slot that was killed
                warm = Files.isDirectory(ready);
                if (warm) {
                    Files.move(ready, inUse, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.createDirectories(inUse);
                }
            } catch (IOException | RuntimeException e) {
                release();
                throw e;
            }
        }

        @Override
        public Path folder() {
            return inUse;
        }

        @Override
        public boolean warm() {
            return warm;
        }

        @Override
        public void rebuild() throws IOException {
            Folders.delete(inUse);
            Files.createDirectories(inUse);
            warm = false;
        }

        @Override
        public void keep() {
            keep = true;
        }

        @Override
        public void close() {
            try {
                if (keep) {
                    Files.move(inUse, ready, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Folders.delete(inUse);
                }
            } catch (IOException | RuntimeException e) {
                Folders.delete(inUse); // the next holder of the slot rebuilds it
            } finally {
                release();
            }
            prune(ready.getParent().getParent());
        }

        private void release() {
            synchronized (IN_THIS_JVM) {
                try {
                    lock.release();
                    channel.close();
                } catch (IOException e) {
                    // closing the channel releases the lock anyway; the process's end does in any case
                }
                HELD.remove(lockFile);
            }
        }
    }
}
