package org.recits.launcher.broken;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * Writes plugin bundles around {@link ThrowingIndicator}, as bnd would for a plugin with one
 * {@code @Component}: a manifest importing the API packages, and the component's XML.
 */
public final class BrokenPlugins {

    private BrokenPlugins() {
    }

    /** A bundle whose indicator throws in {@code compute}, built against the current API ({@code [1.0,2)}). */
    public static Path throwingInCompute(Path jar) throws IOException {
        return write(jar, "org.example.throwing", "[1.0,2)");
    }

    /** The same bundle, built against an API 2.x this product does not provide: it cannot resolve. */
    public static Path builtAgainstApi2(Path jar) throws IOException {
        return write(jar, "org.example.api2", "[2.0,3)");
    }

    private static Path write(Path jar, String symbolicName, String apiRange) throws IOException {
        String impl = ThrowingIndicator.class.getName();
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        StringBuilder imports = new StringBuilder();
        for (String p : new String[] {"data", "indicator", "model"}) {
            imports.append(imports.length() == 0 ? "" : ",").append("org.recits.api.").append(p)
                    .append(";version=\"").append(apiRange).append('"');
        }
        a.putValue("Import-Package", imports.toString());
        a.putValue("Service-Component", "OSGI-INF/" + impl + ".xml");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            String classFile = impl.replace('.', '/') + ".class";
            j.putNextEntry(new ZipEntry(classFile));
            try (InputStream in = BrokenPlugins.class.getClassLoader().getResourceAsStream(classFile)) {
                in.transferTo(j);
            }
            j.closeEntry();
            j.putNextEntry(new ZipEntry("OSGI-INF/" + impl + ".xml"));
            j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + impl + "\">\n"
                    + "  <implementation class=\"" + impl + "\"/>\n"
                    + "  <service><provide interface=\"org.recits.api.indicator.Indicator\"/></service>\n"
                    + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }
}
