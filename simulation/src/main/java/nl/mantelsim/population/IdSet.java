package nl.mantelsim.population;

import java.util.Arrays;

/**
 * A small set of person ids asked about very often, mostly for ids not in it (the dead and emigrants of a year, the
 * persons aged 80+ of a block): a 65,536-bit filter of hashed ids answers most questions from the processor's
 * cache, and a binary search over the sorted ids confirms the rest. Cheaper than a {@link BlockIndex} look-up,
 * which misses the cache (measured with Java Flight Recorder, README "Benchmark").
 */
public final class IdSet {
    private static final int FILTER_BITS = 1 << 16;

    private final long[] sorted;
    private final long[] filter = new long[FILTER_BITS / 64];

    /** The first {@code count} ids of {@code ids}. */
    public IdSet(long[] ids, int count) {
        sorted = Arrays.copyOf(ids, count);
        Arrays.sort(sorted);
        for (long id : sorted) {
            int h = hash(id);
            filter[h >>> 6] |= 1L << h;
        }
    }

    /** Whether the id is in the set; -1 (no person) never is. */
    public boolean contains(long id) {
        if (id == -1) return false;
        int h = hash(id);
        return (filter[h >>> 6] & (1L << h)) != 0 && Arrays.binarySearch(sorted, id) >= 0;
    }

    private static int hash(long id) {
        return (int) (nl.mantelsim.engine.Draws.mix64(id) & (FILTER_BITS - 1));
    }
}
