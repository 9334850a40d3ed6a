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
        // Bijstand is fitted below the AOW age of 2021 (66 years and 4 months): ages up to 66 may hold it.
        double[] seed = SeedTable.build(in, (int) Math.ceil(new nl.mantelsim.labour.AowAge(in).age(nl.mantelsim.engine.Model.BASE_YEAR)));
        Ipf ipf = new Ipf(COUNT);
        targets.margins.forEach(ipf::add);
        try {
            Ipf.Result r = ipf.fit(seed, p.get("fit.tolerance"), (int) p.get("fit.max_iterations"));
            return new FittedPopulation(r.weights(), r.iterations(), r.maxRelativeError(), List.copyOf(targets.notes),
                    List.copyOf(targets.margins));
        } catch (IllegalStateException e) {
            // The margin names carry their source tables; the seed files decide which cells may hold persons.
            throw InputError.of("data/" + nl.mantelsim.data.InputCatalog.POSITION_SEED + " and data/"
                    + nl.mantelsim.data.InputCatalog.EDUCATION_SEED + " against the published margins", e.getMessage());
        }
    }

    /**
     * Whether the fit reads this parameter (the fit's own settings and the open age group's split, all named fit.* or
     * population.*); any other parameter leaves the fitted weights unchanged.
     */
    public static boolean reads(String parameter) {
        return parameter.startsWith("fit.") || parameter.startsWith("population.");
    }

    public double[] weights() { return weights.clone(); }
    public int iterations() { return iterations; }
    public double maxRelativeError() { return maxRelativeError; }
    public List<String> notes() { return notes; }
    public List<Ipf.Margin> margins() { return margins; }

    public double persons(int sex, int age) {
        return sumAt(sex, age, c -> true);
    }

    /**
     * Fitted persons of this sex and age in the cells that match: only the cells of (sex, age) are read (they are
     * contiguous, sex and age being the outer dimensions), in the same order as {@link #sum}, so the result is the
     * same to the last bit and a model is built in a fraction of the time (a sensitivity analysis builds one per
     * variant).
     */
    public double sumAt(int sex, int age, java.util.function.IntPredicate cells) {
        // The next age's first cell; for the oldest age that is the next sex's first, the index arithmetic gives it.
        int from = Cells.index(sex, age, 0, 0, 0, 0, 0), to = Cells.index(sex, age + 1, 0, 0, 0, 0, 0);
        double s = 0;
        for (int c = from; c < to; c++) if (weights[c] > 0 && cells.test(c)) s += weights[c];
        return s;
    }

    /** Fitted persons in the cells that match. */
    public double sum(java.util.function.IntPredicate cells) {
        double s = 0;
        for (int c = 0; c < COUNT; c++) if (weights[c] > 0 && cells.test(c)) s += weights[c];
        return s;
    }

    public double total() {
        double s = 0;
        for (double w : weights) s += w;
        return s;
    }

    public double carerShare(int sex, int age) {
        double n = persons(sex, age);
        return n == 0 ? 0 : sumAt(sex, age, c -> care(c) != NON_CARER) / n;
    }

    public double intensiveShareOfCarers(int sex, int age) {
        double carers = sumAt(sex, age, c -> care(c) != NON_CARER);
        return carers == 0 ? 0 : sumAt(sex, age, c -> care(c) == INTENSIVE_CARER) / carers;
    }

    public double employmentRate(int sex, int age) {
        double n = persons(sex, age);
        return n == 0 ? 0 : sumAt(sex, age, c -> employed(c) == 1) / n;
    }

    /** Bijstand recipients among the non-employed of this sex and age (the base-year inflow chance). */
    public double bijstandShareOfNotEmployed(int sex, int age) {
        double n = sumAt(sex, age, c -> employed(c) == 0 && position(c) != Position.INSTITUTION.ordinal());
        return n == 0 ? 0 : sumAt(sex, age, c -> bijstand(c) == 1) / n;
    }
}
