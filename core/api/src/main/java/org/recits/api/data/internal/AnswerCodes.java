package org.recits.api.data.internal;

import java.util.Arrays;

/**
 * The question and value codes of each survey answer, in chunks: tens of millions of answers grow chunk by
 * chunk, never copied into a bigger array (that copy once held three times their size).
 *
 * <p>A chunk begun while both codes fit in 16 bits together (a few dozen questions, a few hundred distinct
 * answers: every sample programme) holds a char an answer, the split between question and value bits chosen
 * for that chunk; an answer that no longer fits turns its chunk into ints. An int chunk packs both codes in
 * one int while there are fewer than 2^11 questions and 2^21 distinct answers; past that the store goes on
 * with one int each ("wide"). x2000 (40 M answers): 80 MB instead of 160 MB.
 */
final class AnswerCodes {

    static final int SHIFT = 15;
    static final int CHUNK = 1 << SHIFT;
    static final int MASK = CHUNK - 1;
    static final int VALUE_BITS = 21;
    static final int VALUE_MASK = (1 << VALUE_BITS) - 1;
    private static final int PACKED_QUESTIONS = 1 << (32 - VALUE_BITS);

    private boolean wide;
    private int size;
    /** Per chunk: its ints, or null when it is a char chunk. */
    private int[][] ints = new int[8][];
    /** Per chunk: its chars, or null. */
    private char[][] chars = new char[8][];
    /** Per char chunk: how many low bits of a char hold the value code. */
    private byte[] valueBits = new byte[8];

    /**
     * Adds an answer's codes.
     *
     * @param questions how many question codes there are so far (to split the next char chunk's bits)
     * @param values    how many value codes there are so far
     */
    void add(int question, int value, int questions, int values) {
        if (!wide && (question >= PACKED_QUESTIONS || value > VALUE_MASK)) {
            widen();
        }
        int chunk = size >>> SHIFT;
        int at = size & MASK;
        if (chunk == ints.length) {
            ints = Arrays.copyOf(ints, chunk * 2);
            chars = Arrays.copyOf(chars, chunk * 2);
            valueBits = Arrays.copyOf(valueBits, chunk * 2);
        }
        if (at == 0) {
            begin(chunk, questions, values);
        }
        char[] c = chars[chunk];
        if (c != null) {
            int vb = valueBits[chunk];
            if (question >>> (16 - vb) == 0 && value >>> vb == 0) {
                c[at] = (char) (question << vb | value);
                size++;
                return;
            }
            toInts(chunk);
        }
        if (wide) {
            ints[chunk][at << 1] = question;
            ints[chunk][(at << 1) + 1] = value;
        } else {
            ints[chunk][at] = question << VALUE_BITS | value;
        }
        size++;
    }

    /** A new chunk: chars when the codes so far fit, the question's bits as few as the questions need. */
    private void begin(int chunk, int questions, int values) {
        int qb = 32 - Integer.numberOfLeadingZeros(Math.max(1, questions));
        int vb = 16 - qb;
        if (!wide && vb > 0 && values < 1 << vb) {
            chars[chunk] = new char[CHUNK];
            valueBits[chunk] = (byte) vb;
        } else {
            ints[chunk] = new int[wide ? 2 * CHUNK : CHUNK];
        }
    }

    /** Moves a char chunk's answers into an int chunk (into new arrays: a frozen view keeps the chars). */
    private void toInts(int chunk) {
        int[] packed = new int[wide ? 2 * CHUNK : CHUNK];
        int n = Math.min(CHUNK, size - (chunk << SHIFT));
        for (int i = 0; i < n; i++) {
            int code = packed(chars, valueBits, ints, chunk, i);
            if (wide) {
                packed[i << 1] = code >>> VALUE_BITS;
                packed[(i << 1) + 1] = code & VALUE_MASK;
            } else {
                packed[i] = code;
            }
        }
        ints[chunk] = packed;
        chars[chunk] = null;
    }

    /** Moves to one int per code, into new chunks: views taken before keep theirs. */
    private void widen() {
        int[][] wider = new int[ints.length][];
        for (int i = 0; i < size; i++) {
            int c = i >>> SHIFT;
            if (wider[c] == null) {
                wider[c] = new int[2 * CHUNK];
            }
            int code = packed(chars, valueBits, ints, c, i & MASK);
            wider[c][(i & MASK) << 1] = code >>> VALUE_BITS;
            wider[c][((i & MASK) << 1) + 1] = code & VALUE_MASK;
        }
        ints = wider;
        chars = new char[wider.length][];
        wide = true;
    }

    /** Both codes of a not-wide answer, as an int chunk packs them. */
    private static int packed(char[][] chars, byte[] valueBits, int[][] ints, int chunk, int at) {
        char[] c = chars[chunk];
        if (c != null) {
            int vb = valueBits[chunk];
            char v = c[at];
            return (v >>> vb) << VALUE_BITS | v & ((1 << vb) - 1);
        }
        return ints[chunk][at];
    }

    /** The codes added so far, unchanged by later additions. */
    Frozen frozen() {
        return new Frozen(wide, ints.clone(), chars.clone(), valueBits.clone());
    }

    /** Codes as they were when frozen. */
    static final class Frozen {
        private final boolean wide;
        private final int[][] ints;
        private final char[][] chars;
        private final byte[] valueBits;

        private Frozen(boolean wide, int[][] ints, char[][] chars, byte[] valueBits) {
            this.wide = wide;
            this.ints = ints;
            this.chars = chars;
            this.valueBits = valueBits;
        }

        int question(int index) {
            return wide ? ints[index >>> SHIFT][(index & MASK) << 1]
                    : packed(chars, valueBits, ints, index >>> SHIFT, index & MASK) >>> VALUE_BITS;
        }

        int value(int index) {
            return wide ? ints[index >>> SHIFT][((index & MASK) << 1) + 1]
                    : packed(chars, valueBits, ints, index >>> SHIFT, index & MASK) & VALUE_MASK;
        }
    }
}
