package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndicatorSummaryTest {

    private static final double EPS = 1e-9;

    private static IndicatorRow row(String scenario, int rep, double value) {
        return new IndicatorRow(scenario, rep, 2030, "fte", "all", value);
    }

    @Test
    void meanMinMaxOverThreeReplications() {
        IndicatorSummary summary = new IndicatorSummary(List.of(
                row("baseline", 0, 10), row("baseline", 1, 40), row("baseline", 2, 16)));

        IndicatorSummary.Band band = summary.level("baseline", 2030, "fte", "all").orElseThrow();

        assertEquals(22.0, band.mean(), EPS);
        assertEquals(10.0, band.min(), EPS);
        assertEquals(40.0, band.max(), EPS);
        assertEquals(3, band.replications());
        assertTrue(band.hasSpread());
        assertEquals(3, summary.replicationCount());
    }

    @Test
    void standardErrorAndStudentTIntervalOverThreeReplications() {
        IndicatorSummary summary = new IndicatorSummary(List.of(
                row("baseline", 0, 10), row("baseline", 1, 40), row("baseline", 2, 16)));

        IndicatorSummary.Band band = summary.level("baseline", 2030, "fte", "all").orElseThrow();

        // deviations -12, 18, -6: sample variance 504 / 2 = 252, SE = sqrt(252 / 3); t(0.975, 2) = 4.302653
        assertEquals(Math.sqrt(84), band.standardError(), EPS);
        assertEquals(4.302652729749464 * Math.sqrt(84), band.halfWidth95(), 1e-6);
        assertEquals(22 - band.halfWidth95(), band.lower95(), EPS);
        assertEquals(22 + band.halfWidth95(), band.upper95(), EPS);
    }

    @Test
    void identicalValuesHaveZeroStandardErrorAndAPointInterval() {
        IndicatorSummary summary = new IndicatorSummary(List.of(
                row("baseline", 0, 0.1 + 0.2), row("baseline", 1, 0.1 + 0.2), row("baseline", 2, 0.1 + 0.2)));

        IndicatorSummary.Band band = summary.level("baseline", 2030, "fte", "all").orElseThrow();

        assertEquals(0.1 + 0.2, band.mean());
        assertEquals(0.0, band.standardError());
        assertEquals(band.mean(), band.lower95());
        assertEquals(band.mean(), band.upper95());
    }

    @Test
    void singleReplicationHasNoStandardErrorOrInterval() {
        IndicatorSummary.Band band = IndicatorSummary.summarise(List.of(7.0));

        assertTrue(Double.isNaN(band.standardError()));
        assertTrue(Double.isNaN(band.lower95()) && Double.isNaN(band.upper95()));
    }

    @Test
    void singleReplicationHasBandEqualToMean() {
        IndicatorSummary summary = new IndicatorSummary(List.of(row("baseline", 0, 0.1 + 0.2)));

        IndicatorSummary.Band band = summary.level("baseline", 2030, "fte", "all").orElseThrow();

        assertEquals(band.mean(), band.min());
        assertEquals(band.mean(), band.max());
        assertFalse(band.hasSpread());
    }

    @Test
    void pairedDifferenceIsTakenWithinEachReplication() {
        // Replications differ a lot (shared noise) but the policy always adds exactly 5.
        IndicatorSummary summary = new IndicatorSummary(List.of(
                row("baseline", 0, 100), row("baseline", 1, 200), row("baseline", 2, 300),
                row("combined", 0, 105), row("combined", 1, 205), row("combined", 2, 305)));

        IndicatorSummary.Band paired = summary.differenceVsBaseline("combined", 2030, "fte", "all").orElseThrow();

        assertEquals(5.0, paired.mean(), EPS);
        assertEquals(5.0, paired.min(), EPS);
        assertEquals(5.0, paired.max(), EPS);

        // An unpaired comparison of the level bands would give [105-300, 305-100] = [-195, +205].
        IndicatorSummary.Band base = summary.level("baseline", 2030, "fte", "all").orElseThrow();
        IndicatorSummary.Band scen = summary.level("combined", 2030, "fte", "all").orElseThrow();
        assertEquals(-195.0, scen.min() - base.max(), EPS);
        assertEquals(205.0, scen.max() - base.min(), EPS);
    }

    @Test
    void pairedDifferenceUsesOnlySharedReplicationsAndIsMissingForUnknownCells() {
        IndicatorSummary summary = new IndicatorSummary(List.of(
                row("baseline", 0, 10), row("baseline", 1, 20),
                row("paid-leave", 1, 26), row("paid-leave", 2, 99)));

        IndicatorSummary.Band diff = summary.difference("paid-leave", "baseline", 2030, "fte", "all").orElseThrow();

        assertEquals(6.0, diff.mean(), EPS);
        assertEquals(1, diff.replications());
        assertTrue(summary.level("baseline", 2031, "fte", "all").isEmpty());
        assertTrue(summary.differenceVsBaseline("nope", 2030, "fte", "all").isEmpty());
    }

    @Test
    void yearsAndIndicatorsAreSortedAndReferenceFallsBackToFirstScenario() {
        IndicatorSummary summary = new IndicatorSummary(List.of(
                new IndicatorRow("baseline", 0, 2040, "carers", "all", 1),
                new IndicatorRow("baseline", 0, 2021, "carers", "all", 1),
                new IndicatorRow("baseline", 0, 2030, "unknown_thing", null, 1)));

        assertEquals(List.of(2021, 2030, 2040), List.copyOf(summary.years()));
        assertEquals(Set.of(2021, 2040), Set.copyOf(summary.years("carers", "all")));
        assertTrue(summary.hasIndicator("unknown_thing", null));
        assertFalse(summary.hasIndicator("carers", "female"));
        assertEquals("baseline", IndicatorSummary.referenceScenario(List.of("x", "baseline")));
        assertEquals("x", IndicatorSummary.referenceScenario(List.of("x", "y")));
    }
}
