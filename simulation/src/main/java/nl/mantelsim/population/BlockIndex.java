package nl.mantelsim.population;

/**
 * Person id to position in a block (open addressing over primitive arrays): partners, parents and care receivers
 * are found in the same block without boxing or a global join. A slot holds the id and the position side by side
 * in one array, so a look-up touches one cache line rather than two (the look-ups are a hot spot of the year step).
 */
public final class BlockIndex {
    /** Slot h: id at 2h, position + 1 at 2h + 1 (0 = empty). */
    private final long[] slots;
    private final int mask;

    public BlockIndex(PersonBlock b) {
        int cap = Integer.highestOneBit(Math.max(4, b.size() * 2 - 1)) << 1;
        slots = new long[2 * cap];
        mask = cap - 1;
        for (int i = 0; i < b.size(); i++) put(b.id[i], i);
    }

    private void put(long key, int value) {
        int h = (int) (nl.mantelsim.engine.Draws.mix64(key) & mask);
        while (slots[2 * h + 1] != 0 && slots[2 * h] != key) h = (h + 1) & mask;
        slots[2 * h] = key;
        slots[2 * h + 1] = value + 1L;
    }

    /** The index of the person with this id, or -1 (also for id -1). */
    public int of(long id) {
        if (id == -1) return -1;
        int h = (int) (nl.mantelsim.engine.Draws.mix64(id) & mask);
        long v;
        while ((v = slots[2 * h + 1]) != 0) {
            if (slots[2 * h] == id) return (int) v - 1;
            h = (h + 1) & mask;
        }
        return -1;
    }
}
