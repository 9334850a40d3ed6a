package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.TestData;
import nl.mantelsim.cli.Inputs;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.IndicatorWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine's promises: partition invariance, conservation of persons, and levers moving the right way. */
class SimulationTest {
    static Inputs inputs;

    @BeforeAll
    static void load() {
        inputs = Inputs.load(TestData.PROJECT, TestData.DATA, TestData.PLAN);
    }

    static List<IndicatorRow> run(double scale, int until, int partitions, int blockSize) {
        Model model = Model.build(inputs.data(), until, scale);
        RunSettings s = new RunSettings(777, scale, until, 1, partitions, blockSize, "local[2]");
        return IndicatorWriter.sorted(new Simulation(TestData.spark(), model, inputs.scenarios(), s).run().rows());
    }

    static Map<String, Double> index(List<IndicatorRow> rows) {
        Map<String, Double> m = new HashMap<>();
        for (IndicatorRow r : rows) m.put(r.scenario() + "|" + r.year() + "|" + r.indicator() + "|" + r.group(), r.value());
        return m;
    }

    @Test
    void indicatorsAreIdenticalWhateverThePartitioning() {
        // Blocks are a model setting (households form within a block); partitions only group blocks for Spark.
        List<IndicatorRow> one = run(0.001, 2024, 1, 4_000);
        List<IndicatorRow> four = run(0.001, 2024, 4, 4_000);
        List<IndicatorRow> sixteen = run(0.001, 2024, 16, 4_000);
        assertTrue(one.size() > 500);
        assertEquals(one, four, "1 vs 4 partitions");
        assertEquals(one, sixteen, "1 vs 16 partitions");
    }

    @Test
    void aYearOfAgeingConservesPersons() {
        double scale = 0.001;
        Map<String, Double> m = index(run(scale, 2026, 4, 5_000));
        int checked = 0;
        for (var sc : inputs.scenarios()) {
            for (int y = 2021; y < 2026; y++) {
                String p = sc.name() + "|";
                long start = Math.round(m.get(p + y + "|population|all") * scale);
                long end = Math.round(m.get(p + (y + 1) + "|population|all") * scale);
                long deaths = Math.round(m.get(p + y + "|deaths|all") * scale);
                long births = Math.round(m.get(p + y + "|births|all") * scale);
                long imm = Math.round(m.get(p + y + "|immigrants|all") * scale);
                long emi = Math.round(m.get(p + y + "|emigrants|all") * scale);
                assertTrue(deaths > 0 && births > 0, "there are deaths and births");
                assertEquals(start - deaths - emi + births + imm, end, sc.name() + " " + y);
                checked++;
            }
        }
        assertEquals(25, checked);
    }

    @Test
    void eachLeverMovesItsIndicatorsTheDocumentedWay() {
        Map<String, Double> m = index(run(0.003, 2030, 4, 20_000));
        double fteBase = 0, fteLeave = 0, fteRespite = 0, empWomenBase = 0, empWomenLeave = 0;
        for (int y = 2022; y <= 2030; y++) {
            fteBase += m.get("baseline|" + y + "|fte|all");
            fteLeave += m.get("paid-leave|" + y + "|fte|all");
            fteRespite += m.get("respite-supply|" + y + "|fte|all");
            empWomenBase += m.get("baseline|" + y + "|employment_rate_15_74|female");
            empWomenLeave += m.get("paid-leave|" + y + "|employment_rate_15_74|female");
            // Levers act on care and work, not on demography: paired scenarios keep the same population.
            assertEquals(m.get("baseline|" + y + "|population|all"), m.get("combined|" + y + "|population|all"));
            // Paid leave: publicly paid only when the lever is on.
            assertEquals(0.0, m.get("baseline|" + y + "|public_cost_eur|paid_leave"));
            assertTrue(m.get("paid-leave|" + y + "|public_cost_eur|paid_leave") > 0);
            // Respijtzorg: more supply, more users and more spending.
            assertTrue(m.get("respite-supply|" + y + "|respijtzorg_users|all") > m.get("baseline|" + y + "|respijtzorg_users|all"));
            assertTrue(m.get("respite-supply|" + y + "|public_cost_eur|respijtzorg") > m.get("baseline|" + y + "|public_cost_eur|respijtzorg"));
            // Kostendelersnorm abolished: extra bijstand for cost-sharers, where there was none.
            assertEquals(0.0, m.get("baseline|" + y + "|public_cost_eur|kostendelersnorm"));
            assertTrue(m.get("no-kostendelersnorm|" + y + "|public_cost_eur|kostendelersnorm") > 0);
        }
        assertTrue(fteLeave > fteBase, "paid leave keeps carers in work: more FTE");
        assertTrue(empWomenLeave > empWomenBase, "paid leave raises women's employment");
        assertTrue(fteRespite > fteBase, "respijtzorg relieves intensive carers: more FTE");
        assertTrue(m.get("no-kostendelersnorm|2030|carers_living_with_receiver|all") > m.get("baseline|2030|carers_living_with_receiver|all"),
                "without the kostendelersnorm more carers on bijstand move in with the person they care for");
        assertTrue(m.get("combined|2030|public_cost_eur|total") > m.get("paid-leave|2030|public_cost_eur|total"));
    }

    @Test
    void theMantelzorgratioFallsAndCareDemandRises() {
        Map<String, Double> m = index(run(0.002, 2040, 4, 20_000));
        double r2021 = m.get("baseline|2021|mantelzorgratio|all"), r2040 = m.get("baseline|2040|mantelzorgratio|all");
        assertTrue(r2021 > 12 && r2021 < 17, "2021 ratio " + r2021);
        assertTrue(r2040 < 0.6 * r2021, "ratio 2040 " + r2040 + " vs 2021 " + r2021);
        assertTrue(m.get("baseline|2040|care_receivers|all") > 1.2 * m.get("baseline|2021|care_receivers|all"));
        // Aligned to WPP2024: 19.07 million on 1 July 2040, so about 19.07 million on 1 January 2040.
        assertEquals(19.07e6, m.get("baseline|2040|population|all"), 0.01 * 19.07e6);
    }
}
