package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DrawsTest {

    @Test
    void aDrawIsAPureFunctionOfItsKey() {
        assertEquals(Draws.uniform(42, 1234, 2030, Purpose.MORTALITY), Draws.uniform(42, 1234, 2030, Purpose.MORTALITY));
        assertNotEquals(Draws.uniform(42, 1234, 2030, Purpose.MORTALITY), Draws.uniform(43, 1234, 2030, Purpose.MORTALITY));
        assertNotEquals(Draws.uniform(42, 1234, 2030, Purpose.MORTALITY), Draws.uniform(42, 1235, 2030, Purpose.MORTALITY));
        assertNotEquals(Draws.uniform(42, 1234, 2030, Purpose.MORTALITY), Draws.uniform(42, 1234, 2031, Purpose.MORTALITY));
        assertNotEquals(Draws.uniform(42, 1234, 2030, Purpose.MORTALITY), Draws.uniform(42, 1234, 2030, Purpose.BIRTH));
    }

    @Test
    void drawsOverConsecutiveIdsAreUniformAndUncorrelated() {
        int n = 200_000, bins = 20;
        int[] hist = new int[bins];
        double sum = 0, prev = 0, cross = 0;
        for (int id = 0; id < n; id++) {
            double u = Draws.uniform(1, id, 2025, Purpose.CARE_START);
            assertTrue(u >= 0 && u < 1);
            hist[(int) (u * bins)]++;
            sum += u;
            cross += (u - 0.5) * (prev - 0.5);
            prev = u;
        }
        assertEquals(0.5, sum / n, 0.003);
        double chi2 = 0, expected = n / (double) bins;
        for (int h : hist) chi2 += (h - expected) * (h - expected) / expected;
        assertTrue(chi2 < 43.8, "chi-square " + chi2 + " above the 0.1% critical value for 19 df");
        assertEquals(0, cross / n, 0.002, "neighbouring ids must not correlate");
    }

    @Test
    void derivedIdsNeverCollideWithBaseIdsAndDifferPerIndex() {
        long a = Draws.derivedId(1, 5, 2030, Purpose.IMMIGRANT_ID, 0), b = Draws.derivedId(1, 5, 2030, Purpose.IMMIGRANT_ID, 1);
        assertTrue(a < 0 && b < 0, "derived ids carry the top bit; base ids are 0..N-1");
        assertNotEquals(a, b);
    }

    @Test
    void replicationsGetDistinctSeeds() {
        assertEquals(99, Draws.replicationSeed(99, 0));
        assertNotEquals(Draws.replicationSeed(99, 1), Draws.replicationSeed(99, 2));
    }
}
