package org.recits.launcher.broken;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Writes plugin bundles around this package's classes, as bnd would for a plugin with one
 * {@code @Component}: a manifest importing the API packages, and the component's XML.
 */
public final class BrokenPlugins {

    /** The API packages a plugin imports, with the ranges bnd gives one built against each package's current major. */
    private static final String[][] CURRENT_API = {
        {"data", "[2.0,3)"}, {"indicator", "[1.0,2)"}, {"model", "[1.0,2)"}};
    /** The same packages one major version on: an API this product does not provide. */
    private static final String[][] NEXT_API = {
        {"data", "[3.0,4)"}, {"indicator", "[2.0,3)"}, {"model", "[2.0,3)"}};

    private BrokenPlugins() {
    }

    /** A bundle whose indicator throws in {@code compute}, built against the current API. */
    public static Path throwingInCompute(Path jar) throws IOException {
        return write(jar, "org.example.throwing", CURRENT_API, ThrowingIndicator.class, true);
    }

    /** The same bundle, built against the next major API, which this product does not provide: it cannot resolve. */
    public static Path builtAgainstApi2(Path jar) throws IOException {
        return write(jar, "org.example.api2", NEXT_API, ThrowingIndicator.class, true);
    }

    /** A bundle whose indicator takes the code of a shipped one, {@code PART_ATTENDANCE_RATE}. */
    public static Path reusingAShippedCode(Path jar) throws IOException {
        return write(jar, "org.example.impostor", CURRENT_API, ImpostorIndicator.class, true);
    }

    /** A bundle whose indicator computes {@code EX_PHRASES} = 42 but throws in {@code sentences}. */
    public static Path throwingInSentences(Path jar) throws IOException {
        return write(jar, "org.example.phrases", CURRENT_API, ThrowingSentences.class, true);
    }

    /** A bundle whose component's constructor throws: Declarative Services cannot activate it. */
    public static Path failingActivation(Path jar) throws IOException {
        return write(jar, "org.example.activation", CURRENT_API, FailingActivation.class, true);
    }

    /** A well-formed bundle that declares no component: it starts and registers nothing. */
    public static Path registeringNothing(Path jar) throws IOException {
        return write(jar, "org.example.nothing", CURRENT_API, ThrowingIndicator.class, false);
    }

    /** A copy of {@code source} under another {@code Bundle-Version}: a newer release of the same plugin. */
    public static Path withVersion(Path source, Path jar, String version) throws IOException {
        try (JarFile in = new JarFile(source.toFile())) {
            Manifest m = new Manifest(in.getManifest());
            m.getMainAttributes().putValue("Bundle-Version", version);
            try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry e = entries.nextElement();
                    if (e.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || e.getName().equals("META-INF/")) {
                        continue;
                    }
                    j.putNextEntry(new ZipEntry(e.getName()));
                    try (InputStream s = in.getInputStream(e)) {
                        s.transferTo(j);
                    }
                    j.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Path write(Path jar, String symbolicName, String[][] api, Class<?> implementation,
            boolean component) throws IOException {
        String impl = implementation.getName();
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        StringBuilder imports = new StringBuilder();
        for (String[] p : api) {
            imports.append(imports.length() == 0 ? "" : ",").append("org.recits.api.").append(p[0])
                    .append(";version=\"").append(p[1]).append('"');
        }
        a.putValue("Import-Package", imports.toString());
        if (component) {
            a.putValue("Service-Component", "OSGI-INF/" + impl + ".xml");
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            // the class and the bases it takes from this package (TestIndicator)
            String here = BrokenPlugins.class.getPackageName();
            for (Class<?> c = implementation; c.getPackageName().equals(here); c = c.getSuperclass()) {
                String classFile = c.getName().replace('.', '/') + ".class";
                j.putNextEntry(new ZipEntry(classFile));
                try (InputStream in = BrokenPlugins.class.getClassLoader().getResourceAsStream(classFile)) {
                    in.transferTo(j);
                }
                j.closeEntry();
            }
            if (component) {
                j.putNextEntry(new ZipEntry("OSGI-INF/" + impl + ".xml"));
                j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + impl + "\">\n"
                        + "  <implementation class=\"" + impl + "\"/>\n"
                        + "  <service><provide interface=\"org.recits.api.indicator.Indicator\"/></service>\n"
                        + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
                j.closeEntry();
            }
        }
        return jar;
    }

    /** Bytes that are no zip at all, named {@code .jar}. */
    public static Path notAJar(Path jar) throws IOException {
        return Files.write(jar, "ceci n’est pas une archive".getBytes(StandardCharsets.UTF_8));
    }

    /** A jar whose manifest says it is a bundle but has no {@code Bundle-SymbolicName}: it cannot install. */
    public static Path withoutSymbolicName(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.putNextEntry(new ZipEntry("LISEZMOI.txt"));
            j.write("rien".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }

    /** Random bytes named {@code .jar}: neither text nor zip. */
    public static Path randomBytes(Path jar) throws IOException {
        byte[] bytes = new byte[4096];
        new java.util.Random(17).nextBytes(bytes);
        return Files.write(jar, bytes);
    }

    /** A zip whose manifest has a line that is no header (no « : »): the JDK cannot read it. */
    public static Path badManifest(Path jar) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            z.write(("Manifest-Version: 1.0\r\nBundle-ManifestVersion: 2\r\nBundle-SymbolicName: org.example.bad\r\n"
                    + "ceci n est pas un en-tete\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return jar;
    }

    /** A plain library jar: a manifest without any OSGi header, and a class. */
    public static Path withoutOsgiHeaders(Path jar) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            String classFile = TestIndicator.class.getName().replace('.', '/') + ".class";
            j.putNextEntry(new ZipEntry(classFile));
            try (InputStream in = BrokenPlugins.class.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(j);
            }
            j.closeEntry();
        }
        return jar;
    }
}
