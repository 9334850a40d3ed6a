package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import nl.mantelsim.data.InputError;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorSummary;
import nl.mantelsim.report.SensitivityRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** One-at-a-time sensitivity: the same engine, the same seed, one parameter at each end of its range. */
class SensitivityTest {
    static Inputs inputs;
    static final double SCALE = 0.002;
    static final RunSettings SETTINGS = new RunSettings(777, SCALE, 2040, 1, 4, 20_000, "local[2]");

    @BeforeAll
    static void load() {
        inputs = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN);
    }

    static Scenario scenario(String name) {
        return inputs.scenarios().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static Map<String, SensitivityRow> byKey(List<SensitivityRow> rows) {
        Map<String, SensitivityRow> m = new HashMap<>();
        for (SensitivityRow r : rows) m.put(r.parameter() + "|" + r.indicator() + "|" + r.group(), r);
        return m;
    }

    @Test
    void leaveTakeUpAndRespiteReliefMoveTheEffectTheExpectedWay() {
        Sensitivity.Spec spec = new Sensitivity.Spec("combined", 2025,
                List.of("paid_leave.pay_elasticity", "respijtzorg.relief_hours_per_week"));
        Model model = Model.build(inputs.data(), 2025, SCALE);
        List<SensitivityRow> rows = Sensitivity.run(TestData.spark(), inputs.data(), model.fit(), scenario("baseline"),
                scenario("combined"), SETTINGS, spec, Progress.NONE);
        assertEquals(2 * Sensitivity.OUTCOMES.size(), rows.size());
        Map<String, SensitivityRow> m = byKey(rows);

        // The base effect is the combined scenario minus the baseline of an ordinary run with the same seed and scale.
        RunSettings plain = new RunSettings(777, SCALE, 2025, 1, 4, 20_000, "local[2]");
        List<IndicatorRow> run = new Simulation(TestData.spark(), model, List.of(scenario("baseline"), scenario("combined")), plain)
                .run().rows();
        double fte = new IndicatorSummary(run).difference("combined", "baseline", 2025, "fte", "all").orElseThrow().mean();
        assertEquals(fte, m.get("respijtzorg.relief_hours_per_week|fte|all").base(), 1e-6);

        // Higher take-up of a publicly paid leave (pay elasticity at its maximum) costs more than at its minimum.
        SensitivityRow leave = m.get("paid_leave.pay_elasticity|public_cost_eur|total");
        assertEquals(0, leave.lowValue());
        assertEquals(15, leave.highValue());
        assertTrue(leave.atHigh() > leave.atLow(), "public cost at pay elasticity 15 " + leave.atHigh() + " vs 0 " + leave.atLow());
        // More relief hours from respijtzorg keep more carers at work: the FTE effect grows with them.
        SensitivityRow relief = m.get("respijtzorg.relief_hours_per_week|fte|all");
        assertTrue(relief.atHigh() > relief.base() && relief.base() > relief.atLow(),
                "FTE effect at 0, 4 and 20 relief hours: " + relief.atLow() + ", " + relief.base() + ", " + relief.atHigh());
        for (SensitivityRow r : rows) assertEquals("", r.note());
    }

    /**
     * The variants run side by side in one simulation (one world each) give exactly what each gives run on its own:
     * a model parameter (care.stop_rate), a fit parameter (its own base population) and a lever's (scenario
     * parameters only), at both ends.
     */
    @Test
    void variantsSideBySideEqualSeparateRuns() {
        List<String> names = List.of("care.stop_rate", "fit.seed_odds_employed_intensive", "respijtzorg.relief_hours_per_week");
        Sensitivity.Spec spec = new Sensitivity.Spec("combined", 2024, names);
        RunSettings settings = new RunSettings(777, SCALE, 2024, 1, 4, 20_000, "local[2]");
        // Few persons per batch: the worlds are spread over several batches, as at a large scale.
        RunSettings batched = new RunSettings(777, SCALE, 2024, 1, 4, 20_000, "local[2]", 30_000);
        Model model = Model.build(inputs.data(), 2024, SCALE);
        Map<String, SensitivityRow> together = byKey(Sensitivity.run(TestData.spark(), inputs.data(), model.fit(),
                scenario("baseline"), scenario("combined"), batched, spec, Progress.NONE));
        for (String name : names) {
            var p = inputs.data().parameters().spec(name);
            for (double value : new double[] {p.min(), p.max()}) {
                var moved = inputs.data().parameters().with(Map.of(name, value));
                Model m = Model.build(inputs.data().withParameters(moved), 2024, SCALE);
                List<Scenario> pair = List.of(Sensitivity.withDefaults(scenario("baseline"), moved),
                        Sensitivity.withDefaults(scenario("combined"), moved));
                IndicatorSummary alone = new IndicatorSummary(new Simulation(TestData.spark(), m, pair, settings).run().rows());
                for (String[] o : Sensitivity.OUTCOMES) {
                    double expected = alone.difference("combined", "baseline", 2024, o[0], o[1]).orElseThrow().mean();
                    SensitivityRow row = together.get(name + "|" + o[0] + "|" + o[1]);
                    assertEquals(expected, value == p.min() ? row.atLow() : row.atHigh(), 0.0, name + "=" + value + " " + o[0]);
                }
            }
        }
    }

    @Test
    void theSensitivitysReplicationsArePartOfTheCacheKey() {
        // Each replication count gives other numbers, so a rerun with another count must not reuse the first.
        assertNotEquals(new Sensitivity.Spec("combined", 2030, List.of()).cacheText(),
                new Sensitivity.Spec("combined", 2030, List.of(), 2).cacheText());
        assertEquals(Sensitivity.Spec.DEFAULT_REPLICATIONS, new Sensitivity.Spec("combined", 2030, List.of()).replications());
    }

    @Test
    void aScenarioKeepsTheValuesItSetsItself() {
        Scenario respite = scenario("respite-supply");
        double own = respite.parameters().get("respijtzorg.coverage");
        Scenario moved = Sensitivity.withDefaults(respite, inputs.data().parameters().with(Map.of("respijtzorg.coverage", 0.1)));
        assertEquals(own, moved.parameters().get("respijtzorg.coverage"));
        Scenario baseline = Sensitivity.withDefaults(scenario("baseline"), inputs.data().parameters().with(Map.of("respijtzorg.coverage", 0.1)));
        assertEquals(0.1, baseline.parameters().get("respijtzorg.coverage"));
    }

    @Test
    void theDefaultSetIsEveryAssumedParameterAndBadSpecsAreRefused() {
        var defaults = inputs.data().parameters();
        List<String> all = Sensitivity.parameters(new Sensitivity.Spec("combined", 2030, List.of()), defaults);
        assertTrue(all.contains("paid_leave.effectiveness") && all.contains("care.stop_rate"));
        assertTrue(!all.contains("fte.hours") && !all.contains("paid_leave.weeks"), "published numbers and levers are not varied");
        for (String p : all) assertTrue(defaults.spec(p).assumed(), p);
        List<String> scenarios = inputs.plan().scenarios();
        assertNull(Sensitivity.problem(new Sensitivity.Spec("combined", 2030, List.of("care.stop_rate")), scenarios, defaults));
        assertNotNull(Sensitivity.problem(new Sensitivity.Spec("baseline", 2030, List.of()), scenarios, defaults));
        assertNotNull(Sensitivity.problem(new Sensitivity.Spec("nope", 2030, List.of()), scenarios, defaults));
        assertNotNull(Sensitivity.problem(new Sensitivity.Spec("combined", 2030, List.of("fte.hours")), scenarios, defaults));
        assertNotNull(Sensitivity.problem(new Sensitivity.Spec("combined", 2030, List.of("no.such")), scenarios, defaults));
    }

    @Test
    void onlyFitAndPopulationParametersChangeTheFittedBasePopulation() {
        // The variants reuse the run's fit for every other parameter: that is only right if the fit does not read them.
        FittedPopulation base = FittedPopulation.fit(inputs.data());
        var moved = inputs.data().parameters().with(Map.of("care.stop_rate", 0.5, "labour.exit_rate_base", 0.2,
                "household.mother_age_gap_mean", 24.0, "wage.log_sd", 1.0));
        assertTrue(java.util.Arrays.equals(base.weights(), FittedPopulation.fit(inputs.data().withParameters(moved)).weights()));
        var fitParameter = inputs.data().parameters().with(Map.of("fit.seed_odds_employed_intensive", 1.5));
        assertTrue(FittedPopulation.reads("fit.seed_odds_employed_intensive"));
        assertTrue(!java.util.Arrays.equals(base.weights(),
                FittedPopulation.fit(inputs.data().withParameters(fitParameter)).weights()), "the seed odds do change the fit");
        // A tolerance of 0 makes the input checks refuse the published carer margins: a variant that is reported, not run.
        InputError refused = org.junit.jupiter.api.Assertions.assertThrows(InputError.class, () -> FittedPopulation.fit(
                inputs.data().withParameters(inputs.data().parameters().with(Map.of("fit.margin_disagreement_tolerance", 0.0)))));
        assertTrue(refused.getMessage().contains("disagree"), refused.getMessage());
    }
}
