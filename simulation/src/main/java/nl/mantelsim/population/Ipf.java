package nl.mantelsim.population;

import java.util.ArrayList;
import java.util.List;

/**
 * Iterative proportional fitting over a flat table of cells. A margin is any partition of (a subset of) the cells
 * into categories with a target total each, so margins over different groupings (5-year age x sex, broad age
 * bands x carer status, sex x intensity) fit together. The seed's odds ratios that no margin fixes are kept:
 * that is how assumptions such as "intensive carers work less" enter the fit.
 */
public final class Ipf {
    /** A margin: category of each cell (-1 = not covered) and the target total of each category. */
    public record Margin(String name, int[] categoryOfCell, double[] targets, String[] categoryNames) {}

    public record Result(double[] weights, int iterations, double maxRelativeError) {}

    private final List<Margin> margins = new ArrayList<>();
    private final int cells;

    public Ipf(int cells) {
        this.cells = cells;
    }

    public Ipf add(Margin m) {
        if (m.categoryOfCell().length != cells) throw new IllegalArgumentException(m.name() + ": wrong cell count");
        margins.add(m);
        return this;
    }

    public List<Margin> margins() { return margins; }

    /**
     * Fits the seed to all margins. Fails, naming the margin and category, when a category with a positive target
     * has no seed weight (the margins cannot be met) or when the fit does not converge (margins disagree).
     */
    public Result fit(double[] seed, double tolerance, int maxIterations) {
        double[] w = seed.clone();
        for (Margin m : margins) {
            double[] sums = sums(m, w);
            for (int k = 0; k < sums.length; k++) {
                if (sums[k] == 0 && m.targets()[k] > 0) {
                    throw new IllegalStateException("margin '" + m.name() + "', category " + m.categoryNames()[k]
                            + ": target " + m.targets()[k] + " but no cell can hold it");
                }
            }
        }
        // Only cells with seed weight and a category matter: keep them per margin (most cells are structural zeros).
        int[][] covered = new int[margins.size()][];
        int[][] category = new int[margins.size()][];
        for (int j = 0; j < margins.size(); j++) {
            int[] cat = margins.get(j).categoryOfCell();
            int n = 0;
            for (int c = 0; c < cells; c++) if (cat[c] >= 0 && w[c] > 0) n++;
            covered[j] = new int[n];
            category[j] = new int[n];
            n = 0;
            for (int c = 0; c < cells; c++) {
                if (cat[c] >= 0 && w[c] > 0) {
                    covered[j][n] = c;
                    category[j][n++] = cat[c];
                }
            }
        }
        double err = Double.MAX_VALUE;
        int it = 0;
        while (it < maxIterations) {
            it++;
            for (int j = 0; j < margins.size(); j++) {
                double[] targets = margins.get(j).targets();
                double[] sums = new double[targets.length];
                int[] cs = covered[j], ks = category[j];
                for (int x = 0; x < cs.length; x++) sums[ks[x]] += w[cs[x]];
                double[] factor = new double[targets.length];
                for (int k = 0; k < factor.length; k++) factor[k] = sums[k] > 0 ? targets[k] / sums[k] : 1;
                for (int x = 0; x < cs.length; x++) w[cs[x]] *= factor[ks[x]];
            }
            // Checking costs as much as an iteration: check every fifth.
            if (it % 5 != 0 && it < maxIterations) continue;
            err = maxRelativeError(w);
            if (err < tolerance) return new Result(w, it, err);
        }
        Margin worst = worstMargin(w);
        throw new IllegalStateException("the margins disagree: no fit within " + maxIterations
                + " iterations (max relative error " + err + ", worst in margin '" + worst.name() + "')");
    }

    public double maxRelativeError(double[] w) {
        double worst = 0;
        for (Margin m : margins) worst = Math.max(worst, relativeError(m, w));
        return worst;
    }

    private Margin worstMargin(double[] w) {
        Margin worst = margins.get(0);
        for (Margin m : margins) if (relativeError(m, w) > relativeError(worst, w)) worst = m;
        return worst;
    }

    public static double relativeError(Margin m, double[] w) {
        double[] sums = sums(m, w);
        double worst = 0;
        for (int k = 0; k < sums.length; k++) {
            double t = m.targets()[k];
            double e = t == 0 ? Math.abs(sums[k]) : Math.abs(sums[k] - t) / t;
            worst = Math.max(worst, e);
        }
        return worst;
    }

    public static double[] sums(Margin m, double[] w) {
        double[] s = new double[m.targets().length];
        int[] cat = m.categoryOfCell();
        for (int c = 0; c < w.length; c++) if (cat[c] >= 0) s[cat[c]] += w[c];
        return s;
    }
}
