package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import java.util.List;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Parameters;

/**
 * The base population of 1 January 2021 as fitted weights per cell (full population). The dynamics take their
 * base-year profiles (carer shares, intensity, employment by sex and age) from here, so the first simulated year
 * continues the fitted population rather than a separate calibration.
 */
public final class FittedPopulation implements Serializable {
    private final double[] weights;
    private final int iterations;
    private final double maxRelativeError;
    private final List<String> notes;
    /** The margins fitted to; needed on the driver for the fit report only. */
    private final transient List<Ipf.Margin> margins;

    private FittedPopulation(double[] weights, int iterations, double maxRelativeError, List<String> notes,
                             List<Ipf.Margin> margins) {
        this.weights = weights;
        this.margins = margins;
        this.iterations = iterations;
        this.maxRelativeError = maxRelativeError;
        this.notes = notes;
    }

    public static FittedPopulation fit(InputData in) {
        PopulationTargets targets = PopulationTargets.build(in);
        Parameters p = in.parameters();
        double[] seed = seed(p.get("fit.seed_odds_employed_intensive"));
        Ipf ipf = new Ipf(COUNT);
        targets.margins.forEach(ipf::add);
        try {
            Ipf.Result r = ipf.fit(seed, p.get("fit.tolerance"), (int) p.get("fit.max_iterations"));
            return new FittedPopulation(r.weights(), r.iterations(), r.maxRelativeError(), List.copyOf(targets.notes),
                    List.copyOf(targets.margins));
        } catch (IllegalStateException e) {
            throw InputError.of("data/care-labour (population margins)", e.getMessage());
        }
    }

    /**
     * Structural zeros (no carers under 18, nobody employed under 15 or over 74) and one assumed association:
     * intensive carers are less often employed (odds ratio from parameters.csv), which no published margin fixes.
     */
    static double[] seed(double oddsEmployedIntensive) {
        double[] s = new double[COUNT];
        for (int c = 0; c < COUNT; c++) {
            int a = age(c);
            if (care(c) != NON_CARER && a < 18) continue;
            if (employed(c) == 1 && (a < 15 || a > 74)) continue;
            s[c] = (care(c) == INTENSIVE_CARER && employed(c) == 1) ? oddsEmployedIntensive : 1.0;
        }
        return s;
    }

    public double weight(int cell) { return weights[cell]; }
    public double[] weights() { return weights.clone(); }
    public int iterations() { return iterations; }
    public double maxRelativeError() { return maxRelativeError; }
    public List<String> notes() { return notes; }
    public List<Ipf.Margin> margins() { return margins; }

    public double persons(int sex, int age) {
        double s = 0;
        for (int care = 0; care < CARE_STATES; care++) for (int e = 0; e < 2; e++) s += weights[index(sex, age, care, e)];
        return s;
    }

    public double total() {
        double s = 0;
        for (double w : weights) s += w;
        return s;
    }

    public double carerShare(int sex, int age) {
        double n = persons(sex, age);
        if (n == 0) return 0;
        double c = 0;
        for (int e = 0; e < 2; e++) c += weights[index(sex, age, LIGHT_CARER, e)] + weights[index(sex, age, INTENSIVE_CARER, e)];
        return c / n;
    }

    public double intensiveShareOfCarers(int sex, int age) {
        double carers = carerShare(sex, age) * persons(sex, age);
        if (carers == 0) return 0;
        return (weights[index(sex, age, INTENSIVE_CARER, 0)] + weights[index(sex, age, INTENSIVE_CARER, 1)]) / carers;
    }

    public double employmentRate(int sex, int age) {
        double n = persons(sex, age);
        if (n == 0) return 0;
        double e = 0;
        for (int care = 0; care < CARE_STATES; care++) e += weights[index(sex, age, care, 1)];
        return e / n;
    }

    /** Persons not employed, both sexes, aged from..to inclusive. */
    public double notEmployed(int from, int to) {
        double s = 0;
        for (int c = 0; c < COUNT; c++) if (employed(c) == 0 && age(c) >= from && age(c) <= to) s += weights[c];
        return s;
    }
}
