package org.recits.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How a CSV file of a data folder is written, as the baselines guess it: encoding from its start (BOM, else
 * UTF-8 if the first 64 KiB decode, else Windows-1252) and separator from the header line (the most frequent
 * of {@code ;}, {@code ,} and tab), so that they read what Récits reads.
 *
 * @param charset   the file's encoding
 * @param bom       whether the file starts with a UTF-8 byte order mark
 * @param separator the field separator
 * @param header    the header line, decoded
 */
record Dialect(Charset charset, boolean bom, char separator, String header) {

    static Dialect of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1 << 16);
        }
        boolean bom = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        Charset cs = bom || decodes(head) ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        String first = new String(head, bom ? 3 : 0, head.length - (bom ? 3 : 0), cs).lines().findFirst().orElse("");
        char sep = count(first, ';') > count(first, ',') ? ';' : count(first, '\t') > count(first, ',') ? '\t' : ',';
        return new Dialect(cs, bom, sep, first);
    }

    private static boolean decodes(byte[] head) {
        try {
            // a multi-byte character cut at the 64 KiB boundary is not an error
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, Math.max(0, head.length - 4)));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
