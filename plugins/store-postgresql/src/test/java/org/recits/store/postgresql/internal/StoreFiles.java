package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.recits.api.store.PushedFile;

/** Files to push in the tests: written in a folder, with their true hash. */
final class StoreFiles {

    private StoreFiles() {
    }

    static PushedFile write(Path folder, String name, String content) throws IOException {
        return write(folder, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static PushedFile write(Path folder, String name, byte[] content) throws IOException {
        Path p = folder.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return new PushedFile(name, p, sha256(content), "activity", 1, 0);
    }

    static String sha256(byte[] content) {
        return HexFormat.of().formatHex(Blobs.sha256().digest(content));
    }
}
