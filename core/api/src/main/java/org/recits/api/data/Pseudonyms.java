package org.recits.api.data;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The pseudonyms of people's ids in the outputs: {@code pseudo-} and 16 hexadecimal digits of the id's
 * HMAC-SHA256 under a secret key the lab keeps outside the outputs. The same key gives the same pseudonym to
 * the same id in every file, run and quarter (attendance finds its participant, survey waves pair, a funder
 * follows a respondent from one report to the next); without the key, knowing an id (an e-mail address, a
 * survey tool's token) does not give its pseudonym, as a plain hash would. The engine reads the lab's key and
 * gives it to the run's {@link Dataset.Builder}; readers and renderers take it from there.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 2.0
 */
public final class Pseudonyms {

    /** Bytes of a key {@link #newKey()} makes: those of the hash, as RFC 2104 advises. */
    public static final int KEY_BYTES = 32;

    /** Fewest bytes of a key given: below, guessing the key is easier than it should be. */
    public static final int MIN_KEY_BYTES = 16;

    /**
     * The key of the examples and tests, published in this source: pseudonyms under it protect nothing. The
     * sample programme (fictional people) and tests use it, so that their outputs are the same on every
     * machine; {@link Dataset#builder()} starts with it until the engine gives the lab's key.
     */
    public static final Pseudonyms EXAMPLE = new Pseudonyms(
            "recits-exemple-cle-publique-ne-protege-rien".getBytes(StandardCharsets.UTF_8), true);

    private static final String ALGORITHM = "HmacSHA256";
    /** Hexadecimal digits kept: 64 bits, so that two of a million people share one with odds of 1 in 37 million. */
    private static final int HEX_DIGITS = 16;

    private final SecretKeySpec key;
    private final boolean example;
    /** A {@link Mac} is not thread-safe; one per thread, made once. */
    private final ThreadLocal<Mac> macs;

    private Pseudonyms(byte[] key, boolean example) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
        this.example = example;
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /**
     * Pseudonyms under a lab's key.
     *
     * @param key the secret key, {@link #MIN_KEY_BYTES} bytes or more (copied)
     * @return the pseudonyms
     * @throws IllegalArgumentException when the key is shorter
     */
    public static Pseudonyms keyed(byte[] key) {
        Objects.requireNonNull(key, "key");
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("a pseudonym key needs " + MIN_KEY_BYTES + " bytes or more, not "
                    + key.length);
        }
        return new Pseudonyms(key, false);
    }

    /**
     * A new random key, for a lab that has none yet.
     *
     * @return {@link #KEY_BYTES} bytes from a {@link SecureRandom}
     */
    public static byte[] newKey() {
        byte[] k = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(k);
        return k;
    }

    /**
     * The pseudonym of an id.
     *
     * @param id the id as read; surrounding spaces do not count
     * @return {@code pseudo-} and 16 hexadecimal digits; null for null
     */
    public String of(String id) {
        if (id == null) {
            return null;
        }
        byte[] h = macs.get().doFinal(id.strip().getBytes(StandardCharsets.UTF_8));
        return "pseudo-" + HexFormat.of().formatHex(h, 0, HEX_DIGITS / 2);
    }

    /**
     * Whether these are the published {@link #EXAMPLE} pseudonyms, which protect nothing.
     *
     * @return true for {@link #EXAMPLE}
     */
    public boolean isExample() {
        return example;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java platform has " + ALGORITHM, e);
        }
    }

    @Override
    public String toString() {
        return example ? "Pseudonyms[example key]" : "Pseudonyms[lab key]"; // never the key
    }
}
