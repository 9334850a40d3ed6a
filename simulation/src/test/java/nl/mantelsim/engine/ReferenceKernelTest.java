package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The single-JVM reference kernel is the Spark engine without Spark: with keyed draws both give the same numbers. */
class ReferenceKernelTest {
    static Inputs inputs;

    @BeforeAll
    static void load() {
        inputs = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN);
    }

    @Test
    void theKernelGivesTheEnginesIndicatorsExactly() {
        double scale = 0.002;
        int until = 2024;
        // The baseline and a lever, in blocks small enough that the kernel's threads share the work.
        List<Scenario> scenarios = inputs.scenarios().stream()
                .filter(s -> s.name().equals("baseline") || s.name().equals("paid-leave")).toList();
        assertEquals(2, scenarios.size());
        Model model = Model.build(inputs.data(), until, scale);
        RunSettings s = new RunSettings(777, scale, until, 1, 4, 6_000, "local[2]");

        Simulation.Result engine = new Simulation(TestData.spark(), model, scenarios, s).run();
        ReferenceKernel.Result kernel = new ReferenceKernel(model, scenarios, s, 2).run();

        List<IndicatorRow> e = IndicatorWriter.sorted(engine.rows()), k = IndicatorWriter.sorted(kernel.rows());
        assertTrue(e.size() > 500, "the engine produced indicators: " + e.size());
        assertEquals(e, k, "indicator rows of engine and kernel");
        assertEquals(engine.personYears(), kernel.personYears());
        assertEquals(engine.basePersons(), kernel.basePersons());
    }

    @Test
    void theKernelDoesNotDependOnItsNumberOfThreads() {
        double scale = 0.001;
        Model model = Model.build(inputs.data(), 2023, scale);
        RunSettings s = new RunSettings(778, scale, 2023, 1, 1, 4_000, "local[1]");
        List<Scenario> baseline = inputs.scenarios().subList(0, 1);
        List<IndicatorRow> one = IndicatorWriter.sorted(new ReferenceKernel(model, baseline, s, 1).run().rows());
        List<IndicatorRow> three = IndicatorWriter.sorted(new ReferenceKernel(model, baseline, s, 3).run().rows());
        assertTrue(one.size() > 200);
        assertEquals(one, three);
    }
}
