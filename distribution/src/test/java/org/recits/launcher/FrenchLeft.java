package org.recits.launcher;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The product's own French words, as its bundles hold them, found in a text that should be English: each French
 * text of every {@code messages.properties} of the product's jars whose English differs, cut at its placeholders
 * into fragments of three words or more. A fragment that the lab's own files hold (a quote, a case's title) is
 * data, not a text left untranslated, and is not counted.
 */
final class FrenchLeft {

    private final Set<String> fragments;

    private FrenchLeft(Set<String> fragments) {
        this.fragments = fragments;
    }

    /** The fragments of the jars of the product folder (its bundles and its web bundles). */
    static FrenchLeft of(Path product) throws IOException {
        Set<String> fragments = new TreeSet<>();
        for (String dir : List.of("bundles", "web")) {
            try (Stream<Path> jars = Files.list(product.resolve(dir))) {
                for (Path jar : (Iterable<Path>) jars.filter(p -> p.getFileName().toString().startsWith("recits-"))
                        .sorted()::iterator) {
                    read(jar, fragments);
                }
            }
        }
        if (fragments.size() < 100) {
            throw new IllegalStateException("too few French texts found in " + product + ": " + fragments.size());
        }
        return new FrenchLeft(fragments);
    }

    private static void read(Path jar, Set<String> fragments) throws IOException {
        try (JarFile j = new JarFile(jar.toFile())) {
            for (var e : (Iterable<java.util.jar.JarEntry>) j.stream()
                    .filter(x -> x.getName().endsWith("/messages.properties"))::iterator) {
                var english = j.getJarEntry(e.getName().replace("messages.properties", "messages_en.properties"));
                if (english == null) {
                    continue;
                }
                Properties fr = load(j, e);
                Properties en = load(j, english);
                for (String key : fr.stringPropertyNames()) {
                    String value = fr.getProperty(key);
                    if (value.equals(en.getProperty(key))) {
                        continue;
                    }
                    // a message format's literal parts: between its placeholders and its choices
                    for (String part : value.replace("''", "'").split("\\{[^{}]*\\}|[|#<{}]")) {
                        String f = normal(part).replaceAll("^[\\s,.;:()«»…]+|[\\s,.;:()«»…]+$", "");
                        if (f.length() >= 12 && f.split("[^\\p{L}]+").length >= 3) {
                            fragments.add(f);
                        }
                    }
                }
            }
        }
    }

    private static Properties load(JarFile j, java.util.jar.JarEntry e) throws IOException {
        Properties p = new Properties();
        try (InputStreamReader in = new InputStreamReader(j.getInputStream(e), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    /** Spaces of any kind as one plain space. */
    static String normal(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]+", " ");
    }

    /** The product's French fragments in {@code text} that {@code data} (the lab's files) does not hold. */
    List<String> in(String text, String data) {
        String t = normal(text);
        String d = normal(data);
        List<String> found = new ArrayList<>();
        for (String f : fragments) {
            if (t.contains(f) && !d.contains(f)) {
                found.add(f);
            }
        }
        return found;
    }

    /** All the text of the files of a folder, each read as UTF-8 and as Latin-1 (the demo has both). */
    static String textOf(Path folder) throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                byte[] bytes = Files.readAllBytes(p);
                b.append(new String(bytes, StandardCharsets.UTF_8)).append('\n')
                        .append(new String(bytes, StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return b.toString();
    }
}
