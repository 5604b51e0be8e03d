package org.recits.engine.internal.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.recits.api.data.Pseudonyms;
import org.recits.api.text.Messages;

/**
 * The lab's pseudonym key ({@link Pseudonyms}): a small text file kept outside the outputs, read at each
 * report, made on first use. Where it lies: {@code --cle-pseudonymes FILE}, else {@code
 * RECITS_PSEUDONYM_KEY_FILE}, else the user's configuration folder ({@code %APPDATA%\Recits} on Windows,
 * {@code $XDG_CONFIG_HOME/recits} or {@code ~/.config/recits} elsewhere). The same key gives the same
 * pseudonyms from one quarter to the next, so it is made once and kept: a run never replaces one it cannot
 * read, it stops and says why.
 */
final class PseudonymKey {

    static final String ENV = "RECITS_PSEUDONYM_KEY_FILE";
    static final String FILE_NAME = "cle-pseudonymes.txt";

    /** The key read or made, and where. */
    record Loaded(Pseudonyms pseudonyms, Path file, boolean created) {
    }

    private PseudonymKey() {
    }

    /** Where the key lies, for this option, environment and system. */
    static Path location(Path option, Map<String, String> env, String userHome, String osName) {
        if (option != null) {
            return option;
        }
        String explicit = env.get(ENV);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Recits", FILE_NAME);
        }
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(userHome, ".config");
        return base.resolve("recits").resolve(FILE_NAME);
    }

    /** The key of this process's run: {@code option} if given, else the environment's or the user's. */
    static Loaded forRun(Path option, Messages messages) {
        return load(location(option, System.getenv(), System.getProperty("user.home"),
                System.getProperty("os.name")), messages);
    }

    /**
     * Reads the key in {@code file}, or makes it there when there is none.
     *
     * @throws RecitsCli.UsageException when the file cannot be read or holds no key: a new key would change
     *         every pseudonym, so none is made in its place
     */
    static Loaded load(Path file, Messages messages) {
        try {
            if (!Files.exists(file)) {
                try {
                    create(file, messages);
                    return new Loaded(read(file, messages), file, true);
                } catch (FileAlreadyExistsException e) {
                    // another run made it meanwhile: read that one
                }
            }
            return new Loaded(read(file, messages), file, false);
        } catch (IOException e) {
            throw new RecitsCli.UsageException(messages.get("error.key.io", file, IoErrors.describe(messages, e)));
        }
    }

    private static Pseudonyms read(Path file, Messages messages) throws IOException {
        StringBuilder hex = new StringBuilder();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String s = line.strip();
            if (!s.isEmpty() && !s.startsWith("#")) {
                hex.append(s);
            }
        }
        byte[] key;
        try {
            key = HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < Pseudonyms.MIN_KEY_BYTES) {
            throw new RecitsCli.UsageException(messages.get("error.key.invalid", file, Pseudonyms.MIN_KEY_BYTES * 2));
        }
        return Pseudonyms.keyed(key);
    }

    /** Writes a new key whole, readable by its owner only where the system says so, never over another. */
    private static void create(Path file, Messages messages) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".cle-pseudonymes-", ".tmp");
        try {
            if (Files.getFileStore(tmp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(tmp, messages.get("key.file.comment") + "\n"
                    + HexFormat.of().formatHex(Pseudonyms.newKey()) + "\n", StandardCharsets.UTF_8);
            try {
                Files.createLink(file, tmp); // whole, and never over a key another run made meanwhile
            } catch (UnsupportedOperationException | FileSystemException e) {
                if (e instanceof FileAlreadyExistsException || Files.exists(file)) {
                    throw new FileAlreadyExistsException(file.toString());
                }
                Files.move(tmp, file); // no hard links here: fails, not replaces, if one appeared
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
