package nl.mantelsim.population;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nl.mantelsim.TestData;
import nl.mantelsim.data.InputData;
import nl.mantelsim.engine.Model;
import nl.mantelsim.report.BaseCells;
import nl.mantelsim.report.PopulationFit;
import nl.mantelsim.report.Tally;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checks of the base population that no single margin fixes: households by size, bijstand recipients sharing a
 * home with cost-sharers, persons with a parent aged 80+, and CBS narrow carers by age and by sex. Built at scale
 * 0.02 with the default block size (households and kin form inside a block, so the block size matters). The bounds
 * are what scale 1 reaches (README, "Base population") plus two binomial standard errors of the smaller sample.
 */
class BaseStructureTest {
    static final double SCALE = 0.02;
    static List<PopulationFit.Row> rows;

    @BeforeAll
    static void build() {
        InputData in = InputData.load(TestData.DATA);
        Model model = Model.build(in, 2021, SCALE);
        long seed = 20210101;
        BaseSynthesis synthesis = new BaseSynthesis(Integerisation.counts(model.fit().weights(), SCALE, seed), seed, 65_536);
        long[] cells = new long[Cells.COUNT];
        long[] tally = new long[Tally.SIZE];
        for (int k = 0; k < synthesis.blocks(); k++) {
            PersonBlock b = synthesis.block(k, 0, model);
            cells = Tally.add(cells, BaseCells.count(b));
            tally = Tally.add(tally, Tally.of(b, model.care().heavyBurdenHours(), model.labour().minimumJobHours(), i -> false));
        }
        rows = PopulationFit.rows(model, in, cells, tally);
    }

    static PopulationFit.Row row(String tablePrefix, String cell) {
        return rows.stream().filter(r -> r.table().startsWith(tablePrefix) && r.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError("no fit row " + tablePrefix + " / " + cell));
    }

    /** Scale-1 accuracy plus two binomial standard errors of a count of target x SCALE. */
    static void near(PopulationFit.Row r, double atScaleOne) {
        double tolerance = atScaleOne + 2 / Math.sqrt(r.target() * SCALE);
        assertEquals(0, r.relativeError(), tolerance, r.table() + " / " + r.cell() + ": " + r.synthetic() + " against " + r.target());
    }

    @Test
    void householdsBySizeAreWithinOnePercentOfCbs() {
        for (String size : new String[] {"one_person_households", "households_2_persons", "households_3_persons",
                "households_4_persons", "households_5plus_persons"}) {
            near(row("private households by size", size), 0.01);
        }
    }

    @Test
    void aboutTwelvePercentOfBijstandRecipientsShareTheirHomeWithCostSharers() {
        near(row("bijstand recipients sharing a home", "cost-sharers"), 0.05);
    }

    @Test
    void aboutOnePointSixMillionPersonsHaveAParentAged80OrOver() {
        PopulationFit.Row r = row("kin: persons with a living parent aged 80+", "all");
        assertEquals(1_650_000, r.target(), 1e-6, "the middle of 'ruim 1,6 miljoen' (1.60-1.70 million)");
        near(r, r.tolerance());
    }

    @Test
    void youngCarersAreNoMoreOftenNarrowCarersThanCbsFindsAndTheSexesSplitAsCbsSplitsThem() {
        for (String group : new String[] {"20-24", "25-29", "30-34"}) near(row("carers, CBS narrow definition, by age", group), 0.01);
        PopulationFit.Row women = row("carers, CBS narrow definition, 20+ by sex", "female");
        PopulationFit.Row men = row("carers, CBS narrow definition, 20+ by sex", "male");
        // The age table wins over the sex table on the level (they differ by 3% in total); the split holds.
        double ratio = (women.synthetic() / men.synthetic()) / (women.target() / men.target());
        double noise = 2 * Math.sqrt(1 / (women.target() * SCALE) + 1 / (men.target() * SCALE));
        assertEquals(1, ratio, 0.01 + noise, "women per man among CBS narrow carers, against CBS");
        double level = 0;
        for (PopulationFit.Row r : rows) if (r.table().startsWith("carers, CBS narrow definition, by age")) level += r.target();
        assertEquals(level, women.target() + men.target(), 1e-6 * level, "the sex rows carry the age table's level");
        near(women, 0.01);
        near(men, 0.01);
    }
}
