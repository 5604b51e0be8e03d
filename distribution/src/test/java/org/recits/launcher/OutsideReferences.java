package org.recits.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Finds what a file says that points outside the repository or the distribution: the design folder
 * users do not have, a machine's own paths, a Markdown link that leaves the tree or leads nowhere.
 * Users get the repository or the zip, nothing beside it.
 */
final class OutsideReferences {
    /** Names and paths of things that live beside the repository, never in it (case matters: docs/format.md is ours). */
    static final List<String> FORBIDDEN = List.of("../shared", "shared/design", "FORMAT.md", "INDICATORS.md",
            "/work/", "/home/", "/Users/", "/mnt/", "file:/", "C:\\Users");
    /** In a Java comment also: a design document's sample data set, which only the design folder describes. */
    static final List<String> FORBIDDEN_IN_COMMENTS = List.of("seed 0");
    /** A Markdown link or image target: [text](target) or ![alt](target "title"). */
    private static final Pattern LINK = Pattern.compile("\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final List<String> BINARY = List.of(".jar", ".jsa", ".zip", ".xlsx", ".docx", ".png", ".class");

    private OutsideReferences() {
    }

    /** One thing found: where, and what. */
    record Hit(String where, long line, String what) {
        @Override
        public String toString() {
            return where + ":" + line + ": " + what;
        }
    }

    /**
     * The text files a reader of the repository sees: the root README, everything in docs/, every
     * README or LISEZMOI of a module, and the message bundles shipped code shows.
     */
    static List<Path> repositoryTexts(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped(root.relativize(p)))
                    .filter(p -> {
                        Path rel = root.relativize(p);
                        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        String unix = rel.toString().replace('\\', '/');
                        return rel.getNameCount() > 1 && rel.getName(0).toString().equals("docs")
                                || name.startsWith("readme") || name.startsWith("lisezmoi")
                                || unix.contains("src/main/resources/") && name.endsWith(".properties");
                    })
                    .sorted().toList();
        }
    }

    /** Build output, version control and test data (tests may legitimately name where real exports live). */
    private static boolean skipped(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.equals("target") || s.startsWith(".") || s.equals("node_modules")) {
                return true;
            }
        }
        return rel.toString().replace('\\', '/').contains("src/test/");
    }

    /** Every reference leaving {@code root} in these files, links resolved from each file's folder. */
    static List<Hit> scan(Path root, List<Path> files) throws IOException {
        List<Hit> hits = new ArrayList<>();
        for (Path f : files) {
            String where = root.relativize(f).toString().replace('\\', '/');
            // Decoded leniently: what is searched is ASCII, whatever the file's encoding.
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            scanText(where, text, hits);
            if (f.getFileName().toString().endsWith(".md")) {
                scanLinks(root, f, where, text, hits);
            }
        }
        return hits;
    }

    /**
     * The assembled distribution: its text files, and inside its jars Récits's own resources and
     * classes (a string constant in a class is a message someone will read; third-party jars are not ours).
     */
    static List<Hit> scanDistribution(Path dist) throws IOException {
        List<Path> texts = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dist)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (n.endsWith(".jar")) {
                    jars.add(p);
                } else if (BINARY.stream().noneMatch(n::endsWith) && !hasNul(p)) {
                    texts.add(p);
                }
            }
        }
        List<Hit> hits = new ArrayList<>(scan(dist, texts));
        for (Path jar : jars) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<ZipEntry> entries = new ArrayList<>(zip.stream().toList());
                entries.sort(java.util.Comparator.comparing(ZipEntry::getName));
                for (ZipEntry e : entries) {
                    String n = e.getName();
                    boolean readable = n.endsWith(".properties") || n.endsWith(".md") || n.endsWith(".txt")
                            || n.endsWith(".class");
                    if (e.isDirectory() || !n.startsWith("org/recits/") || !readable) {
                        continue;
                    }
                    try (InputStream in = zip.getInputStream(e)) {
                        String text = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
                        scanText(dist.relativize(jar) + "!" + n, text, hits);
                    }
                }
            }
        }
        return hits;
    }

    /** Every Java source file of the tree, main and test, build output left out. */
    static List<Path> javaSources(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> !buildOutput(root.relativize(p)))
                    .sorted().toList();
        }
    }

    private static boolean buildOutput(Path rel) {
        for (Path part : rel) {
            String s = part.toString();
            if (s.equals("target") || s.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the comments of these Java files say that points outside the repository. Only comments:
     * a test's code may name where the real exports live, its comments must say it in their own words.
     */
    static List<Hit> scanJavaComments(Path root, List<Path> files) throws IOException {
        List<String> forbidden = new ArrayList<>(FORBIDDEN);
        forbidden.addAll(FORBIDDEN_IN_COMMENTS);
        List<Hit> hits = new ArrayList<>();
        for (Path f : files) {
            String where = root.relativize(f).toString().replace('\\', '/');
            scanText(where, comments(Files.readString(f, StandardCharsets.UTF_8)), hits, forbidden);
        }
        return hits;
    }

    /**
     * The source with everything but its comments blanked out, line breaks kept so that line numbers
     * stay right: string, character and text-block literals are code, not comments.
     */
    static String comments(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int i = 0;
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                out.append(source, i, end);
                i = end;
            } else if (source.startsWith("\"\"\"", i)) {
                i = blank(source, i, source.indexOf("\"\"\"", i + 3), 3, out);
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && source.charAt(j) != c && source.charAt(j) != '\n') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = blank(source, i, Math.min(j, n), 1, out);
            } else {
                out.append(c == '\n' ? '\n' : ' ');
                i++;
            }
        }
        return out.toString();
    }

    /** Blanks source[from, to + closing) but its line breaks; returns where the code goes on. */
    private static int blank(String source, int from, int to, int closing, StringBuilder out) {
        int end = to < 0 ? source.length() : Math.min(source.length(), to + closing);
        for (int k = from; k < end; k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
        return end;
    }

    static void scanText(String where, String text, List<Hit> hits) {
        scanText(where, text, hits, FORBIDDEN);
    }

    private static void scanText(String where, String text, List<Hit> hits, List<String> forbidden) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            for (String f : forbidden) {
                int at = lines[i].indexOf(f);
                if (at >= 0) {
                    // the words around it, not the whole line: a class file's "line" is its constant pool
                    String around = lines[i].substring(Math.max(0, at - 60), Math.min(lines[i].length(), at + f.length() + 20));
                    hits.add(new Hit(where, i + 1, "names " + f + ": …" + around.strip() + "…"));
                }
            }
        }
    }

    /** Links must stay inside the tree and lead to a file that exists there. */
    static void scanLinks(Path root, Path file, String where, String text, List<Hit> hits) {
        Path top = root.toAbsolutePath().normalize();
        String[] lines = text.split("\n", -1);
        boolean fence = false;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith("```")) {
                fence = !fence;
            }
            if (fence) {
                continue;
            }
            Matcher m = LINK.matcher(lines[i]);
            while (m.find()) {
                String target = m.group(1);
                if (target.startsWith("#") || target.matches("(?i)(https?|mailto):.*")) {
                    continue;
                }
                String path = target.replaceFirst("#.*$", "");
                if (path.startsWith("/") || path.matches("(?i)[a-z][a-z0-9+.-]*:.*")) {
                    hits.add(new Hit(where, i + 1, "absolute link " + target));
                    continue;
                }
                Path resolved = file.toAbsolutePath().getParent().resolve(path).normalize();
                if (!resolved.startsWith(top)) {
                    hits.add(new Hit(where, i + 1, "link leaves the tree: " + target));
                } else if (!Files.exists(resolved)) {
                    hits.add(new Hit(where, i + 1, "link to a missing file: " + target));
                }
            }
        }
    }

    private static boolean hasNul(Path p) throws IOException {
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(8192);
            for (byte b : head) {
                if (b == 0) {
                    return true;
                }
            }
            return false;
        }
    }
}
