package nl.mantelsim.population;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;

/**
 * Spreads the integerised persons of every cell over the blocks so that each block is a small, representative
 * Netherlands: households are then assembled inside a block from persons of all ages and positions. Cell c's n
 * persons give each block n / B, and the remainder goes to consecutive blocks from a keyed offset, so block
 * contents depend on the seed and the number of blocks only, never on partitions or executors.
 */
public final class BlockAllocation implements java.io.Serializable {
    private final long[] cellCounts;
    private final int blocks;
    private final long seed;

    public BlockAllocation(long[] cellCounts, int blockSize, long seed) {
        this.cellCounts = cellCounts;
        long total = 0;
        for (long n : cellCounts) total += n;
        this.blocks = (int) Math.max(1, (total + blockSize - 1) / blockSize);
        this.seed = seed;
    }

    public int blocks() { return blocks; }

    public long persons() {
        long t = 0;
        for (long n : cellCounts) t += n;
        return t;
    }

    /** Persons of cell c in block b. */
    public long count(int cell, int block) {
        long n = cellCounts[cell];
        long base = n / blocks;
        long rest = n % blocks;
        if (rest == 0) return base;
        int offset = (int) Math.floorMod(Draws.key(seed, cell, 0, Purpose.INTEGERISATION, 1), (long) blocks);
        int k = Math.floorMod(block - offset, blocks);
        return base + (k < rest ? 1 : 0);
    }
}
