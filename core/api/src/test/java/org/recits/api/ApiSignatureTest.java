package org.recits.api;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Semantic versioning of the exported API packages, checked on every build while there is no release
 * to baseline against (bnd-baseline-maven-plugin takes over once there is one): the public signatures
 * of each package are recorded in {@code src/test/resources/api-signatures.txt} with the package's
 * {@code @Version}. A change of signature fails this test until the version says what kind of change it
 * is (OSGi semantic versioning: removing or changing anything, or adding an abstract method to an
 * interface plugins implement, is major; adding is minor) and the file is re-recorded.
 */
class ApiSignatureTest {

    private static final Path CLASSES = Paths.get("target/classes");
    private static final Path SOURCES = Paths.get("src/main/java");
    private static final Path RECORDED = Paths.get("src/test/resources/api-signatures.txt");
    private static final String ACCEPT = "recits.api.acceptSignatures";
    private static final Pattern VERSION = Pattern.compile("@org\\.osgi\\.annotation\\.versioning\\.Version\\(\"([^\"]+)\"\\)");

    @Test
    void everyExportedPackageIsVersionedForWhatChanged() throws Exception {
        Map<String, Api> current = current();
        Map<String, Api> recorded = read(Files.readString(RECORDED, StandardCharsets.UTF_8));
        List<String> problems = new ArrayList<>();
        boolean anyDifference = false;
        for (String pkg : new TreeSet<>(union(current.keySet(), recorded.keySet()))) {
            Api now = current.get(pkg);
            Api before = recorded.get(pkg);
            if (now == null || before == null) {
                anyDifference = true;
                if (now == null) {
                    problems.add(pkg + " is no longer exported: that is a major change of the API as a whole");
                }
                continue;
            }
            TreeSet<String> removed = new TreeSet<>(before.lines);
            removed.removeAll(now.lines);
            TreeSet<String> added = new TreeSet<>(now.lines);
            added.removeAll(before.lines);
            if (removed.isEmpty() && added.isEmpty() && now.version.equals(before.version)) {
                continue;
            }
            anyDifference = true;
            int[] v0 = parse(before.version);
            int[] v1 = parse(now.version);
            boolean major = !removed.isEmpty() || added.stream().anyMatch(l -> breaksImplementors(l, before.lines));
            boolean minor = !added.isEmpty();
            String needed = major ? (v0[0] + 1) + ".0.0" : minor ? v0[0] + "." + (v0[1] + 1) + ".0" : null;
            boolean enough = !major && !minor || (major ? v1[0] > v0[0] : compare(v1, v0[0], v0[1] + 1) >= 0);
            if (!enough) {
                problems.add(pkg + " changed (" + (major ? "major" : "minor") + ": " + describe(removed, added)
                        + ") but its version is still " + now.version + ": set @Version(\"" + needed
                        + "\") in " + SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java")
                        + (major ? "; a major change breaks every installed plugin, prefer adding beside the old"
                                + " signature and deprecating it" : ""));
            }
        }
        if (!problems.isEmpty()) {
            fail("API packages changed without the version their change needs:%n  %s%nThen record the new"
                    + " signatures: mvn -pl core/api test -D%s=true", String.join("\n  ", problems), ACCEPT);
        }
        if (anyDifference) {
            if (Boolean.getBoolean(ACCEPT)) {
                Files.writeString(RECORDED, write(current), StandardCharsets.UTF_8);
            } else {
                fail("API signatures or versions differ from %s (versions are right). Record them with:"
                        + " mvn -pl core/api test -D%s=true, and commit the file", RECORDED, ACCEPT);
            }
        }
    }

    @Test
    void theCheckSeesAChange() throws Exception {
        // The recorded file parsed back equals what is computed now, and a removed line is seen.
        Map<String, Api> current = current();
        Map<String, Api> roundTrip = read(write(current));
        if (!roundTrip.equals(current)) {
            fail("the signature file does not round-trip");
        }
        Api model = current.get("org.recits.api.model");
        if (model == null || model.lines.stream().noneMatch(l -> l.contains("org.recits.api.model.Period.parse("))) {
            fail("Period.parse should be among org.recits.api.model's signatures: %s", model);
        }
    }

    @Test
    void anAbstractMethodBreaksOnlyAnInterfaceThatExisted() {
        Set<String> before = Set.of("interface-method public abstract java.lang.String org.example.Old.id()");
        if (!breaksImplementors("interface-method public abstract int org.example.Old.size()", before)) {
            fail("a method added to an existing interface must be major");
        }
        if (breaksImplementors("interface-method public abstract int org.example.Fresh.size()", before)) {
            fail("the methods of a new interface are a minor change");
        }
        if (breaksImplementors("interface-method public default int org.example.Old.count()", before)) {
            fail("a default method is a minor change");
        }
    }

