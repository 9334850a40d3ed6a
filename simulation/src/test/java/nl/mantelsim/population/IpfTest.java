package nl.mantelsim.population;

import static org.junit.jupiter.api.Assertions.*;

import nl.mantelsim.TestData;
import nl.mantelsim.data.InputData;
import org.junit.jupiter.api.Test;

class IpfTest {

    @Test
    void aTwoByTwoTableConvergesToBothMarginsAndKeepsTheSeedOddsRatio() {
        // cells: (row, col) -> index row * 2 + col
        Ipf ipf = new Ipf(4)
                .add(new Ipf.Margin("rows", new int[] {0, 0, 1, 1}, new double[] {60, 40}, new String[] {"r0", "r1"}))
                .add(new Ipf.Margin("cols", new int[] {0, 1, 0, 1}, new double[] {30, 70}, new String[] {"c0", "c1"}));
        double[] seed = {4, 1, 1, 1}; // odds ratio 4
        Ipf.Result r = ipf.fit(seed, 1e-12, 1000);
        double[] w = r.weights();
        assertEquals(60, w[0] + w[1], 1e-9);
        assertEquals(40, w[2] + w[3], 1e-9);
        assertEquals(30, w[0] + w[2], 1e-9);
        assertEquals(70, w[1] + w[3], 1e-9);
        assertEquals(4.0, (w[0] * w[3]) / (w[1] * w[2]), 1e-6, "IPF keeps the seed's interaction");
    }

    @Test
    void marginsThatCannotBothHoldAreReportedNotFudged() {
        Ipf ipf = new Ipf(4)
                .add(new Ipf.Margin("rows", new int[] {0, 0, 1, 1}, new double[] {60, 40}, new String[] {"r0", "r1"}))
                .add(new Ipf.Margin("cols", new int[] {0, 1, 0, 1}, new double[] {50, 70}, new String[] {"c0", "c1"}));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ipf.fit(new double[] {1, 1, 1, 1}, 1e-9, 200));
        assertTrue(e.getMessage().contains("disagree"), e.getMessage());
    }

    @Test
    void theBasePopulationReproducesEveryPublishedMargin() {
        FittedPopulation fit = FittedPopulation.fit(InputData.load(TestData.DATA));
        assertTrue(fit.maxRelativeError() < 1e-6, "max relative error " + fit.maxRelativeError());
        for (Ipf.Margin m : fit.margins()) {
            double[] sums = Ipf.sums(m, fit.weights());
            for (int k = 0; k < sums.length; k++) {
                assertEquals(m.targets()[k], sums[k], 1e-6 * Math.max(1, m.targets()[k]), m.name() + " / " + m.categoryNames()[k]);
            }
        }
        // CBS 1 January 2021, sum over postcode areas (data/demography/SOURCES.md): 17,472,865 persons.
        assertEquals(17_472_865, fit.total(), 1.0);
        assertEquals(0, fit.carerShare(0, 10), "no carers under 18");
        assertEquals(0, fit.employmentRate(1, 80), "nobody employed over 74");
    }

    @Test
    void integerisationHitsTheRoundedTotalAndIsReproducible() {
        double[] w = {10.4, 20.3, 30.3, 0.0, 5.5};
        long[] a = Integerisation.counts(w, 1.0, 7), b = Integerisation.counts(w, 1.0, 7);
        assertArrayEquals(a, b);
        assertEquals(Math.round(66.5), a[0] + a[1] + a[2] + a[3] + a[4]);
        for (int c = 0; c < w.length; c++) assertTrue(a[c] == Math.floor(w[c]) || a[c] == Math.floor(w[c]) + 1);
        assertEquals(0, a[3]);
    }

    @Test
    void ageSplitKeepsEveryGroupTotalAndIsSmooth() {
        double[] groups = new double[20];
        for (int g = 0; g < 20; g++) groups[g] = 1000 - 40 * g;
        double[] single = AgeSplit.split(groups, 0.7);
        for (int g = 0; g < 19; g++) {
            double s = 0;
            for (int a = 5 * g; a < 5 * g + 5; a++) s += single[a];
            assertEquals(groups[g], s, 1e-9);
        }
        double open = 0;
        for (int a = 95; a <= Cells.MAX_AGE; a++) open += single[a];
        assertEquals(groups[19], open, 1e-9);
        assertTrue(single[20] > single[24], "a declining profile declines within a group");
    }
}
