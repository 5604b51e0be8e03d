package org.recits.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipFile;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.Version;

/**
 * The user's plugin jars as the launcher met them, handed to the engine so that it can tell a plugin
 * from a shipped bundle and say, in the user's language, why a jar could not even be installed (no
 * bundle exists then for the engine to look at).
 *
 * <p>Launcher and framework share no class but the JDK's: the list is registered as a
 * {@code java.util.List} service with {@value #PROPERTY}{@code =launcher}, one {@code Map<String, String>}
 * per jar with the keys {@code file}, {@code location}, and for a jar that did not install, {@code error}
 * ({@code UNREADABLE}, {@code NO_SYMBOLIC_NAME}, {@code MANIFEST_ERROR}, {@code DUPLICATE_BUNDLE_ERROR}) and
 * {@code detail} (the framework's own words, for the plugin's author; for a duplicate, the file it repeats).
 */
final class PluginJars {

    /** Service property of the list. */
    static final String PROPERTY = "recits.plugins";

    private final List<Map<String, String>> entries = new ArrayList<>();

    void installed(Path jar, String location) {
        entries.add(Map.of("file", jar.getFileName().toString(), "location", location));
    }

    /** @param installed the bundles installed so far, to name the jar a duplicate repeats */
    void refused(Path jar, String location, BundleException e, Bundle[] installed) {
        String kind = kind(jar, e);
        String malformed = kind.equals("MANIFEST_ERROR") ? malformedManifest(jar) : null;
        String detail = kind.equals("DUPLICATE_BUNDLE_ERROR") ? sameBundleFile(jar, installed)
                : malformed != null ? malformed
                : e.getMessage() == null ? "" : e.getMessage();
        entries.add(Map.of("file", jar.getFileName().toString(), "location", location, "error", kind,
                "detail", detail));
    }

    /** The file of the installed bundle with the same symbolic name and version as {@code jar}. */
    private static String sameBundleFile(Path jar, Bundle[] installed) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName").split(";")[0].strip();
            Version version = Version.parseVersion(main.getValue("Bundle-Version"));
            for (Bundle b : installed) {
                if (name.equals(b.getSymbolicName()) && version.equals(b.getVersion()) && b.getLocation() != null) {
                    return Paths.get(URI.create(b.getLocation())).getFileName().toString();
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // the framework read it a moment ago; if it cannot be read again, the message names no file
        }
        return "?";
    }

    /**
     * What the JDK says of a jar's manifest that it cannot parse (a line without « : », a line too long), with the
     * manifest's name; null when it parses (or there is none).
     */
    private static String malformedManifest(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            file.getManifest();
            return null;
        } catch (IOException | SecurityException e) {
            return JarFile.MANIFEST_NAME + ": " + e.getMessage();
        }
    }

    List<Map<String, String>> entries() {
        return List.copyOf(entries);
    }

    /**
     * Why the jar did not install, in terms the engine translates: the framework gives most reasons as
     * {@code UNSPECIFIED}, so the jar itself is looked at for the common ones.
     */
    private static String kind(Path jar, BundleException e) {
        if (e.getType() == BundleException.DUPLICATE_BUNDLE_ERROR) {
            return "DUPLICATE_BUNDLE_ERROR";
        }
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            if (zip.getEntry(JarFile.MANIFEST_NAME) == null) {
                return "NO_SYMBOLIC_NAME"; // a zip without a manifest: no bundle headers at all
            }
        } catch (IOException notAZip) {
            return "UNREADABLE";
        }
        if (malformedManifest(jar) != null) {
            return "MANIFEST_ERROR";
        }
        Manifest manifest;
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = file.getManifest();
        } catch (IOException | SecurityException notAJar) {
            return "UNREADABLE";
        }
        if (manifest == null) {
            return "UNREADABLE";
        }
        if (manifest.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            return "NO_SYMBOLIC_NAME";
        }
        return "MANIFEST_ERROR";
    }
}
