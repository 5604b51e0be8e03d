package org.recits.tabular.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The byte-level UTF-8 check must say exactly what Java's strict decoder says. */
class StrictUtf8Test {

    private static boolean jdk(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean ours(byte[] bytes) throws IOException {
        return Encodings.isStrictUtf8(new ByteArrayInputStream(bytes));
    }

    /** Bytes around the edges of the UTF-8 tables, mixed with ASCII runs and real characters. */
    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> edge = Arbitraries.of(0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1,
                0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF)
                .map(b -> new byte[] {(byte) (int) b});
        Arbitrary<byte[]> text = Arbitraries.strings().ofMaxLength(12).map(t -> t.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> ascii = Arbitraries.strings().ascii().ofMinLength(8).ofMaxLength(20)
                .map(t -> t.getBytes(StandardCharsets.US_ASCII));
        return Arbitraries.oneOf(edge, edge, text, ascii).list().ofMaxSize(30).map(parts -> {
            int size = parts.stream().mapToInt(p -> p.length).sum();
            byte[] out = new byte[size];
            int at = 0;
            for (byte[] p : parts) {
                System.arraycopy(p, 0, out, at, p.length);
                at += p.length;
            }
            return out;
        });
    }

    @Property(tries = 3000)
    void saysWhatTheStrictDecoderSays(@ForAll("bytes") byte[] bytes) throws IOException {
        assertThat(ours(bytes)).as(Arrays.toString(bytes)).isEqualTo(jdk(bytes));
    }

    @Test
    void sequencesAcrossTheOneMebibyteReadsAreJoined() throws IOException {
        byte[] big = new byte[(1 << 20) + 10];
        Arrays.fill(big, (byte) 'a');
        byte[] euro = "€".getBytes(StandardCharsets.UTF_8); // three bytes, cut by the first read
        System.arraycopy(euro, 0, big, (1 << 20) - 1, 3);
        assertThat(ours(big)).isTrue();
        big[(1 << 20) + 1] = 'a'; // the third byte is no longer a continuation
        assertThat(ours(big)).isFalse();
        byte[] cut = Arrays.copyOf(big, 1 << 20); // ends inside the sequence
        System.arraycopy(euro, 0, cut, (1 << 20) - 2, 2);
        assertThat(ours(cut)).isFalse();
        assertThat(ours(new byte[0])).isTrue();
    }
}
