package nl.mantelsim.engine;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;

/**
 * Keyed randomness: every draw is a pure function of (run seed, person id, year, purpose, index). No generator
 * state travels between persons, so results do not depend on how persons are split over partitions or executors,
 * and all scenarios of a replication see the same numbers for the same decision (common random numbers).
 */
public final class Draws {
    private Draws() {}

    /** The SplitMix64 finaliser (Stafford's variant 13): a bijection on 64 bits with full avalanche. */
    public static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A 64-bit key for the draw; each component passes through the mixer so nearby ids or years do not correlate. */
    public static long key(long seed, long id, int year, Purpose purpose, int index) {
        long h = mix64(seed + 0x9E3779B97F4A7C15L);
        h = mix64(h ^ id);
        h = mix64(h ^ (((long) year << 40) | ((long) purpose.ordinal() << 24) | (index & 0xFFFFFFL)));
        return h;
    }

    /** A uniform number in [0, 1) with 53 random bits. */
    public static double uniform(long seed, long id, int year, Purpose purpose) {
        return toUnit(key(seed, id, year, purpose, 0));
    }

    public static double uniform(long seed, long id, int year, Purpose purpose, int index) {
        return toUnit(key(seed, id, year, purpose, index));
    }

    /** True with probability p. */
    public static boolean chance(double p, long seed, long id, int year, Purpose purpose) {
        return uniform(seed, id, year, purpose) < p;
    }

    /** An exponential draw with the given mean. */
    public static double exponential(double mean, long seed, long id, int year, Purpose purpose) {
        return -mean * Math.log1p(-uniform(seed, id, year, purpose));
    }

    /**
     * A generator for decisions that need several numbers (a wage from a Gaussian, say), seeded from the key:
     * a fresh one per (person, year, purpose), never shared.
     */
    public static UniformRandomProvider stream(long seed, long id, int year, Purpose purpose) {
        return new SplitMix64(key(seed, id, year, purpose, 0));
    }

    /** A new 64-bit identifier derived from a source person (mother, cloned immigrant): partition-independent. */
    public static long derivedId(long seed, long sourceId, int year, Purpose purpose, int index) {
        // The top bit marks derived ids so they never collide with base ids 0..N-1.
        return key(seed, sourceId, year, purpose, index) | Long.MIN_VALUE;
    }

    /** The seed of replication r: replications are independent runs of the same model. */
    public static long replicationSeed(long runSeed, int replication) {
        return replication == 0 ? runSeed : key(runSeed, replication, 0, Purpose.REPLICATION_SEED, 0);
    }

    private static double toUnit(long bits) {
        return (bits >>> 11) * 0x1.0p-53;
    }
}
