package org.recits.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bundle's texts, checked across the whole tree: the French base and the English file have the
 * same keys, every text is a {@link MessageFormat} pattern, and every key the module's code names
 * exists. Done once here rather than in each module, which cannot all share a test library (the
 * test kit itself depends on the readers).
 */
class MessageBundlesTest {

    /** A key as code names it: dotted, such as {@code finding.unclaimed}. */
    private static final Pattern KEY = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

    @Test
    void everyBundleOfTheTreeIsComplete() throws IOException {
        Path root = OutsideReferencesTest.repository();
        List<Path> bases = bases(root);
        assertThat(bases).as("bundles found").contains(
                root.resolve("core/engine/src/main/resources/org/recits/engine/internal/messages.properties"),
                root.resolve("plugins/indicators-values/src/main/resources/org/recits/indicators/values/internal/"
                        + "messages.properties"),
                root.resolve("plugins/report-narrative/src/main/resources/org/recits/narrative/internal/"
                        + "messages.properties"));
        assertThat(problems(root, bases)).as("problems in the message bundles").isEmpty();
    }

    @Test
    void aPlantedProblemOfEachKindIsFound(@TempDir Path root) throws IOException {
        Path res = Files.createDirectories(root.resolve("plugins/x/src/main/resources/org/x"));
        Path src = Files.createDirectories(root.resolve("plugins/x/src/main/java/org/x"));
        Files.writeString(res.resolve("messages.properties"), "a.one=un\na.two=deux {0\nb.fr=seulement\n");
        Files.writeString(res.resolve("messages_en.properties"), "a.one=one\na.two=two\nc.en=only\n");
        Files.writeString(src.resolve("X.java"), "class X { String s = m.get(\"a.one\") + m.get(\"a.three\")"
                + " + m.get(\"zz.notOurs\") + m.get(\"a.\" + k); }\n");
        Path lone = Files.createDirectories(root.resolve("plugins/y/src/main/resources/org/y"));
        Files.writeString(lone.resolve("messages_en.properties"), "k.v=v\n");
        Files.writeString(lone.resolve("words.properties"), "w.one=un\n");
        Files.writeString(lone.resolve("words_en.properties"), "w.two=two\n");
        Files.writeString(lone.resolve("settings.properties"), "not.a=bundle {\n");

        List<String> found = problems(root, bases(root));

        assertThat(found).containsExactlyInAnyOrder(
                "plugins/x/src/main/resources/org/x/messages.properties: b.fr has no English text",
                "plugins/x/src/main/resources/org/x/messages.properties: c.en has no French text",
                "plugins/x/src/main/resources/org/x/messages.properties: a.two is not a MessageFormat pattern",
                "plugins/x/src/main/java/org/x/X.java: names a.three, which no bundle of plugins/x has",
                "plugins/y/src/main/resources/org/y/messages_en.properties: no French base beside it",
                "plugins/y/src/main/resources/org/y/words.properties: w.one has no English text",
                "plugins/y/src/main/resources/org/y/words.properties: w.two has no French text");
    }

    /**
     * Every French base file that has an English one beside it ({@code messages}, or another base name
     * a bundle reads with {@code Messages.of(anchor, name, locale)}), and every English file without one.
     */
    private static List<Path> bases(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().replace('\\', '/').contains("/src/main/resources/"))
                    .filter(p -> !p.toString().replace('\\', '/').contains("/target/"))
                    .filter(p -> p.getFileName().toString().endsWith(".properties")) // not a stylesheet beside them
                    .filter(p -> p.getFileName().toString().endsWith("_en.properties")
                            || Files.exists(p.resolveSibling(p.getFileName().toString().replace(".properties", "_en.properties"))))
                    .map(p -> p.resolveSibling(p.getFileName().toString().replace("_en.properties", ".properties")))
                    .distinct().sorted().toList();
        }
    }

    static List<String> problems(Path root, List<Path> bases) throws IOException {
        List<String> out = new ArrayList<>();
        for (Path base : bases) {
            Path en = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
            if (!Files.exists(base)) {
                out.add(rel(root, en) + ": no French base beside it");
                continue;
            }
            Properties fr = load(base);
            Properties english = Files.exists(en) ? load(en) : new Properties();
            for (String k : new TreeSet<>(fr.stringPropertyNames())) {
                if (!english.containsKey(k)) {
                    out.add(rel(root, base) + ": " + k + " has no English text");
                }
            }
            for (String k : new TreeSet<>(english.stringPropertyNames())) {
                if (!fr.containsKey(k)) {
                    out.add(rel(root, base) + ": " + k + " has no French text");
                }
            }
            Set<String> bad = new TreeSet<>();
            for (Properties p : List.of(fr, english)) {
                for (String k : p.stringPropertyNames()) {
                    try {
                        new MessageFormat(p.getProperty(k));
                    } catch (IllegalArgumentException e) {
                        bad.add(k);
                    }
                }
            }
            bad.forEach(k -> out.add(rel(root, base) + ": " + k + " is not a MessageFormat pattern"));
        }
        usedKeys(root, bases, out);
        return out;
    }

    /**
     * A dotted string literal of a module's code whose first part starts keys of its bundles must be
     * one of them (keys built at run time, such as {@code "cmd." + name}, are not checked).
     */
    private static void usedKeys(Path root, List<Path> bases, List<String> out) throws IOException {
        for (Path module : bases.stream().filter(Files::exists).map(MessageBundlesTest::module).distinct().toList()) {
            Set<String> keys = new TreeSet<>();
            for (Path base : bases) {
                if (Files.exists(base) && module(base).equals(module)) {
                    keys.addAll(load(base).stringPropertyNames());
                }
            }
            Set<String> prefixes = new TreeSet<>();
            keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
            Path java = module.resolve("src/main/java");
            if (!Files.isDirectory(java)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(java)) {
                for (Path f : (Iterable<Path>) walk.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                    Set<String> missing = new TreeSet<>();
                    Matcher m = KEY.matcher(Files.readString(f, StandardCharsets.UTF_8));
                    while (m.find()) {
                        String k = m.group(1);
                        if (prefixes.contains(k.substring(0, k.indexOf('.'))) && !keys.contains(k)) {
                            missing.add(k);
                        }
                    }
                    missing.forEach(k -> out.add(rel(root, f) + ": names " + k + ", which no bundle of "
                            + rel(root, module) + " has"));
                }
            }
        }
    }

    private static Path module(Path resource) {
        Path p = resource;
        while (!p.getFileName().toString().equals("src")) {
            p = p.getParent();
        }
        return p.getParent();
    }

    private static Properties load(Path f) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static String rel(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
