package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import java.util.Arrays;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Model;
import nl.mantelsim.engine.Purpose;

/**
 * Generates the persons of one block of the base population on an executor. The driver integerises the fitted
 * cell weights once (a small table); person ids 0..N-1 are laid over the cells in cell order, and block k holds
 * ids [k * blockSize, (k + 1) * blockSize). A block's persons depend only on the seed and the block's id range,
 * never on how many partitions or executors there are.
 */
public final class BaseSynthesis implements Serializable {
    private final long[] cellEnd; // cumulative counts: persons of cell c have ids [cellEnd[c-1], cellEnd[c])
    private final long seed;
    private final int blockSize;

    public BaseSynthesis(long[] cellCounts, long seed, int blockSize) {
        this.cellEnd = new long[cellCounts.length];
        long sum = 0;
        for (int c = 0; c < cellCounts.length; c++) {
            sum += cellCounts[c];
            cellEnd[c] = sum;
        }
        this.seed = seed;
        this.blockSize = blockSize;
    }

    public long persons() { return cellEnd[cellEnd.length - 1]; }

    public int blocks() { return (int) ((persons() + blockSize - 1) / blockSize); }

    public PersonBlock block(int blockId, int replication, Model model) {
        long from = (long) blockId * blockSize, to = Math.min(persons(), from + blockSize);
        PersonBlock b = new PersonBlock(0, replication, blockId, (int) (to - from));
        int cell = Arrays.binarySearch(cellEnd, from);
        cell = cell >= 0 ? cell + 1 : -cell - 1;
        for (long id = from; id < to; id++) {
            while (cellEnd[cell] <= id) cell++;
            int i = b.appendNew(id, (byte) sex(cell), age(cell));
            describe(b, i, cell, model);
        }
        return b;
    }

    /** The attributes the cell does not fix, each from its own keyed draw. */
    private void describe(PersonBlock b, int i, int cell, Model m) {
        long id = b.id[i];
        int sex = sex(cell), age = age(cell), y = Model.BASE_DRAW_YEAR;
        if (age >= 15) b.wage[i] = m.labour().drawWage(sex, seed, id, y);
        if (employed(cell) == 1) {
            b.employed[i] = 1;
            b.workHours[i] = m.labour().drawHours(sex, seed, id, y);
        }
        if (care(cell) != NON_CARER) {
            boolean intensive = care(cell) == INTENSIVE_CARER;
            b.careHours[i] = m.care().drawHours(intensive, sex, seed, id, y);
            int years = (int) Draws.exponential(m.care().meanDurationYears(), seed, id, y, Purpose.CARE_DURATION);
            b.careSince[i] = (short) (Model.BASE_YEAR - years);
            b.livesWithReceiver[i] = (byte) (m.care().drawLivesWithReceiver(intensive, seed, id, y) ? 1 : 0);
        }
        b.careNeed[i] = (byte) (m.care().needsCare(seed, id, sex, age) ? 1 : 0);
        if (b.employed[i] == 0 && m.bijstand().eligibleAge(age, Model.BASE_YEAR)) m.bijstand().assign(b, i, y, seed);
    }
}
