package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorSummary;
import nl.mantelsim.report.SensitivityRow;
import org.apache.spark.sql.SparkSession;

/**
 * One-at-a-time sensitivity of a scenario's effect to the assumed parameters: for each parameter the reference and the
 * scenario are simulated again with the parameter at its minimum and at its maximum, everything else equal and with
 * the run's seed (common random numbers), up to one year; the effect (scenario minus reference in that year, paired
 * per replication) is compared with the effect at the default values.
 *
 * <p>A scenario that sets the parameter itself keeps its own value: the lever is the scenario, the assumption is
 * what the world around it looks like.
 */
public final class Sensitivity {
    private Sensitivity() {}

    /** What to vary: the scenario whose effect is studied, the year it is read in, the parameters (empty: every assumed one). */
    public record Spec(String scenario, int year, List<String> parameters) {
        public static final int DEFAULT_YEAR = 2030;

        /** The settings part of the cache key, so a run with a sensitivity never reuses one without it. */
        public String cacheText() {
            return "sensitivity=" + scenario + "," + year + "," + String.join(";", parameters);
        }
    }

    /** The effects read from every variant (indicator, group). */
    public static final List<String[]> OUTCOMES = List.of(
            new String[] {"fte", "all"}, new String[] {"net_public_cost_eur", "all"},
            new String[] {"employment_rate_15_74", "all"}, new String[] {"public_cost_eur", "total"});

    /** The parameters varied: the spec's list, or every assumed parameter of parameters.csv in name order. */
    public static List<String> parameters(Spec spec, Parameters defaults) {
        if (!spec.parameters().isEmpty()) return spec.parameters();
        List<String> names = new ArrayList<>();
        defaults.specs().forEach((name, s) -> {
            if (s.assumed() && s.min() < s.max()) names.add(name);
        });
        return names;
    }

    /**
     * What is wrong with a spec for these scenarios and parameters (null: do not check the parameter names), or null.
     * Checked before a run starts, so a typo never costs a simulation.
     */
    public static String problem(Spec spec, List<String> scenarios, Parameters defaults) {
        String reference = IndicatorSummary.referenceScenario(scenarios);
        if (!scenarios.contains(spec.scenario())) {
            return "scenario '" + spec.scenario() + "' is not in the plan (" + String.join(", ", scenarios) + ")";
        }
        if (spec.scenario().equals(reference)) return "'" + reference + "' is the reference: name a scenario to compare with it";
        if (spec.year() <= Model.BASE_YEAR || spec.year() > RunSettings.MAX_UNTIL) {
            return "year " + spec.year() + " is outside " + (Model.BASE_YEAR + 1) + ".." + RunSettings.MAX_UNTIL;
        }
        for (String p : defaults == null ? List.<String>of() : spec.parameters()) {
            if (!defaults.has(p)) return "unknown parameter '" + p + "' (see data/model/parameters.csv)";
            if (!defaults.spec(p).assumed()) return "'" + p + "' is not an assumed parameter (its source is published)";
        }
        return null;
    }

    /**
     * Runs the variants on {@code spark} and returns one row per parameter and outcome. {@code fit} is the run's base
     * population fit, reused by every variant whose parameter the fit does not read.
     */
    public static List<SensitivityRow> run(SparkSession spark, InputData in, FittedPopulation fit, Scenario reference,
                                           Scenario scenario, RunSettings run, Spec spec, Progress progress) {
        int year = Math.min(spec.year(), run.until());
        RunSettings settings = new RunSettings(run.seed(), run.scale(), year, run.replications(), run.partitions(),
                run.blockSize(), run.master(), run.personsPerBatch());
        Parameters defaults = in.parameters();
        Map<String, Double> base = effects(spark, in, defaults, fit, reference, scenario, settings, year);
        List<String> names = parameters(spec, defaults);
        List<SensitivityRow> rows = new ArrayList<>();
        int done = 0;
        for (String name : names) {
            Parameters.Spec p = defaults.spec(name);
            Variant low = variant(spark, in, fit, reference, scenario, settings, year, name, p.min(), base);
            Variant high = variant(spark, in, fit, reference, scenario, settings, year, name, p.max(), base);
            for (String[] o : OUTCOMES) {
                String k = o[0] + "|" + o[1];
                String note = (low.refused().map(m -> "min refused: " + m + ". ").orElse("")
                        + high.refused().map(m -> "max refused: " + m).orElse("")).trim();
                rows.add(new SensitivityRow(name, p.unit(), p.value(), p.min(), p.max(), scenario.name(), reference.name(),
                        year, o[0], o[1], base.getOrDefault(k, Double.NaN), low.effects().getOrDefault(k, Double.NaN),
                        high.effects().getOrDefault(k, Double.NaN), note));
            }
            progress.stageDone("sensitivity " + (++done) + " of " + names.size() + " (" + name + ")");
        }
        return rows;
    }

    private record Variant(Map<String, Double> effects, Optional<String> refused) {}

    private static Variant variant(SparkSession spark, InputData in, FittedPopulation fit, Scenario reference,
                                   Scenario scenario, RunSettings settings, int year, String name, double value,
                                   Map<String, Double> base) {
        // At the default value the variant is the base run itself: no need to simulate it again.
        if (value == in.parameters().get(name)) return new Variant(base, Optional.empty());
        Parameters p = in.parameters().with(Map.of(name, value));
        try {
            return new Variant(effects(spark, in.withParameters(p), p, FittedPopulation.reads(name) ? null : fit,
                    reference, scenario, settings, year), Optional.empty());
        } catch (InputError e) {
            // A value at the end of its range may be one the input checks refuse (a tolerance of 0): say so, go on.
            return new Variant(Map.of(), Optional.of(e.getMessage()));
        }
    }

    /** Scenario minus reference in {@code year}, mean over replications of the paired differences, per outcome. */
    private static Map<String, Double> effects(SparkSession spark, InputData in, Parameters p, FittedPopulation fit,
                                               Scenario reference, Scenario scenario, RunSettings settings, int year) {
        Model model = fit == null ? Model.build(in, settings.until(), settings.scale())
                : Model.build(in, settings.until(), settings.scale(), fit);
        List<Scenario> pair = List.of(withDefaults(reference, p), withDefaults(scenario, p));
        List<IndicatorRow> rows = new Simulation(spark, model, pair, settings).run().rows();
        IndicatorSummary summary = new IndicatorSummary(rows);
        Map<String, Double> effects = new LinkedHashMap<>();
        for (String[] o : OUTCOMES) {
            summary.difference(scenario.name(), reference.name(), year, o[0], o[1])
                    .ifPresent(b -> effects.put(o[0] + "|" + o[1], b.mean()));
        }
        return effects;
    }

    /** The scenario on other defaults: its own overrides win. */
    static Scenario withDefaults(Scenario s, Parameters defaults) {
        return new Scenario(s.name(), s.description(), s.file(), s.overrides(), defaults.with(s.overrides()));
    }
}
