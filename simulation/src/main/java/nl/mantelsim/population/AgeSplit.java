package nl.mantelsim.population;

/**
 * Splits counts by 5-year age group into single years. Within a group the density follows a straight line through
 * the neighbouring groups' mean densities (clamped at zero), rescaled so every group keeps its published total
 * exactly: smooth across group borders, faithful to the table. The open group (95+) declines geometrically with
 * the given yearly ratio over ages 95..100, where 100 stands for 100 and over.
 */
public final class AgeSplit {
    private AgeSplit() {}

    /** groups[g] = count for ages 5g..5g+4 (the last group open). Returns counts for ages 0..Cells.MAX_AGE. */
    public static double[] split(double[] groups, double openGroupRatio) {
        int n = groups.length;
        double[] single = new double[Cells.AGES];
        for (int g = 0; g < n; g++) {
            int from = 5 * g;
            if (g == n - 1) {
                int ages = Cells.AGES - from;
                double norm = 0;
                for (int k = 0; k < ages; k++) norm += Math.pow(openGroupRatio, k);
                for (int k = 0; k < ages; k++) single[from + k] = groups[g] * Math.pow(openGroupRatio, k) / norm;
                continue;
            }
            double here = groups[g] / 5.0;
            double before = g > 0 ? groups[g - 1] / 5.0 : here;
            double after = (g + 1 < n - 1) ? groups[g + 1] / 5.0 : here;
            double slope = (after - before) / 10.0; // density change per year of age around the group centre
            double[] d = new double[5];
            double sum = 0;
            for (int k = 0; k < 5; k++) {
                d[k] = Math.max(0, here + slope * (k - 2));
                sum += d[k];
            }
            for (int k = 0; k < 5; k++) single[from + k] = sum > 0 ? groups[g] * d[k] / sum : groups[g] / 5.0;
        }
        return single;
    }
}
