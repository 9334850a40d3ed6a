package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import nl.mantelsim.care.CareStep;
import nl.mantelsim.care.CareMarket;
import nl.mantelsim.engine.Model;

/**
 * Generates one block of the base population on an executor: the block's share of every integerised cell
 * ({@link BlockAllocation}), each person's remaining attributes from keyed draws, then households
 * ({@link HouseholdAssembly}), kin ({@link KinLinks}), care links and cost-sharers. A block depends only on the
 * seed, the scale and the block size, never on how many partitions or executors there are. Person ids are
 * (block << 32 | index).
 */
public final class BaseSynthesis implements Serializable {
    private final BlockAllocation allocation;
    private final long seed;

    public BaseSynthesis(long[] cellCounts, long seed, int blockSize) {
        this.allocation = new BlockAllocation(cellCounts, blockSize, seed);
        this.seed = seed;
    }

    public long persons() { return allocation.persons(); }

    public int blocks() { return allocation.blocks(); }

    public PersonBlock block(int blockId, int replication, Model model) { return block(blockId, replication, 0, model); }

    /**
     * Block {@code blockId} of the base population, labelled with scenario index {@code scenario} (the draws do not
     * depend on it; a run with sensitivity variants labels each world's base blocks with its first scenario).
     */
    public PersonBlock block(int blockId, int replication, int scenario, Model model) {
        PersonBlock b = new PersonBlock(scenario, replication, blockId, (int) (persons() / blocks()) + 1024);
        long next = (long) blockId << 32;
        for (int c = 0; c < COUNT; c++) {
            long n = allocation.count(c, blockId);
            for (long k = 0; k < n; k++) {
                int i = b.appendNew(next++, (byte) sex(c), age(c));
                describe(b, i, c, model);
            }
        }
        HouseholdAssembly.assemble(b, seed, model.households());
        KinLinks.link(b, seed, model.households());
        BlockIndex index = new BlockIndex(b);
        for (int i = 0; i < b.size(); i++) {
            if (b.careHours[i] > 0) CareStep.startSpell(b, i, b.careHours[i] > 8, index, seed, Model.BASE_DRAW_YEAR, model.care());
        }
        CareMarket.clear(b, index, model.care(), seed);
        model.bijstand().markCostSharers(b);
        model.status().assign(b, Model.BASE_DRAW_YEAR, Model.BASE_YEAR, seed, model.bijstand().aow());
        return b;
    }

    /** The attributes the cell does not fix, each from its own keyed draw. */
    private void describe(PersonBlock b, int i, int cell, Model m) {
        long id = b.id[i];
        int sex = sex(cell), age = age(cell), y = Model.BASE_DRAW_YEAR;
        b.position[i] = (byte) position(cell);
        b.education[i] = (byte) education(cell);
        b.bijstand[i] = (byte) bijstand(cell);
        if (age >= 15) b.wage[i] = m.labour().drawWage(sex, education(cell), seed, id, y);
        if (care(cell) != NON_CARER) {
            boolean intensive = care(cell) == INTENSIVE_CARER;
            b.careHours[i] = m.care().drawHours(intensive, sex, seed, id, y);
            b.careMonths[i] = m.care().drawCareMonths(intensive, sex, age, seed, id, y);
        }
        if (employed(cell) == 1) {
            b.employed[i] = 1;
            b.workHours[i] = m.labour().drawHours(sex, education(cell), b.careHours[i], seed, id, y);
        }
        double q = m.demography().deathProbability(Model.BASE_YEAR, sex, age);
        boolean last = nl.mantelsim.care.CareModel.lastYearOfLife(m.demography(), Model.BASE_YEAR, sex, age, seed, id);
        b.careNeed[i] = (byte) (m.care().needsCare(seed, id, sex, age, position(cell), q, last) ? 1 : 0);
    }
}
