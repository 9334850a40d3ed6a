package nl.mantelsim.population;

import java.util.Arrays;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;

/**
 * Truncate-replicate-sample (Lovelace and Ballas 2013): each cell gets the whole part of its expected count; the
 * persons still missing to reach the rounded total go to cells drawn without replacement with probability
 * proportional to their fractional parts. The draw is an exponential race keyed by cell, so it is reproducible
 * and needs no shared stream.
 */
public final class Integerisation {
    private Integerisation() {}

    public static long[] counts(double[] weights, double scale, long seed) {
        int n = weights.length;
        long[] counts = new long[n];
        double[] frac = new double[n];
        double total = 0;
        long whole = 0;
        for (int c = 0; c < n; c++) {
            double x = weights[c] * scale;
            total += x;
            counts[c] = (long) Math.floor(x);
            frac[c] = x - counts[c];
            whole += counts[c];
        }
        int missing = (int) (Math.round(total) - whole);
        if (missing <= 0) return counts;
        Integer[] order = new Integer[n];
        double[] key = new double[n];
        for (int c = 0; c < n; c++) {
            order[c] = c;
            // Exponential race: the smallest E/frac wins; cells without a fraction never do.
            key[c] = frac[c] > 0 ? -Math.log1p(-Draws.uniform(seed, c, 0, Purpose.INTEGERISATION)) / frac[c] : Double.MAX_VALUE;
        }
        Arrays.sort(order, (a, b) -> Double.compare(key[a], key[b]));
        for (int k = 0; k < missing; k++) counts[order[k]]++;
        return counts;
    }
}
