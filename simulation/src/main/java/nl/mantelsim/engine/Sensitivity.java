package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.policy.Levers;
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

    /**
     * What to vary: the scenario whose effect is studied, the year it is read in, the parameters (empty: every assumed
     * one) and the replications each variant is simulated with (its own, not the run's: the analysis costs
     * replications x variants simulations, so more replications for the scenarios need not multiply it).
     */
    public record Spec(String scenario, int year, List<String> parameters, int replications) {
        public static final int DEFAULT_YEAR = 2030;
        public static final int DEFAULT_REPLICATIONS = 1;

        public Spec(String scenario, int year, List<String> parameters) {
            this(scenario, year, parameters, DEFAULT_REPLICATIONS);
        }

        /** The settings part of the cache key, so a run with a sensitivity never reuses one without it. */
        public String cacheText() {
            return "sensitivity=" + scenario + "," + year + "," + String.join(";", parameters) + ",replications=" + replications;
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
     * population fit, reused by every variant whose parameter the fit does not read. All variants are simulated side
     * by side in one {@link Simulation} (one world each, batched by the run's persons per batch), so the analysis
     * costs two Spark jobs per simulated year and batch rather than per year and variant; every world is simulated
     * exactly as it would be alone (keyed draws, its own alignment), so the numbers are those of separate runs.
     */
    public static List<SensitivityRow> run(SparkSession spark, InputData in, FittedPopulation fit, Scenario reference,
                                           Scenario scenario, RunSettings run, Spec spec, Progress progress) {
        int year = Math.min(spec.year(), run.until());
        RunSettings settings = new RunSettings(run.seed(), run.scale(), year, spec.replications(), run.partitions(),
                run.blockSize(), run.master(), run.personsPerBatch());
        Parameters defaults = in.parameters();
        List<String> names = parameters(spec, defaults);
        List<World> worlds = new ArrayList<>();
        worlds.add(world(Model.build(in, year, settings.scale(), fit), reference, scenario, defaults));
        // Per parameter, its low and high end: the index of the world that simulates it, or the reason it was refused.
        Map<String, Variant[]> variants = new LinkedHashMap<>();
        for (String name : names) {
            Parameters.Spec p = defaults.spec(name);
            variants.put(name, new Variant[] {variant(in, fit, reference, scenario, settings, name, p.min(), worlds),
                    variant(in, fit, reference, scenario, settings, name, p.max(), worlds)});
        }
        progress.stageDone("sensitivity set-up (" + names.size() + " parameters, " + worlds.size() + " variants; "
                + "their years follow)");
        // Only the years are passed on: the variants' synthesis is not a stage of the run of its own.
        Progress years = new Progress() {
            @Override
            public void yearDone(int y, int done, int total) { progress.yearDone(y, done, total); }
        };
        Simulation.Result result = new Simulation(spark, worlds, settings).withProgress(years).run();
        List<Map<String, Double>> effects = new ArrayList<>();
        for (List<IndicatorRow> rows : result.rowsByWorld()) effects.add(effects(rows, reference, scenario, year));

        Map<String, Double> base = effects.get(0);
        List<SensitivityRow> rows = new ArrayList<>();
        for (Map.Entry<String, Variant[]> e : variants.entrySet()) {
            Parameters.Spec p = defaults.spec(e.getKey());
            Variant low = e.getValue()[0], high = e.getValue()[1];
            Map<String, Double> atLow = low.world() < 0 ? Map.of() : effects.get(low.world());
            Map<String, Double> atHigh = high.world() < 0 ? Map.of() : effects.get(high.world());
            String note = (low.refused().map(m -> "min refused: " + m + ". ").orElse("")
                    + high.refused().map(m -> "max refused: " + m).orElse("")).trim();
            for (String[] o : OUTCOMES) {
                String k = o[0] + "|" + o[1];
                rows.add(new SensitivityRow(e.getKey(), p.unit(), p.value(), p.min(), p.max(), scenario.name(), reference.name(),
                        year, o[0], o[1], base.getOrDefault(k, Double.NaN), atLow.getOrDefault(k, Double.NaN),
                        atHigh.getOrDefault(k, Double.NaN), note));
            }
        }
        progress.stageDone("sensitivity (" + names.size() + " parameters, " + worlds.size() + " variants)");
        return rows;
    }

    /** Where a parameter value is simulated: a world's index (0 for the defaults), or -1 with the reason it was refused. */
    private record Variant(int world, Optional<String> refused) {}

    /** Adds the world of {@code name} at {@code value} to {@code worlds}, unless the value is the default or refused. */
    private static Variant variant(InputData in, FittedPopulation fit, Scenario reference, Scenario scenario,
                                   RunSettings settings, String name, double value, List<World> worlds) {
        // At the default value the variant is the base world itself: no need to simulate it again.
        if (value == in.parameters().get(name)) return new Variant(0, Optional.empty());
        Parameters p = in.parameters().with(Map.of(name, value));
        try {
            InputData moved = in.withParameters(p);
            Model model = FittedPopulation.reads(name) ? Model.build(moved, settings.until(), settings.scale())
                    : Model.build(moved, settings.until(), settings.scale(), fit);
            World w = world(model, reference, scenario, p);
            // The levers are built here as the simulation will build them, so a refused value is found before it runs.
            for (Scenario s : w.scenarios()) Levers.from(s.parameters(), model.prices(), model.leavePool());
            worlds.add(w);
            return new Variant(worlds.size() - 1, Optional.empty());
        } catch (InputError e) {
            // A value at the end of its range may be one the input checks refuse (a tolerance of 0): say so, go on.
            return new Variant(-1, Optional.of(e.getMessage()));
        }
    }

    private static World world(Model model, Scenario reference, Scenario scenario, Parameters p) {
        return new World(model, List.of(withDefaults(reference, p), withDefaults(scenario, p)));
    }

    /** Scenario minus reference in {@code year}, mean over replications of the paired differences, per outcome. */
    private static Map<String, Double> effects(List<IndicatorRow> rows, Scenario reference, Scenario scenario, int year) {
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
