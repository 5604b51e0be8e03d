package org.recits.tools.generator.internal;

import java.util.SplittableRandom;

/**
 * Random streams keyed by (seed, key), so each collectivité draws from its own stream: the n-th
 * collectivité is the same whatever the scale, and nothing depends on the order things are drawn in
 * elsewhere.
 */
public final class SampleStreams {

    private SampleStreams() {
    }

    /** SplitMix64's finaliser over the pair: well spread even for consecutive keys. */
    public static long mix(long seed, long key) {
        long z = seed * 0x9E3779B97F4A7C15L + key * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static SplittableRandom activity(long seed, int index) {
        return new SplittableRandom(mix(seed, index));
    }

    public static SplittableRandom survey(long seed, int index) {
        return new SplittableRandom(mix(seed ^ 0x5A5A5A5A5A5A5A5AL, index));
    }
}
