package org.recits.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Puts the files of one upload into a job's data folder: plain files as they come, a {@code .zip} unpacked.
 * Refused, for the whole upload: a name that would leave the folder (absolute, {@code ..}, a drive), a symbolic
 * link, an archive that unpacks to far more than it weighs (a zip bomb) or beyond the limit, more files than the
 * limit, two files of one name, an archive that cannot be read. Hidden files and the {@code __MACOSX} folder that
 * macOS adds to archives are left out.
 */
final class Deposit {

    private static final String ZIP_SUFFIX = ".zip";

    private final Limits limits;
    private final Path data;
    private int files;
    private long unzipped;

    Deposit(Limits limits, Path data) {
        this.limits = limits;
        this.data = data;
    }

    /** How many files went into the folder. */
    int files() {
        return files;
    }

    /** Adds one uploaded file, under the name the browser gave (a path inside a dropped folder is kept). */
    void add(String name, InputStream in) throws IOException, Refusal {
        String relative = relative(name);
        if (relative == null) {
            return;
        }
        if (relative.toLowerCase(java.util.Locale.ROOT).endsWith(ZIP_SUFFIX)) {
            Path zip = Files.createTempFile(data.getParent(), "depot", ".zip");
            try {
                Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                unzip(name, zip);
            } finally {
                Files.deleteIfExists(zip);
            }
            return;
        }
        Path target = inside(relative, name);
        count(name);
        Files.createDirectories(target.getParent());
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
            in.transferTo(out);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.twice", name);
        }
    }

    private void unzip(String archive, Path zip) throws IOException, Refusal {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (Enumeration<ZipArchiveEntry> e = z.getEntries(); e.hasMoreElements();) {
                ZipArchiveEntry entry = e.nextElement();
                if (entry.isUnixSymlink()) {
                    throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.symlink", archive, entry.getName());
                }
                String relative = relative(entry.getName());
                if (entry.isDirectory() || relative == null) {
                    continue;
                }
                Path target = inside(relative, entry.getName());
                count(archive);
                Files.createDirectories(target.getParent());
                try (InputStream in = z.getInputStream(entry);
                        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                    copy(archive, entry, in, out);
                } catch (java.nio.file.FileAlreadyExistsException twice) {
                    throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.twice", entry.getName());
                }
            }
        } catch (java.util.zip.ZipException | java.io.EOFException | IllegalArgumentException broken) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.badZip", archive);
        }
    }

    /** Copies one entry, counting what it unpacks to: the sizes its header claims are not trusted. */
    private void copy(String archive, ZipArchiveEntry entry, InputStream in, OutputStream out)
            throws IOException, Refusal {
        long packed = Math.max(entry.getCompressedSize(), 1);
        long written = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0;) {
            written += n;
            unzipped += n;
            if (unzipped > limits.maxUnzippedBytes()) {
                throw new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "refused.unzippedTooBig", archive,
                        limits.maxUnzippedBytes() / Limits.MB);
            }
            if (written > Limits.MB && written > Limits.MAX_RATIO * packed) {
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.bomb", archive, entry.getName());
            }
            out.write(buffer, 0, n);
        }
    }

    private void count(String name) throws Refusal {
        if (++files > limits.maxFiles()) {
            throw new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "refused.tooMany", limits.maxFiles());
        }
    }

    /**
     * The name as a relative path with {@code /} between its parts, or null for a file left out (hidden, or in
     * {@code __MACOSX}); refused when it would leave the folder.
     */
    static String relative(String name) throws Refusal {
        String n = name == null ? "" : name.replace('\\', '/');
        if (n.isBlank() || n.startsWith("/") || n.matches("^[A-Za-z]:.*") || n.chars().anyMatch(c -> c < 0x20)) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.outside", String.valueOf(name));
        }
        StringBuilder kept = new StringBuilder();
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.outside", name);
            }
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.startsWith(".") || part.equals("__MACOSX")) {
                return null;
            }
            kept.append(kept.length() == 0 ? "" : "/").append(part);
        }
        return kept.length() == 0 ? null : kept.toString();
    }

    /** The file the relative path names, checked once more to lie inside the data folder. */
    private Path inside(String relative, String name) throws Refusal {
        Path target = data.resolve(relative).normalize();
        if (!target.startsWith(data) || target.equals(data)) {
            throw new Refusal(HttpServletResponse.SC_BAD_REQUEST, "refused.outside", name);
        }
        return target;
    }
}
