package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's rounds' middle value. */
class BenchCommandTest {
    @Test
    void theMiddleOfTheRoundsIsTheMedian() {
        assertEquals(1.6, ScalingPairs.median(new double[] {1.9, 1.6, 1.2}), 1e-12);
        assertEquals(1.65, ScalingPairs.median(new double[] {1.7, 1.2, 1.6, 2.0}), 1e-12);
        assertEquals(1.4, ScalingPairs.median(new double[] {1.4}), 1e-12);
    }
}