    /**
     * An abstract method added to an interface that existed breaks the plugins that implement it; the
     * methods of a new interface do not (adding a type is a minor change).
     */
    static boolean breaksImplementors(String line, Set<String> before) {
        if (!line.startsWith("interface-method ") || !line.contains("abstract ")) {
            return false;
        }
        String signature = line.substring(0, line.indexOf('('));
        String type = signature.substring(signature.lastIndexOf(' ') + 1, signature.lastIndexOf('.'));
        return before.stream().anyMatch(l -> l.contains(" " + type + ".") || l.contains(" " + type + "("));
    }

    private static String describe(TreeSet<String> removed, TreeSet<String> added) {
        List<String> parts = new ArrayList<>();
        removed.forEach(r -> parts.add("- " + r));
        added.forEach(a -> parts.add("+ " + a));
        return String.join("; ", parts.size() > 6 ? parts.subList(0, 6) : parts) + (parts.size() > 6 ? "; …" : "");
    }

    // --- computing and recording ---------------------------------------------------------------

    record Api(String version, TreeSet<String> lines) {
    }

    static Map<String, Api> current() throws IOException, ClassNotFoundException {
        Map<String, Api> out = new TreeMap<>();
        List<Path> packageInfos;
        try (Stream<Path> s = Files.walk(SOURCES)) {
            packageInfos = s.filter(p -> p.getFileName().toString().equals("package-info.java")).toList();
        }
        for (Path info : packageInfos) {
            String text = Files.readString(info, StandardCharsets.UTF_8);
            if (!text.contains("@org.osgi.annotation.bundle.Export")) {
                continue;
            }
            Matcher m = VERSION.matcher(text);
            if (!m.find()) {
                fail("%s is exported without @Version", info);
            }
            String pkg = SOURCES.relativize(info.getParent()).toString().replace('/', '.').replace('\\', '.');
            out.put(pkg, new Api(m.group(1), signatures(pkg)));
        }
        return out;
    }

    private static TreeSet<String> signatures(String pkg) throws IOException, ClassNotFoundException {
        TreeSet<String> lines = new TreeSet<>();
        Path dir = CLASSES.resolve(pkg.replace('.', '/'));
        List<Path> classes;
        try (Stream<Path> s = Files.list(dir)) {
            classes = s.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().equals("package-info.class"))
                    .toList();
        }
        for (Path c : classes) {
            String name = pkg + "." + c.getFileName().toString().replace(".class", "");
            Class<?> type = Class.forName(name, false, ApiSignatureTest.class.getClassLoader());
            if (!isVisible(type)) {
                continue;
            }
            lines.add("type " + Modifier.toString(type.getModifiers() & ~Modifier.STATIC) + " "
                    + (type.isInterface() ? "" : "class ") + type.getTypeName()
                    + (type.getGenericSuperclass() == null ? "" : " extends " + type.getGenericSuperclass().getTypeName())
                    + " implements " + Arrays.stream(type.getGenericInterfaces()).map(t -> t.getTypeName()).sorted().toList());
            String prefix = type.isInterface() ? "interface-method " : "method ";
            for (Constructor<?> k : type.getDeclaredConstructors()) {
                if (visible(k.getModifiers()) && !k.isSynthetic()) {
                    lines.add("constructor " + k.toGenericString());
                }
            }
            for (Method me : type.getDeclaredMethods()) {
                if (visible(me.getModifiers()) && !me.isSynthetic() && !me.isBridge()) {
                    lines.add(prefix + me.toGenericString());
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers()) && !f.isSynthetic()) {
                    lines.add("field " + f.toGenericString());
                }
            }
        }
        return lines;
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!visible(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    static String write(Map<String, Api> apis) {
        StringBuilder b = new StringBuilder();
        b.append("# Public signatures of core/api's exported packages, with their @Version.\n")
                .append("# Written by ApiSignatureTest; re-record with: mvn -pl core/api test -D").append(ACCEPT)
                .append("=true\n");
        apis.forEach((pkg, api) -> {
            b.append("package ").append(pkg).append(' ').append(api.version).append('\n');
            api.lines.forEach(l -> b.append("  ").append(l).append('\n'));
        });
        return b.toString();
    }

    static Map<String, Api> read(String text) {
        Map<String, Api> out = new TreeMap<>();
        String pkg = null;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.startsWith("package ")) {
                String[] p = line.substring("package ".length()).split(" ");
                pkg = p[0];
                out.put(pkg, new Api(p[1], new TreeSet<>()));
            } else {
                out.get(pkg).lines.add(line.strip());
            }
        }
        return out;
    }

    private static int[] parse(String version) {
        String[] p = version.split("\\.");
        return new int[] {Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0};
    }

    private static int compare(int[] v, int major, int minor) {
        return v[0] != major ? Integer.compare(v[0], major) : Integer.compare(v[1], minor);
    }

    private static <T> TreeSet<T> union(java.util.Set<T> a, java.util.Set<T> b) {
        TreeSet<T> u = new TreeSet<>(a);
        u.addAll(b);
        return u;
    }
}
