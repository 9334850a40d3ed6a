package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.mantelsim.care.CareStep;
import nl.mantelsim.care.CareMarket;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Model;
import nl.mantelsim.engine.Purpose;

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
        longLightCare(b, model);
        HouseholdAssembly.assemble(b, seed, model.households());
        KinLinks.link(b, seed, model.households());
        for (int i = 0; i < b.size(); i++) {
            if (b.careHours[i] > 0) CareStep.startSpell(b, i, b.careHours[i] > 8, seed, Model.BASE_DRAW_YEAR, model.care());
        }
        CareMarket.clear(b, model.care(), seed);
        model.bijstand().markCostSharers(b);
        model.status().assign(b, Model.BASE_DRAW_YEAR, Model.BASE_YEAR, seed, model.bijstand().aow());
        return b;
    }

    /**
     * Which light carers have cared for over 3 months (CBS's narrow definition counts them): in each sex and age of
     * the block, the model's share as a quota over the light carers ranked by a keyed draw, floor(share x n + v) with
     * one keyed uniform v per block, sex and age. Unbiased like a draw per person, but without its binomial noise,
     * which at scale 1 put a 5-year group of CBS narrow carers 1% off (3 standard errors).
     */
    private void longLightCare(PersonBlock b, Model m) {
        int y = Model.BASE_DRAW_YEAR;
        List<List<Integer>> light = new ArrayList<>();
        for (int g = 0; g < 2 * AGES; g++) light.add(new ArrayList<>());
        for (int i = 0; i < b.size(); i++) {
            if (b.careHours[i] > 0 && b.careHours[i] <= 8) light.get(b.sex[i] * AGES + b.age[i]).add(i);
        }
        for (int g = 0; g < 2 * AGES; g++) {
            List<Integer> carers = light.get(g);
            if (carers.isEmpty()) continue;
            carers.sort(Comparator.comparingLong(i -> Draws.key(seed, b.id[i], y, Purpose.CARE_LONG_DURATION, 0)));
            double v = Draws.uniform(seed, -1L - b.blockId, y, Purpose.CARE_LONG_DURATION, 1 + g);
            int quota = (int) Math.floor(m.care().longShareOfLight(g / AGES, g % AGES) * carers.size() + v);
            for (int k = 0; k < carers.size(); k++) {
                int i = carers.get(k);
                b.careMonths[i] = m.care().drawCareMonths(k < quota, seed, b.id[i], y);
            }
        }
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
            if (intensive) b.careMonths[i] = m.care().drawCareMonths(true, seed, id, y); // light carers: longLightCare
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
