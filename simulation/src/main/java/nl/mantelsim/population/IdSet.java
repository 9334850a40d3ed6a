package nl.mantelsim.population;

import nl.mantelsim.engine.Draws;

/**
 * A small set of person ids asked about very often, mostly for ids not in it (the dead and emigrants of a year, the
 * persons aged 80+ of a block). A 65,536-bit filter of hashed ids answers most misses from the processor's first
 * cache; an open-addressing table (linear probing, at most a quarter full) confirms the rest in about one probe.
 * The sorted array with binary search it replaces cost 9% of a year's kernel time (Java Flight Recorder, README
 * "Benchmark"); a {@link BlockIndex} look-up misses the cache more still.
 */
public final class IdSet {
    private static final int FILTER_BITS = 1 << 16;
    /** No person has id -1, so it marks an empty slot. */
    private static final long EMPTY = -1;

    private final long[] filter = new long[FILTER_BITS / 64];
    private final long[] slots;
    private final int mask;

    /** The first {@code count} ids of {@code ids}; -1 entries are ignored. */
    public IdSet(long[] ids, int count) {
        int capacity = Integer.highestOneBit(Math.max(16, count * 4 - 1)) << 1;
        slots = new long[capacity];
        java.util.Arrays.fill(slots, EMPTY);
        mask = capacity - 1;
        for (int k = 0; k < count; k++) add(ids[k]);
    }

    private void add(long id) {
        if (id == EMPTY) return;
        long h = Draws.mix64(id);
        int f = (int) (h & (FILTER_BITS - 1));
        filter[f >>> 6] |= 1L << f;
        int s = (int) (h >>> 40) & mask;
        while (slots[s] != EMPTY) {
            if (slots[s] == id) return;
            s = (s + 1) & mask;
        }
        slots[s] = id;
    }

    /** Whether the id is in the set; -1 (no person) never is. */
    public boolean contains(long id) {
        if (id == EMPTY) return false;
        long h = Draws.mix64(id);
        int f = (int) (h & (FILTER_BITS - 1));
        if ((filter[f >>> 6] & (1L << f)) == 0) return false;
        for (int s = (int) (h >>> 40) & mask; ; s = (s + 1) & mask) {
            long v = slots[s];
            if (v == id) return true;
            if (v == EMPTY) return false;
        }
    }
}
