package org.recits.indicators.values.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A collectivité's respondent ids numbered 0, 1, 2… in the order they are first met, without keeping a String per
 * respondent: a consolidated programme has millions of respondents, and a map from each id's String took about
 * 200 bytes of heap per respondent and indicator (x5000: 5 M respondents, more than the heap). A lower-case uuid,
 * as KoBo writes them, is kept exactly in its 128 bits, in an open-addressing table of ints; any other id in a
 * map of Strings, as before.
 *
 * <p>An id is taken stripped: « abc » and « abc  » are one respondent. The answers of one response share the id
 * instance: the last one's number is reused.
 */
final class RespondentIds {

    /** The number of an answer without id (or a blank one): its own respondent. */
    static final int NONE = -1;

    private long[] high = new long[16];
    private long[] low = new long[16];
    /** Numbers of uuid ids plus one, 0 for a free slot; at most half full. */
    private int[] table = new int[32];
    private int uuids;
    private final Map<String, Integer> others = new HashMap<>();
    private int size;
    private String lastRaw;
    private int lastNumber = NONE;

    /** How many distinct ids were numbered. */
    int size() {
        return size;
    }

    /** The number of the respondent id {@code raw} (stripped), made on first sight; {@link #NONE} without id. */
    int number(String raw) {
        if (raw == lastRaw && raw != null) {
            return lastNumber;
        }
        int n;
        if (raw == null || raw.isBlank()) {
            n = NONE;
        } else {
            String id = raw.strip();
            n = isUuid(id) ? uuid(hex(id, 0, 18), hex(id, 19, 36)) : other(id);
        }
        lastRaw = raw;
        lastNumber = n;
        return n;
    }

    private int other(String id) {
        Integer n = others.get(id);
        if (n == null) {
            n = next();
            others.put(id, n);
        }
        return n;
    }

    private int uuid(long hi, long lo) {
        int mask = table.length - 1;
        for (int slot = slot(hi, lo, mask);; slot = (slot + 1) & mask) {
            int entry = table[slot];
            if (entry == 0) {
                int n = next();
                high[n] = hi;
                low[n] = lo;
                table[slot] = n + 1;
                if (++uuids * 2 > table.length) {
                    rehash();
                }
                return n;
            }
            if (high[entry - 1] == hi && low[entry - 1] == lo) {
                return entry - 1;
            }
        }
    }

    private int next() {
        if (size == high.length) {
            int grown = size + (size >> 1);
            high = Arrays.copyOf(high, grown);
            low = Arrays.copyOf(low, grown);
        }
        return size++;
    }

    private void rehash() {
        int[] old = table;
        table = new int[old.length * 2];
        int mask = table.length - 1;
        for (int entry : old) {
            if (entry != 0) {
                int slot = slot(high[entry - 1], low[entry - 1], mask);
                while (table[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = entry;
            }
        }
    }

    private static int slot(long hi, long lo, int mask) {
        long h = (hi * 0x9E3779B97F4A7C15L) ^ lo;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32) & mask;
    }

    /** Whether an id is a uuid as tools write it, lower case (8-4-4-4-12 hexadecimal digits). */
    static boolean isUuid(String id) {
        if (id.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = id.charAt(i);
            boolean ok = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The 16 hexadecimal digits of {@code id} between {@code from} and {@code to}, dashes skipped, as 64 bits. */
    private static long hex(String id, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = id.charAt(i);
            if (c != '-') {
                v = v << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
            }
        }
        return v;
    }
}
