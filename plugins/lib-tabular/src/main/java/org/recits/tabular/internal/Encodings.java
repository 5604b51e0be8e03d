package org.recits.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Encoding detection: a BOM wins; else the whole file must decode as strict UTF-8; else UTF-8 with its invalid
 * lines in Windows-1252 when most of its accented lines are UTF-8 ({@link MixedUtf8}); else Windows-1252.
 */
final class Encodings {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /**
     * The charset and the number of BOM bytes to skip; for a UTF-8 file with some lines in Windows-1252
     * ({@link MixedUtf8}), those lines, else null.
     */
    record Detected(Charset charset, int bomLength, List<Long> windows1252Lines) {
        Detected(Charset charset, int bomLength) {
            this(charset, bomLength, null);
        }
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
        if (isStrictUtf8(file)) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        List<Long> windows1252 = MixedUtf8.invalidLines(file);
        return windows1252 == null ? new Detected(WINDOWS_1252, 0) : new Detected(StandardCharsets.UTF_8, 0, windows1252);
    }

    /** One streaming pass over the whole file: a Latin-1 é on the last line must not be read as UTF-8. */
    private static boolean isStrictUtf8(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return isStrictUtf8(in);
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * Whether the bytes are well-formed UTF-8 as Java's strict decoder sees it (Unicode table 3-7: no
     * overlong form, no surrogate, nothing past U+10FFFF, no sequence cut by the end). Checked on the
     * bytes, eight ASCII bytes at a time, rather than by decoding: this pass reads every byte of a
     * consolidated programme's 600 MB before parsing can start, and decoding to characters took 1.5 s.
     */
    static boolean isStrictUtf8(InputStream in) throws IOException {
        byte[] buf = new byte[1 << 20];
        int carried = 0;
        while (true) {
            int n = in.readNBytes(buf, carried, buf.length - carried);
            boolean end = carried + n < buf.length;
            int len = carried + n;
            int i = 0;
            while (i < len) {
                if (i + 8 <= len && ((long) LONGS.get(buf, i) & HIGH_BITS) == 0) {
                    i += 8;
                    continue;
                }
                int b = buf[i] & 0xFF;
                if (b < 0x80) {
                    i++;
                    continue;
                }
                int follow;
                int low = 0x80;
                int high = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) {
                    follow = 1;
                } else if (b == 0xE0) {
                    follow = 2;
                    low = 0xA0;
                } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
                    follow = 2;
                } else if (b == 0xED) {
                    follow = 2;
                    high = 0x9F;
                } else if (b == 0xF0) {
                    follow = 3;
                    low = 0x90;
                } else if (b >= 0xF1 && b <= 0xF3) {
                    follow = 3;
                } else if (b == 0xF4) {
                    follow = 3;
                    high = 0x8F;
                } else {
                    return false;
                }
                int available = Math.min(follow, len - i - 1);
                for (int k = 1; k <= available; k++) {
                    int c = buf[i + k] & 0xFF;
                    if (k == 1 ? c < low || c > high : c < 0x80 || c > 0xBF) {
                        return false;
                    }
                }
                if (available < follow) {
                    if (end) {
                        return false; // cut by the end of the file
                    }
                    break; // completed by the next read
                }
                i += follow + 1;
            }
            if (end) {
                return true;
            }
            carried = len - i;
            System.arraycopy(buf, i, buf, 0, carried);
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
        return new NulDroppingReader(d.windows1252Lines() != null ? MixedUtf8.reader(in) : new InputStreamReader(in, d.charset()));
    }
}
