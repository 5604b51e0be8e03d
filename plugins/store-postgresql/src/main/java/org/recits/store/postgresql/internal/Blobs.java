package org.recits.store.postgresql.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.recits.api.store.StoreException;
import org.recits.api.store.StoredFile;

/**
 * A file's bytes in and out of {@code recits_chunk}, 1 MiB at a time: in with COPY (one round trip for the whole
 * file), out through a cursor. COPY goes into a temporary table first, then into {@code recits_chunk} with one
 * INSERT: PostgreSQL refuses COPY into a table under row-level security, and the INSERT is held to the lab's
 * policy. Both ways check the SHA-256, so that a file changed between its check and its push,
 * or a stored piece gone astray, is refused rather than reported on.
 */
final class Blobs {

    static final int CHUNK = 1 << 20;

    private static final HexFormat HEX = HexFormat.of();

    private Blobs() {
    }

    /**
     * Stores a file's bytes for a lab, unless the lab already holds that content; inside the caller's transaction.
     *
     * @return whether the bytes were written (false when the content was there)
     */
    static boolean store(Connection c, String lab, Path file, String sha256) throws SQLException, IOException,
            StoreException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO recits_blob (lab, sha256, size) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            p.setString(1, lab);
            p.setString(2, sha256);
            p.setLong(3, Files.size(file));
            if (p.executeUpdate() == 0) {
                return false;
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS recits_chunk_in (lab text, sha256 text, seq int, data bytea)"
                    + " ON COMMIT DELETE ROWS");
            s.execute("TRUNCATE recits_chunk_in");
        }
        MessageDigest digest = sha256();
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY recits_chunk_in (lab, sha256, seq, data) FROM STDIN");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[CHUNK];
            int seq = 0;
            int n;
            do {
                n = in.readNBytes(buffer, 0, CHUNK);
                if (n == 0 && seq > 0) {
                    break;
                }
                digest.update(buffer, 0, n);
                // text COPY: a bytea as \x followed by hexadecimal, its backslash doubled
                byte[] head = (lab + "\t" + sha256 + "\t" + seq++ + "\t\\\\x").getBytes(StandardCharsets.UTF_8);
                byte[] hex = HEX.formatHex(buffer, 0, n).getBytes(StandardCharsets.US_ASCII);
                copy.writeToCopy(head, 0, head.length);
                copy.writeToCopy(hex, 0, hex.length);
                copy.writeToCopy(new byte[] {'\n'}, 0, 1);
            } while (n == CHUNK);
        } catch (IOException | RuntimeException e) {
            copy.cancelCopy();
            throw e;
        }
        String actual = HEX.formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            copy.cancelCopy();
            throw Texts.refusal(null, "error.changedSinceCheck", file);
        }
        copy.endCopy();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO recits_chunk (lab, sha256, seq, data) SELECT lab, sha256, seq, data FROM recits_chunk_in");
        }
        return true;
    }

    /** Writes a stored file's bytes; refuses when they are missing or do not match their hash. */
    static void copy(Connection c, StoredFile file, OutputStream out) throws SQLException, IOException, StoreException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false); // the driver streams with a cursor only inside a transaction
        try (PreparedStatement p = c.prepareStatement(
                "SELECT seq, data FROM recits_chunk WHERE lab = ? AND sha256 = ? ORDER BY seq")) {
            p.setFetchSize(4);
            p.setString(1, file.lab());
            p.setString(2, file.sha256());
            MessageDigest digest = sha256();
            int expected = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (rs.getInt(1) != expected++) {
                        throw Texts.refusal(null, "error.damaged", file.lab(), file.name());
                    }
                    byte[] data = rs.getBytes(2);
                    digest.update(data);
                    out.write(data);
                }
            }
            if (expected == 0) {
                throw Texts.refusal(null, "error.missingFile", file.lab(), file.name(), file.sha256());
            }
            if (!HEX.formatHex(digest.digest()).equals(file.sha256())) {
                throw Texts.refusal(null, "error.damaged", file.lab(), file.name());
            }
            c.commit();
        } finally {
            if (auto) {
                Migrations.rollbackQuietly(c);
                c.setAutoCommit(true);
            }
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
