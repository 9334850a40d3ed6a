package nl.mantelsim.population;

/**
 * Person id to position in a block (open addressing over primitive arrays): partners, parents and care receivers
 * are found in the same block without boxing or a global join. The table holds positions only (4 bytes a slot, so
 * it stays in the processor's cache) and a probe compares the block's own id column, whose row is usually near the
 * asking person's (households are stored together): the look-ups are a hot spot of the year step.
 */
public final class BlockIndex {
    /** Position + 1 of the person whose id hashes to this slot, or 0 for an empty slot. */
    private final int[] slots;
    private final long[] ids;
    private final int mask;

    /** The block must not gain or lose persons, nor change ids, while the index is used. */
    public BlockIndex(PersonBlock b) {
        this(b.id, b.size());
    }

    /** The first {@code count} ids of {@code ids}, which must not change while the index is used. */
    BlockIndex(long[] ids, int count) {
        int cap = Integer.highestOneBit(Math.max(4, count * 2 - 1)) << 1;
        slots = new int[cap];
        this.ids = ids;
        mask = cap - 1;
        for (int i = 0; i < count; i++) put(ids[i], i);
    }

    private void put(long key, int value) {
        int h = (int) (nl.mantelsim.engine.Draws.mix64(key) & mask);
        while (slots[h] != 0 && ids[slots[h] - 1] != key) h = (h + 1) & mask;
        slots[h] = value + 1;
    }

    /** The index of the person with this id, or -1 (also for id -1). */
    public int of(long id) {
        if (id == -1) return -1;
        int h = (int) (nl.mantelsim.engine.Draws.mix64(id) & mask);
        int v;
        while ((v = slots[h]) != 0) {
            if (ids[v - 1] == id) return v - 1;
            h = (h + 1) & mask;
        }
        return -1;
    }
}
