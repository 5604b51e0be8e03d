package org.recits.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages the repository's bundles export, read from the sources: every main
 * {@code package-info.java} marked {@code @Export}, with its {@code @Version} and its module.
 */
final class ExportedPackageSources {

    private static final Pattern VERSION = Pattern.compile("@org\\.osgi\\.annotation\\.versioning\\.Version\\(\"([^\"]+)\"\\)");
    private static final Pattern NAME = Pattern.compile("(?m)^package ([\\w.]+);");
    private static final String MAIN = "/src/main/java/";

    /** One exported package: its name, its {@code @Version}, and the module folder it is built in. */
    record Exported(String name, String version, Path module) {
    }

    private ExportedPackageSources() {
    }

    /** By package name. */
    static Map<String, Exported> of(Path root) throws IOException {
        Map<String, Exported> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(f -> f.endsWith("package-info.java") && f.toString().contains(MAIN)
                    && !f.toString().contains("/target/")).toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (!text.contains("@org.osgi.annotation.bundle.Export")) {
                    continue;
                }
                Matcher v = VERSION.matcher(text);
                Matcher n = NAME.matcher(text);
                if (!v.find() || !n.find()) {
                    throw new IllegalStateException("an exported package without its name or @Version: " + f);
                }
                String path = f.toString();
                out.put(n.group(1), new Exported(n.group(1), v.group(1), Path.of(path.substring(0, path.indexOf(MAIN)))));
            }
        }
        return out;
    }
}
