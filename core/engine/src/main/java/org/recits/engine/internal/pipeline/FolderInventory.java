package org.recits.engine.internal.pipeline;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.recits.api.data.Finding;
import org.recits.api.model.LocalizedText;
import org.recits.api.text.Messages;
import org.recits.engine.internal.EngineTexts;

/**
 * What a data folder holds: the files to offer the ingestors, in path order, and those set aside
 * because they are not a lab's data (spreadsheet lock files, hidden files, Récits' own outputs).
 *
 * <p>Symbolic links are followed, the folder itself and links inside it ({@code enquetes/} pointing at a
 * shared folder), each folder once: a link back to a folder already being walked is set aside as a loop. A link
 * to nothing is set aside by name, as a file that could not be read. Set-aside entries that could be mistaken for data are listed once each, so that the reader can say
 * so; a hidden file that cannot be data ({@code .DS_Store}) is not worth a word.
 *
 * @param root    the data folder, links resolved
 * @param files   files to offer, absolute, sorted
 * @param skipped entries set aside, sorted by name
 */
public record FolderInventory(Path root, List<Path> files, List<Skipped> skipped) {

    /** Extensions of files that look like data. */
    static final Set<String> DATA_EXTENSIONS = Set.of("csv", "tsv", "txt", "xlsx", "xls", "ods", "json");

    /** Why an entry was set aside. */
    public enum Kind {
        /** A spreadsheet's lock file: the file it names is open, perhaps with unsaved changes. */
        LOCK,
        /** A hidden file or folder that holds files that look like data. */
        HIDDEN,
        /** A report Récits wrote earlier (or the output folder of this run). */
        OUTPUT,
        /** A symbolic link to nothing: its target was moved or deleted. */
        DANGLING,
        /** A symbolic link to a folder that holds it: followed, it would be walked without end. */
        LOOP
    }

    /**
     * One entry set aside.
     *
     * @param name   its path relative to the data folder ({@code out} for a whole folder)
     * @param kind   why
     * @param locked for a lock, the file it locks; for a link to nothing or a loop, where it points; else null
     * @param files  for a folder, how many files set aside it holds; 0 for a file
     */
    public record Skipped(String name, Kind kind, String locked, int files) {

        /** What {@code check} lists for the entry among the files it read: that it was left aside, and why, in short. */
        public LocalizedText ignored() {
            return switch (kind) {
                case LOCK -> EngineTexts.BOTH.get("ignored.lock", locked);
                case HIDDEN -> EngineTexts.BOTH.get("ignored.hidden");
                case OUTPUT -> EngineTexts.BOTH.get("ignored.output");
                case DANGLING -> EngineTexts.BOTH.get("ignored.dangling", locked);
                case LOOP -> EngineTexts.BOTH.get("ignored.loop", locked);
            };
        }

        /**
         * A finding, once for the entry, that says what was not read and what to do if it is data: a warning, but
         * a dangling link is a rejected file (what it pointed at is missing from the report).
         */
        public Finding finding() {
            String key = switch (kind) {
                case LOCK -> "finding.skippedLock";
                case HIDDEN -> files == 0 ? "finding.skippedHiddenFile" : "finding.skippedHiddenFolder";
                case OUTPUT -> files == 0 ? "finding.skippedOutputFile" : "finding.skippedOutputFolder";
                case DANGLING -> "finding.danglingLink";
                case LOOP -> "finding.linkLoop";
            };
            Object[] args = {name, kind == Kind.LOCK || kind == Kind.DANGLING || kind == Kind.LOOP ? locked : files};
            return kind == Kind.DANGLING ? Finding.rejected(name, 0, null, null, EngineTexts.BOTH.get(key, args))
                    : Finding.warning(name, 0, null, null, EngineTexts.BOTH.get(key, args));
        }
    }

    /**
     * Lists a folder.
     *
     * @param folder the data folder, which must exist
     * @param outDir this run's output folder, never read back; null when none
     */
    public static FolderInventory of(Path folder, Path outDir) throws IOException {
        Path root = folder.toRealPath();
        Path out = outDir == null ? null : outDir.toAbsolutePath().normalize();
        Path realOut = out != null && Files.isDirectory(out) ? out.toRealPath() : out;
        TreeMap<String, Skipped> skipped = new TreeMap<>();
        List<Path> all = walk(root, skipped);
        Set<Path> outputFolders = outputFolders(root, all, realOut);
        List<Path> files = new ArrayList<>();
        TreeMap<String, Integer> folderCounts = new TreeMap<>();
        for (Path p : all) {
            Path rel = root.relativize(p);
            String name = p.getFileName().toString();
            Path outputFolder = enclosing(rel, root, outputFolders);
            if (outputFolder != null) {
                String key = slash(root.relativize(outputFolder));
                folderCounts.merge(key, 1, Integer::sum);
                skipped.put(key, new Skipped(key, Kind.OUTPUT, null, 0));
            } else if (lockedName(name) != null) {
                Path locked = rel.resolveSibling(lockedName(name));
                skipped.put(slash(rel), new Skipped(slash(rel), Kind.LOCK, slash(locked), 0));
            } else if (isOutputFile(name)) {
                skipped.put(slash(rel), new Skipped(slash(rel), Kind.OUTPUT, null, 0));
            } else if (hiddenPart(rel) != null) {
                if (looksLikeData(name)) {
                    String key = slash(hiddenPart(rel));
                    folderCounts.merge(key, 1, Integer::sum);
                    skipped.put(key, new Skipped(key, Kind.HIDDEN, null, 0));
                }
            } else {
                files.add(p);
            }
        }
        List<Skipped> list = new ArrayList<>();
        for (Skipped s : skipped.values()) {
            boolean folderEntry = (s.kind() == Kind.HIDDEN || s.kind() == Kind.OUTPUT) && Files.isDirectory(root.resolve(s.name()));
            list.add(folderEntry ? new Skipped(s.name(), s.kind(), null, folderCounts.get(s.name())) : s);
        }
        return new FolderInventory(root, List.copyOf(files), List.copyOf(list));
    }

