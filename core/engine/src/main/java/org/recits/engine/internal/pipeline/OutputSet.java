package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The output folder's files of one report, replaced as a set. The renderers write into a staging
 * folder; the switch is then decided by one journal written atomically (the commit point), which names
 * every file to move into place and every file of the previous set to remove. A run killed before the
 * journal exists leaves the previous set whole; a run killed after it leaves a journal that the next
 * run (any run into the same folder) carries out before anything else. A reader thus finds the old set
 * or the new one, never a new workbook beside an old narrative, once the folder has been opened again.
 *
 * <p>Everything Récits keeps for this lies in one hidden folder, {@code .recits/}: the lock that
 * serialises runs into the same folder, the staging folders, the journal and the list of each set's
 * files (so that a file the new set no longer has, such as last run's CSV export, does not stay behind).
 */
public final class OutputSet implements AutoCloseable {

    /** The hidden folder that holds the lock, staging folders, journal and set lists. */
    public static final String HOME = ".recits";
    private static final String LOCK = "lock";
    private static final String JOURNAL = "switch";
    private static final String SETS = "sets";
    private static final String STAGING_PREFIX = "tmp-";
    /** Where earlier versions staged their files, directly in the output folder. */
    private static final String OLD_STAGING_PREFIX = ".recits-tmp-";

    /** Called after each step of the switch; tests use it to kill the process there. */
    interface Steps {
        Steps NONE = step -> { };

        void after(String step);
    }

    private final Path outDir;
    private final Path home;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Steps steps;
    private final boolean recovered;

    private OutputSet(Path outDir, Path home, FileChannel lockChannel, FileLock lock, Steps steps, boolean recovered) {
        this.outDir = outDir;
        this.home = home;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.steps = steps;
        this.recovered = recovered;
    }

    /**
     * Opens the output folder for one run: creates it, waits for any other run writing into it, finishes
     * a switch an earlier run left half done, and removes the staging folders of killed runs.
     *
     * @throws NotAFolderException when {@code outDir} is a file
     */
    public static OutputSet open(Path outDir) throws IOException {
        return open(outDir, Steps.NONE);
    }

    static OutputSet open(Path outDir, Steps steps) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new NotAFolderException(outDir);
        }
        Files.createDirectories(outDir);
        Path home = Files.createDirectories(outDir.resolve(HOME));
        FileChannel channel = FileChannel.open(home.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.lock();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        boolean recovered;
        try {
            recovered = finishPendingSwitch(outDir, home, steps);
            removeStaleStaging(outDir, home);
        } catch (IOException | RuntimeException e) {
            lock.release();
            channel.close();
            throw e;
        }
        return new OutputSet(outDir, home, channel, lock, steps, recovered);
    }

    /** Whether opening found a switch an interrupted run had left half done, and finished it. */
    public boolean recovered() {
        return recovered;
    }

    /** A new, empty staging folder on the output folder's file system (so that the moves can be atomic). */
    public Path newStaging() throws IOException {
        return Files.createTempDirectory(home, STAGING_PREFIX);
    }

    /**
     * Switches the set named {@code key} to the files staged in {@code staging}.
     *
     * @param key   the set's name (the report's period label): each period's outputs are a set of their own
     * @param moves for each file, its path in {@code staging} and its path relative to the output folder
     */
    public void commit(String key, Path staging, List<Move> moves) throws IOException {
        Set<String> next = new LinkedHashSet<>();
        for (Move m : moves) {
            next.add(slash(m.target()));
        }
        List<String> journal = new ArrayList<>();
        journal.add("set " + key);
        journal.add("staging " + home.relativize(staging));
        for (Move m : moves) {
            journal.add("move " + slash(staging.relativize(m.staged())) + "\t" + slash(m.target()));
        }
        for (String old : readSet(home, key)) {
            if (!next.contains(old)) {
                journal.add("delete " + old);
            }
        }
        steps.after("staged");
        writeAtomically(home.resolve(JOURNAL), journal);
        steps.after("journal");
        apply(outDir, home, journal, steps);
    }

    /** One staged file and where it goes, relative to the output folder. */
    public record Move(Path staged, Path target) {
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            lockChannel.close();
        }
    }

    private static boolean finishPendingSwitch(Path outDir, Path home, Steps steps) throws IOException {
        Path journal = home.resolve(JOURNAL);
        if (!Files.exists(journal)) {
            return false;
        }
        apply(outDir, home, Files.readAllLines(journal, StandardCharsets.UTF_8), steps);
        return true;
    }

    /** Carries out a journal; every step can be repeated, so a journal interrupted anywhere is finished by running it again. */
    private static void apply(Path outDir, Path home, List<String> journal, Steps steps) throws IOException {
        String key = null;
        Path staging = null;
        List<String> set = new ArrayList<>();
        for (String line : journal) {
            if (line.startsWith("set ")) {
                key = line.substring(4);
            } else if (line.startsWith("staging ")) {
                staging = home.resolve(line.substring(8));
            } else if (line.startsWith("move ")) {
                String[] parts = line.substring(5).split("\t", 2);
                Path from = staging.resolve(parts[0]);
                Path to = outDir.resolve(parts[1]);
                if (Files.exists(from)) {
                    Files.createDirectories(to.getParent());
                    move(from, to);
                }
                set.add(parts[1]);
                steps.after("move " + parts[1]);
            } else if (line.startsWith("delete ")) {
                Files.deleteIfExists(outDir.resolve(line.substring(7)));
                steps.after("delete " + line.substring(7));
            }
        }
        writeAtomically(home.resolve(SETS).resolve(key + ".txt"), set);
        steps.after("set");
        Files.delete(home.resolve(JOURNAL));
        steps.after("done");
        if (staging != null) {
            deleteTree(staging);
        }
    }

    /** Staging folders no live run owns: every run holds the lock while it has one, and this one holds it now. */
    private static void removeStaleStaging(Path outDir, Path home) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(home, STAGING_PREFIX + "*")) {
            for (Path p : s) {
                deleteTree(p);
            }
        }
        try (DirectoryStream<Path> s = Files.newDirectoryStream(outDir, OLD_STAGING_PREFIX + "*")) {
            for (Path p : s) {
                deleteTree(p);
            }
        }
    }

    private static List<String> readSet(Path home, String key) throws IOException {
        Path f = home.resolve(SETS).resolve(key + ".txt");
        return Files.exists(f) ? Files.readAllLines(f, StandardCharsets.UTF_8) : List.of();
    }

    private static void writeAtomically(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".new");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        try (FileChannel c = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            c.force(true);
        }
        move(tmp, file);
    }

    private static String slash(Path p) {
        return p.toString().replace('\\', '/');
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Deletes a folder and all it holds (a staging folder); nothing when it is not there. */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code --out} names a file, not a folder. */
    public static final class NotAFolderException extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path path;

        NotAFolderException(Path path) {
            super(path.toString());
            this.path = path;
        }

        public Path path() {
            return path;
        }
    }
}
