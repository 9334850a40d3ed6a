package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;

/**
 * Aligns each year's population totals by sex to the projection. WPP2024's net migration by age gives the shape;
 * whatever gap remains between the simulated total (after deaths, births and that migration) and the target is
 * spread over all ages in proportion to their size, which changes every person's migration chance by the same
 * small amount rather than distorting one age. Computed on the driver from counts aggregated on the executors.
 */
public final class MigrationAlignment {
    private MigrationAlignment() {}

    /** The outcome for one (scenario, replication): per-resident rates and what the alignment did, by sex. */
    public record Result(double[] ratePerResident, double[] target, double[] simulated, double[] factor) {}

    /**
     * @param counts residents by sex * AGES + age after deaths, births and ageing (simulated persons)
     * @param wppNet WPP2024 net migrants by sex * AGES + age for the year (full population)
     * @param targets January target by sex (full population)
     * @param scale simulated persons per real person
     */
    public static Result solve(long[] counts, double[] wppNet, double[] targets, double scale) {
        double[] rate = new double[2 * AGES];
        double[] simulated = new double[2], factor = new double[2], target = new double[2];
        for (int sex = 0; sex < 2; sex++) {
            long residents = 0;
            double wpp = 0;
            for (int a = 0; a < AGES; a++) {
                int k = sex * AGES + a;
                residents += counts[k];
                // Migrants of an age nobody in the sample has cannot be cloned; they go to the residual below.
                if (counts[k] > 0) wpp += wppNet[k] * scale;
            }
            target[sex] = targets[sex] * scale;
            simulated[sex] = residents + wpp;
            double residual = target[sex] - simulated[sex];
            factor[sex] = simulated[sex] > 0 ? target[sex] / simulated[sex] : 1;
            for (int a = 0; a < AGES; a++) {
                int k = sex * AGES + a;
                if (counts[k] == 0) continue;
                double net = wppNet[k] * scale + residual * counts[k] / (double) residents;
                rate[k] = Math.max(-1, net / counts[k]);
            }
        }
        return new Result(rate, target, simulated, factor);
    }
}
