package org.recits.tools.generator.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Value formatting for the two conventions the files use (ISO/point and French/comma). */
public final class Fmt {

    private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter KOBO_LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
    private static final DateTimeFormatter KOBO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final char[] ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Fmt() {
    }

    public static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    public static String fr(LocalDate d) {
        return d == null ? "" : FR_DATE.format(d);
    }

    /** 2 → "2", 2.5 → "2,5": days are multiples of a half. */
    public static String frDays(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v).replace('.', ',');
    }

    /** Euros: whole amounts as "45000", others with two decimals and a comma ("43217,38"). */
    public static String frEuros(long cents) {
        return cents % 100 == 0 ? Long.toString(cents / 100) : "%d,%02d".formatted(cents / 100, cents % 100);
    }

    public static String lime(LocalDateTime t) {
        return LIME.format(t);
    }

    /** KoBo's start/end: local time with milliseconds and the offset of the day (DST included). */
    public static String koboLocal(LocalDateTime t) {
        return KOBO_LOCAL.format(t.atZone(PARIS));
    }

    /** KoBo's _submission_time: UTC, no offset. */
    public static String koboUtc(LocalDateTime t) {
        return KOBO_UTC.format(t.atZone(PARIS).withZoneSameInstant(ZoneOffset.UTC));
    }

    public static String alnum(SplittableRandom r, int length) {
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.append(ALNUM[r.nextInt(ALNUM.length)]);
        }
        return sb.toString();
    }

    /** A version-4-shaped UUID drawn from the stream (java.util.UUID.randomUUID would not be reproducible). */
    public static String uuid(SplittableRandom r) {
        StringBuilder sb = new StringBuilder(36);
        for (int i = 0; i < 32; i++) {
            if (i == 8 || i == 12 || i == 16 || i == 20) {
                sb.append('-');
            }
            char c = HEX[r.nextInt(16)];
            if (i == 12) {
                c = '4';
            } else if (i == 16) {
                c = HEX[8 + r.nextInt(4)];
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
