package nl.mantelsim.population;

import java.util.Arrays;

/**
 * Person id to position in a block (open addressing over primitive arrays): partners, parents and care receivers
 * are found in the same block without boxing or a global join.
 */
public final class BlockIndex {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    public BlockIndex(PersonBlock b) {
        int cap = Integer.highestOneBit(Math.max(4, b.size() * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
        Arrays.fill(values, -1);
        mask = cap - 1;
        for (int i = 0; i < b.size(); i++) put(b.id[i], i);
    }

    private void put(long key, int value) {
        int h = (int) (nl.mantelsim.engine.Draws.mix64(key) & mask);
        while (values[h] >= 0 && keys[h] != key) h = (h + 1) & mask;
        keys[h] = key;
        values[h] = value;
    }

    /** The index of the person with this id, or -1 (also for id -1). */
    public int of(long id) {
        if (id == -1) return -1;
        int h = (int) (nl.mantelsim.engine.Draws.mix64(id) & mask);
        while (values[h] >= 0) {
            if (keys[h] == id) return values[h];
            h = (h + 1) & mask;
        }
        return -1;
    }
}
