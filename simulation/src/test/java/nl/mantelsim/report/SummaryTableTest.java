package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SummaryTableTest {

    private static final List<String> SCENARIOS = List.of("baseline", "paid-leave");

    private static SummaryRow find(List<SummaryRow> rows, String scenario, int year, String indicator, String group) {
        return rows.stream().filter(r -> r.scenario().equals(scenario) && r.year() == year
                && r.indicator().equals(indicator) && r.group().equals(group)).findFirst().orElseThrow();
    }

    /** Replication noise drawn from a fixed generator: a level 1 000 + N(0, 100) per replication. */
    private static List<IndicatorRow> noisy(int replications) {
        Random random = new Random(20210101L);
        List<IndicatorRow> rows = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            for (int y = 2022; y <= 2061; y++) {
                double shared = 100 * random.nextGaussian();
                rows.add(new IndicatorRow("baseline", r, y, "fte", "all", 1_000 + shared));
                // The policy adds 10 +- 1 on top of the noise the baseline shares in this replication.
                rows.add(new IndicatorRow("paid-leave", r, y, "fte", "all", 1_010 + shared + random.nextGaussian()));
            }
        }
        return rows;
    }

    private static double meanWidth(List<SummaryRow> rows, boolean difference) {
        return rows.stream().filter(r -> r.scenario().equals("paid-leave"))
                .mapToDouble(r -> difference ? r.diffCi95High() - r.diffCi95Low() : r.ci95High() - r.ci95Low())
                .average().orElseThrow();
    }

    @Test
    void intervalsShrinkAsReplicationsGrow() {
        // The first replications of a larger run are the whole of a smaller one, as in the engine.
        double two = meanWidth(SummaryTable.build(noisy(2), SCENARIOS, 0.01, 50), false);
        double eight = meanWidth(SummaryTable.build(noisy(8), SCENARIOS, 0.01, 50), false);
        double thirtyTwo = meanWidth(SummaryTable.build(noisy(32), SCENARIOS, 0.01, 50), false);

        assertTrue(eight < two / 4, "8 vs 2 replications: " + eight + " vs " + two);
        assertTrue(thirtyTwo < eight / 1.8, "32 vs 8 replications: " + thirtyTwo + " vs " + eight);
        // Around 2 * 1.96 * 100 / sqrt(32) = 69 for 32 replications.
        assertEquals(69.3, thirtyTwo, 15);
    }

    @Test
    void pairedDifferenceIntervalIsNarrowerThanTheLevelsAndCoversTheEffect() {
        List<SummaryRow> rows = SummaryTable.build(noisy(8), SCENARIOS, 0.01, 50);

        double paired = meanWidth(rows, true);
        double level = meanWidth(rows, false);

        assertTrue(paired < level / 20, "paired " + paired + " vs level " + level);
        long covering = rows.stream().filter(r -> r.scenario().equals("paid-leave"))
                .filter(r -> r.diffCi95Low() < 10 && 10 < r.diffCi95High()).count();
        assertTrue(covering >= 34, covering + " of 40 intervals cover the true effect of 10");
    }

    @Test
    void baselineRowsHaveZeroDifferenceAndOtherRowsTheirPairedDifference() {
        List<SummaryRow> rows = SummaryTable.build(List.of(
                new IndicatorRow("baseline", 0, 2030, "fte", "all", 100),
                new IndicatorRow("baseline", 1, 2030, "fte", "all", 200),
                new IndicatorRow("paid-leave", 0, 2030, "fte", "all", 103),
                new IndicatorRow("paid-leave", 1, 2030, "fte", "all", 207)), SCENARIOS, 0.01, 50);

        SummaryRow base = find(rows, "baseline", 2030, "fte", "all");
        SummaryRow leave = find(rows, "paid-leave", 2030, "fte", "all");

        assertEquals("baseline", base.reference());
        assertEquals(0.0, base.diffMean());
        assertEquals(0.0, base.diffStandardError());
        assertEquals(0.0, base.diffCi95Low());
        assertEquals(0.0, base.diffCi95High());
        assertEquals(5.0, leave.diffMean(), 1e-12);
        assertEquals(2.0, leave.diffStandardError(), 1e-12); // sd of {3, 7} = 2.83, / sqrt(2)
        assertEquals(2, leave.replications());
        assertFalse(leave.singleReplication());
    }

    @Test
    void oneReplicationGivesMeansWithoutIntervalsAndIsFlagged() {
        List<SummaryRow> rows = SummaryTable.build(List.of(
                new IndicatorRow("baseline", 0, 2030, "fte", "all", 100),
                new IndicatorRow("paid-leave", 0, 2030, "fte", "all", 103)), SCENARIOS, 0.01, 50);

        SummaryRow leave = find(rows, "paid-leave", 2030, "fte", "all");

        assertTrue(leave.singleReplication());
        assertEquals(1, leave.replications());
        assertEquals(103.0, leave.mean());
        assertEquals(3.0, leave.diffMean());
        assertTrue(Double.isNaN(leave.standardError()) && Double.isNaN(leave.ci95Low()) && Double.isNaN(leave.ci95High()));
        assertTrue(Double.isNaN(leave.diffStandardError()) && Double.isNaN(leave.diffCi95Low()));
    }

    @Test
    void countsOfFewerThanFiftySimulatedPersonsAreSmallCellsAndOtherIndicatorsNever() {
        double scale = 0.001; // a value of 49 000 persons rests on 49 simulated persons
        List<SummaryRow> rows = SummaryTable.build(List.of(
                new IndicatorRow("baseline", 0, 2030, "leave_takers", "all", 49_000),
                new IndicatorRow("baseline", 1, 2030, "leave_takers", "all", 49_000),
                new IndicatorRow("baseline", 0, 2030, "carers", "all", 50_000),
                new IndicatorRow("baseline", 0, 2030, "public_cost_eur", "paid_leave", 10),
                new IndicatorRow("baseline", 0, 2030, "employment_rate_15_74", "female", 0.7)), SCENARIOS, scale, 50);

        assertTrue(find(rows, "baseline", 2030, "leave_takers", "all").smallCell());
        assertFalse(find(rows, "baseline", 2030, "carers", "all").smallCell(), "exactly 50 persons is enough");
        assertFalse(find(rows, "baseline", 2030, "public_cost_eur", "paid_leave").smallCell(), "euros, not persons");
        assertFalse(find(rows, "baseline", 2030, "employment_rate_15_74", "female").smallCell(), "a rate");
    }

    @Test
    void undefinedValuesStayUndefinedAndRowsAreSortedLikeTheIndicatorTable() {
        List<SummaryRow> rows = SummaryTable.build(List.of(
                new IndicatorRow("paid-leave", 0, 2021, "mantelzorgratio", "all", Double.NaN),
                new IndicatorRow("baseline", 0, 2022, "carers", "all", 1),
                new IndicatorRow("baseline", 0, 2021, "population", "all", 1),
                new IndicatorRow("baseline", 0, 2021, "carers", "all", 1)), SCENARIOS, 1, 50);

        assertEquals(List.of("baseline|2021|carers", "baseline|2021|population", "baseline|2022|carers",
                "paid-leave|2021|mantelzorgratio"), rows.stream().map(r -> r.scenario() + "|" + r.year() + "|"
                + r.indicator()).toList());
        SummaryRow ratio = rows.get(3);
        assertTrue(Double.isNaN(ratio.mean()) && Double.isNaN(ratio.diffMean()), "no baseline cell, no difference");
    }
}
