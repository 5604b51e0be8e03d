package org.recits.api.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file of the data folder offered to ingestors.
 *
 * @param path  where it is
 * @param name  its name relative to the data folder, as shown in findings and provenance
 * @param head  its first bytes (up to {@link #HEAD_SIZE}), for recognising it by signature
 */
public record InputFile(Path path, String name, byte[] head) {

    /** How many leading bytes {@link #head()} holds at most. */
    public static final int HEAD_SIZE = 8192;

    /**
     * Requires path and name; copies the head, so neither side can change the other's bytes.
     *
     * @param path  where it is
     * @param name  its name relative to the data folder, as shown in findings and provenance
     * @param head  its first bytes (up to {@link #HEAD_SIZE}), for recognising it by signature
     */
    public InputFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
        head = head == null ? new byte[0] : head.clone();
    }

    /**
     * Reads the head of a file.
     *
     * @param path where the file is
     * @param name its name relative to the data folder
     * @return the file with its first {@link #HEAD_SIZE} bytes at most
     * @throws IOException when the file cannot be read
     */
    public static InputFile of(Path path, String name) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return new InputFile(path, name, in.readNBytes(HEAD_SIZE));
        }
    }

    /**
     * The file's first bytes, for recognising it by signature.
     *
     * @return a copy of up to {@link #HEAD_SIZE} bytes; fewer for a shorter file
     */
    @Override
    public byte[] head() {
        return head.clone();
    }

    /**
     * The file name in lower case, without folders, for matching names such as {@code sessions.csv}.
     *
     * @return the lower-case name
     */
    public String fileName() {
        return path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputFile f && f.path.equals(path) && f.name.equals(name) && Arrays.equals(f.head, head);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, name, Arrays.hashCode(head));
    }

    @Override
    public String toString() {
        return name;
    }
}
