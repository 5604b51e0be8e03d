package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Encoding detection: a BOM wins; else the whole file must decode as strict UTF-8; else Windows-1252. */
final class Encodings {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The charset and the number of BOM bytes to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private Encodings() {
    }

    static Detected detect(Path file) throws IOException {
        byte[] head = new byte[4];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, 4);
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (n >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        // UTF-16 without BOM: an ASCII header gives a zero byte every other byte.
        if (n == 4 && head[0] != 0 && head[1] == 0 && head[2] != 0 && head[3] == 0) {
            return new Detected(StandardCharsets.UTF_16LE, 0);
        }
        if (n == 4 && head[0] == 0 && head[1] != 0 && head[2] == 0 && head[3] != 0) {
            return new Detected(StandardCharsets.UTF_16BE, 0);
        }
        return new Detected(isStrictUtf8(file) ? StandardCharsets.UTF_8 : WINDOWS_1252, 0);
    }

    /** One streaming pass over the whole file: a Latin-1 é on the last line must not be read as UTF-8. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buf = new char[16384];
        try (Reader r = new InputStreamReader(Files.newInputStream(file), decoder)) {
            while (r.read(buf) >= 0) {
                // decoding is the check
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A reader positioned after the BOM, NUL characters dropped. */
    static Reader open(Path file, Detected d) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(d.bomLength());
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new NulDroppingReader(new InputStreamReader(in, d.charset()));
    }
}