    /**
     * The regular files below the folder, links followed, sorted; links to nothing and loops go to {@code skipped}.
     * A link to a folder that holds it is a loop, not followed; the walk's own guard finds the others (a folder
     * reached again through links, while inside it).
     */
    private static List<Path> walk(Path root, Map<String, Skipped> skipped) throws IOException {
        List<Path> all = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                // a link to a folder that holds it (« .. », the data folder's parent): it would read the data
                // folder's neighbours before the walk's own guard stops it
                if (!dir.equals(root) && Files.isSymbolicLink(dir) && dir.getParent().toRealPath().startsWith(dir.toRealPath())) {
                    String name = slash(root.relativize(dir));
                    skipped.put(name, new Skipped(name, Kind.LOOP, target(dir), 0));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) throws IOException {
                if (attrs.isSymbolicLink()) {
                    // followed links come with their target's attributes: this one points at nothing
                    String name = slash(root.relativize(p));
                    skipped.put(name, new Skipped(name, Kind.DANGLING, target(p), 0));
                } else if (attrs.isRegularFile()) {
                    all.add(p);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) throws IOException {
                if (e instanceof FileSystemLoopException) {
                    String name = slash(root.relativize(p));
                    skipped.put(name, new Skipped(name, Kind.LOOP, target(p), 0));
                    return FileVisitResult.CONTINUE;
                }
                throw e;
            }
        });
        all.sort(null);
        return all;
    }

    /** Where a link points, as written in it. */
    private static String target(Path link) {
        try {
            return slash(Files.readSymbolicLink(link));
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
        }
    }

    /**
     * Folders holding a report Récits wrote: this run's output folder and any folder below the data
     * folder with a workbook or narrative of ours in it. The data folder itself is never one: outputs
     * written straight into it are set aside file by file.
     */
    private static Set<Path> outputFolders(Path root, List<Path> all, Path out) {
        Set<Path> folders = new HashSet<>();
        if (out != null && out.startsWith(root) && !out.equals(root)) {
            folders.add(out);
        }
        for (Path p : all) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean report = n.startsWith("recits-") && n.endsWith(".xlsx")
                    || n.startsWith("recit-") && (n.endsWith(".html") || n.endsWith(".docx") || n.endsWith(".pdf"));
            if (report && !p.getParent().equals(root)) {
                folders.add(p.getParent());
            } else if (report) {
                folders.add(root.resolve("graphiques"));
            }
        }
        return folders;
    }

    private static Path enclosing(Path rel, Path root, Set<Path> folders) {
        for (Path dir = root.resolve(rel).getParent(); dir != null && !dir.equals(root); dir = dir.getParent()) {
            if (folders.contains(dir)) {
                // the outermost output folder names the group
                Path outer = enclosing(root.relativize(dir), root, folders);
                return outer != null ? outer : dir;
            }
        }
        return null;
    }

    /** The file a lock file locks (LibreOffice {@code .~lock.NAME#}, Excel {@code ~$NAME}), else null. */
    static String lockedName(String name) {
        if (name.startsWith(".~lock.") && name.endsWith("#") && name.length() > 8) {
            return name.substring(7, name.length() - 1);
        }
        if (name.startsWith("~$") && name.length() > 2) {
            return name.substring(2); // Excel may shorten the name it stands for: shown as is
        }
        return null;
    }

    /**
     * The CSV tables Récits writes with {@code --format csv}, in French and in English: the indicators, and
     * one file per kind of record ({@code recits-2020-T1-donnees-sessions.csv}; earlier versions wrote one
     * {@code -donnees.csv}).
     */
    private static boolean isOutputFile(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("recits-") && (n.endsWith(".xlsx") || n.endsWith("-indicateurs.csv")
                || n.endsWith("-indicators.csv") || RECORDS_CSV.matcher(n).matches())
                || n.startsWith("recit-") && (n.endsWith(".html") || n.endsWith(".docx") || n.endsWith(".pdf"));
    }

    private static final Pattern RECORDS_CSV = Pattern.compile(".*-(donnees|data)(-[a-z-]+)?\\.csv");

    /** The first hidden part of a relative path ({@code .cache} for {@code .cache/a/b.csv}), else null. */
    private static Path hiddenPart(Path rel) {
        for (int i = 0; i < rel.getNameCount(); i++) {
            if (rel.getName(i).toString().startsWith(".")) {
                return rel.subpath(0, i + 1);
            }
        }
        return null;
    }

    static boolean looksLikeData(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        if (isNotes(fileName)) {
            return false; // the folder's own notes, not data
        }
        int dot = n.lastIndexOf('.');
        return dot > 0 && DATA_EXTENSIONS.contains(n.substring(dot + 1));
    }

    /** Whether a file is the folder's own notes ({@code LISEZMOI.md}, {@code README.txt}). */
    static boolean isNotes(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.startsWith("readme") || n.startsWith("lisezmoi") || n.startsWith("lisez-moi");
    }

    /** A file's name as findings show it: relative to the data folder, with forward slashes. */
    String name(Path file) {
        return slash(root.relativize(file));
    }

    private static String slash(Path rel) {
        return rel.toString().replace('\\', '/');
    }
}
