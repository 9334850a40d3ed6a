package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;

import java.io.Serializable;
import java.util.TreeMap;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * Aligns the expected numbers of deaths and births of a year to WPP2024's totals (demography/vital_totals.csv) by
 * logit scaling: every person's probability p becomes logistic(logit(p) + shift), one shift for the whole
 * population, found on the driver from counts by sex and age. A shift in logits moves small and large
 * probabilities alike in relative terms and keeps them inside (0, 1): the least distortion of individual chances
 * among the usual methods. The WPP totals are scaled by the ratio of the simulated population to WPP's, so that
 * the alignment corrects rates, not the size of the population (migration does that).
 */
public final class VitalAlignment implements Serializable {
    private final TreeMap<Integer, double[]> byYear = new TreeMap<>(); // {births, deaths}

    public record Shift(double deaths, double births, double[] target, double[] expected) implements Serializable {
        public static final Shift NONE = new Shift(0, 0, new double[2], new double[2]);
    }

    public VitalAlignment(InputData in) {
        Table t = in.table(InputCatalog.VITAL_TOTALS);
        for (Table.Row r : t.rows()) byYear.put(r.integer("year"), new double[] {r.number("births"), r.number("deaths")});
    }

    /**
     * @param counts persons by sex * AGES + age on 1 January of the year (simulated)
     * @param populationRatio simulated persons / (WPP population of that January x scale)
     */
    public Shift solve(long[] counts, int year, DemographyRates rates, double scale, double populationRatio) {
        double[] totals = byYear.get(year);
        if (totals == null) throw InputError.of("data/" + InputCatalog.VITAL_TOTALS, "no WPP2024 births and deaths for " + year);
        double targetBirths = totals[0] * scale * populationRatio, targetDeaths = totals[1] * scale * populationRatio;
        double[] q = new double[2 * AGES], f = new double[2 * AGES];
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < AGES; a++) {
                q[sex * AGES + a] = rates.deathProbability(year, sex, a);
                f[sex * AGES + a] = sex == 1 ? rates.birthRate(year, a) : 0;
            }
        }
        double deaths = shift(counts, q, targetDeaths), births = shift(counts, f, targetBirths);
        return new Shift(deaths, births, new double[] {targetDeaths, targetBirths},
                new double[] {expected(counts, q, 0), expected(counts, f, 0)});
    }

    public static double apply(double p, double shift) {
        if (shift == 0 || p <= 0 || p >= 1) return p;
        double z = Math.log(p / (1 - p)) + shift;
        return 1 / (1 + Math.exp(-z));
    }

    static double expected(long[] counts, double[] p, double shift) {
        double e = 0;
        for (int k = 0; k < p.length; k++) if (counts[k] > 0) e += counts[k] * apply(p[k], shift);
        return e;
    }

    /** Bisection on the shift: expected events rise monotonically with it. */
    static double shift(long[] counts, double[] p, double target) {
        if (expected(counts, p, 0) <= 0 || target <= 0) return 0;
        double lo = -3, hi = 3;
        for (int it = 0; it < 100; it++) {
            double mid = (lo + hi) / 2;
            if (expected(counts, p, mid) < target) lo = mid;
            else hi = mid;
        }
        return (lo + hi) / 2;
    }
}
