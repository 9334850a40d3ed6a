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
    void theBaseBlocksAreLetGoOnceNoLaterBatchStartsFromThem() {
        // Persisted collections seen by the driver at the end of each simulated year, one scenario per batch: the
        // base blocks and the year's blocks while a later batch will start from the base, the year's blocks only in
        // the last batch (two generations for the collector at scale 1, not three), nothing once the run is done.
        double scale = 0.001;
        Model model = Model.build(inputs.data(), 2023, scale);
        long personsPerBatch = 1; // fewer than a scenario: one scenario a batch
        RunSettings s = new RunSettings(777, scale, 2023, 1, 4, 5_000, "local[2]", personsPerBatch);
        var sc = TestData.spark().sparkContext();
        int before = sc.getPersistentRDDs().size();
        List<Integer> held = new java.util.ArrayList<>();
        new Simulation(TestData.spark(), model, inputs.scenarios(), s).withProgress(new Progress() {
            @Override
            public void yearDone(int year, int done, int total) { held.add(sc.getPersistentRDDs().size() - before); }
        }).run();
        int years = 2023 - Model.BASE_YEAR + 1, batches = inputs.scenarios().size();
        assertTrue(batches > 1, "the plan has several scenarios");
        assertEquals(years * batches, held.size());
        for (int i = 0; i < held.size(); i++) {
            assertEquals(i < years * (batches - 1) ? 2 : 1, held.get(i), "year " + (i + 1) + " of the run: " + held);
        }
        assertEquals(before, sc.getPersistentRDDs().size(), "nothing left persisted after the run");
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
        assertEquals(5 * inputs.scenarios().size(), checked);
    }

    private static Map<String, Double> levers;

    /** One run of all seven scenarios with the same seed, shared by the lever tests. */
    static synchronized Map<String, Double> leverRun() {
        if (levers == null) levers = index(run(0.003, 2030, 4, 20_000));
        return levers;
    }

    private static double sum(Map<String, Double> m, String scenario, String indicator, String group) {
        double s = 0;
        for (int y = 2022; y <= 2030; y++) s += m.get(scenario + "|" + y + "|" + indicator + "|" + group);
        return s;
    }

    /** Relative difference of two sums over 2022-2030. */
    private static double relDiff(Map<String, Double> m, String a, String b, String indicator, String group) {
        double x = sum(m, a, indicator, group), y = sum(m, b, indicator, group);
        return Math.abs(x - y) / Math.max(1e-9, Math.abs(y));
    }

    /**
     * Respijtzorg's effect on care-related sickness absence is about 5% of a few hundred cases over 2022-2030 at the
     * lever run's scale (0.003), within the paired noise there (seed 777 gave 358 against 357); at scale 0.01 it is
     * 1,136 against 1,190. So this direction is checked on its own run of the two scenarios at that scale.
     */
    @Test
    void respijtzorgMeansLessCareRelatedSicknessAbsence() {
        double scale = 0.01;
        Model model = Model.build(inputs.data(), 2030, scale);
        RunSettings s = new RunSettings(777, scale, 2030, 1, 4, 20_000, "local[2]");
        var two = inputs.scenarios().stream().filter(sc -> sc.name().equals("baseline") || sc.name().equals("respite-supply")).toList();
        assertEquals(2, two.size());
        Map<String, Double> m = index(new Simulation(TestData.spark(), model, two, s).run().rows());
        assertTrue(sum(m, "respite-supply", "sickness_absence_care", "all") < 0.98 * sum(m, "baseline", "sickness_absence_care", "all"),
                "respijtzorg relieves intensive carers: less care-related sickness absence");
        assertTrue(sum(m, "respite-supply", "public_cost_eur", "employers_sickness") < sum(m, "baseline", "public_cost_eur", "employers_sickness"),
                "less care-related sickness absence: less continued pay by employers");
    }

    @Test
    void eachLeverMovesItsIndicatorsTheDocumentedWay() {
        Map<String, Double> m = leverRun();
        for (int y = 2022; y <= 2030; y++) {
            // Levers act on care and work, not on demography: paired scenarios keep the same population.
            assertEquals(m.get("baseline|" + y + "|population|all"), m.get("combined|" + y + "|population|all"));
            // Current law: the employer pays the short leave, there is no public leave benefit and no extra bijstand.
            assertEquals(0.0, m.get("baseline|" + y + "|public_cost_eur|paid_leave"));
            assertTrue(m.get("baseline|" + y + "|leave_cost_eur|employer") > 0);
            assertEquals(0.0, m.get("baseline|" + y + "|public_cost_eur|kostendelersnorm"));
            // SER leave: public benefit, nothing for employers, no unpaid weeks, more long leave.
            assertTrue(m.get("paid-leave|" + y + "|public_cost_eur|paid_leave") > 0);
            assertEquals(0.0, m.get("paid-leave|" + y + "|leave_cost_eur|employer"));
            assertEquals(0.0, m.get("paid-leave|" + y + "|leave_users|unpaid"));
            assertTrue(m.get("paid-leave|" + y + "|leave_users|long") > m.get("baseline|" + y + "|leave_users|long"));
            // Cabinet plan: still paid by employers, more unpaid (continued) leave than two separate leaves.
            assertEquals(0.0, m.get("cabinet-leave|" + y + "|public_cost_eur|paid_leave"));
            assertTrue(m.get("cabinet-leave|" + y + "|leave_users|unpaid") >= m.get("baseline|" + y + "|leave_users|unpaid"));
            // Respijtzorg: more supply, more users and more VWS spending.
            assertTrue(m.get("respite-supply|" + y + "|respite_users|all") > 2 * m.get("baseline|" + y + "|respite_users|all"));
            assertTrue(m.get("respite-supply|" + y + "|public_cost_eur|vws") > m.get("baseline|" + y + "|public_cost_eur|vws"));
            // Kostendelersnorm abolished: extra bijstand; only for care situations: less than for everyone.
            double all = m.get("no-kostendelersnorm|" + y + "|public_cost_eur|kostendelersnorm");
            double careOnly = m.get("no-kostendelersnorm-care-only|" + y + "|public_cost_eur|kostendelersnorm");
            assertTrue(all > 0 && careOnly > 0 && careOnly < all, y + ": " + careOnly + " vs " + all);
        }
        assertTrue(sum(m, "paid-leave", "leave_weeks", "all") > 1.5 * sum(m, "baseline", "leave_weeks", "all"), "the SER leave is used for more weeks");
        assertTrue(sum(m, "paid-leave", "fte", "all") >= sum(m, "baseline", "fte", "all"), "paid leave keeps carers in work: no fewer FTE");
        assertTrue(sum(m, "paid-leave", "employees_stopped_work_for_care", "all") <= sum(m, "baseline", "employees_stopped_work_for_care", "all"));
        assertTrue(sum(m, "respite-supply", "fte", "all") > sum(m, "baseline", "fte", "all"), "respijtzorg relieves intensive carers: more FTE");
        // The SER benefit is taxed: the Finance line gains tax on the benefit and loses it on the wages not paid.
        assertTrue(sum(m, "paid-leave", "public_return_eur", "finance_leave_benefit") > 0);
        assertTrue(sum(m, "paid-leave", "wage_bill_eur", "paid") < sum(m, "baseline", "wage_bill_eur", "paid"),
                "employers pay no wage during the SER leave's weeks");
        assertTrue(m.get("no-kostendelersnorm|2030|cohabiting_carers|all") > m.get("baseline|2030|cohabiting_carers|all"),
                "without the kostendelersnorm more carers on bijstand move in with the person they care for");
        assertTrue(sum(m, "no-kostendelersnorm", "informal_care_hours", "all") > sum(m, "baseline", "informal_care_hours", "all"));
        assertTrue(sum(m, "no-kostendelersnorm", "public_return_eur", "vws") > 0, "more informal care, less formal care");
        assertTrue(m.get("combined|2030|public_cost_eur|total") > m.get("paid-leave|2030|public_cost_eur|total"));

        // Unrelated indicators stay put beyond noise (sums over nine years, common random numbers).
        assertEquals(0, relDiff(m, "paid-leave", "baseline", "respite_users", "all"), 0.02, "leave leaves respite use alone");
        assertEquals(0, relDiff(m, "paid-leave", "baseline", "cohabiting_carers", "all"), 0.02);
        assertEquals(0, relDiff(m, "respite-supply", "baseline", "leave_users", "all"), 0.02, "respite leaves leave use alone");
        assertEquals(0, relDiff(m, "respite-supply", "baseline", "cohabiting_carers", "all"), 0.02);
        assertEquals(0, relDiff(m, "no-kostendelersnorm", "baseline", "leave_users", "all"), 0.02, "the norm leaves leave use alone");
        assertEquals(0, relDiff(m, "no-kostendelersnorm", "baseline", "respite_users", "all"), 0.02);
        assertEquals(0, relDiff(m, "no-kostendelersnorm", "baseline", "fte", "all"), 0.002);
        assertEquals(0, relDiff(m, "cabinet-leave", "baseline", "respite_users", "all"), 0.02);
    }

    @Test
    void costsAddUpAcrossMinistryLines() {
        Map<String, Double> m = leverRun();
        int checked = 0;
        for (var sc : inputs.scenarios()) {
            for (int y = 2021; y <= 2030; y++) {
                String p = sc.name() + "|" + y + "|";
                double total = m.get(p + "public_cost_eur|total");
                assertEquals(total, m.get(p + "public_cost_eur|szw") + m.get(p + "public_cost_eur|vws"), 1e-6 * Math.max(1, total), p);
                assertEquals(m.get(p + "public_cost_eur|szw"), m.get(p + "public_cost_eur|paid_leave") + m.get(p + "public_cost_eur|kostendelersnorm"), 1);
                assertEquals(m.get(p + "public_cost_eur|vws"), m.get(p + "public_cost_eur|respijtzorg"), 1);
                assertEquals(m.get(p + "leave_cost_eur|public"), m.get(p + "public_cost_eur|paid_leave"), 1);
                // Employers: continued pay during leave and during care-related sickness absence; not public money.
                assertEquals(m.get(p + "public_cost_eur|employers"), m.get(p + "public_cost_eur|employers_leave")
                        + m.get(p + "public_cost_eur|employers_sickness"), 1);
                assertEquals(m.get(p + "leave_cost_eur|employer"), m.get(p + "public_cost_eur|employers_leave"), 1);
                assertEquals(m.get(p + "sickness_absence_care|all") > 0, m.get(p + "public_cost_eur|employers_sickness") > 0, p);
                assertTrue(m.get(p + "wage_bill_eur|paid") <= m.get(p + "wage_bill_eur|all"), p);
                // Finance's part on the leave benefit: the documented rate on the benefit paid beyond the baseline's.
                double benefit = m.get(p + "leave_cost_eur|public") - m.get("baseline|" + y + "|leave_cost_eur|public");
                assertEquals(inputs.data().parameters().get("finance.leave_benefit_tax_rate") * benefit, m.get(p + "public_return_eur|finance_leave_benefit"), 1e-6 * Math.max(1, benefit), p);
                double ret = m.get(p + "public_return_eur|total");
                assertEquals(ret, m.get(p + "public_return_eur|finance") + m.get(p + "public_return_eur|szw") + m.get(p + "public_return_eur|vws"),
                        1e-6 * Math.max(1, Math.abs(ret)), p);
                assertEquals(total - ret, m.get(p + "net_public_cost_eur|all"), 1e-6 * Math.max(1, Math.abs(total)), p);
                if (sc.name().equals("baseline")) assertEquals(0.0, ret, "returns are against the baseline");
                checked++;
            }
        }
        assertEquals(70, checked);
    }

    @Test
    void theCurrentLawReproducesTheLeaveUseOf2023() {
        // Baseline alone at a larger scale: 6,000 unpaid users are 120 simulated persons at 0.02 (noise about 9%).
        Model model = Model.build(inputs.data(), 2023, 0.02);
        RunSettings s = new RunSettings(777, 0.02, 2023, 1, 4, 65_536, "local[2]");
        Map<String, Double> m = index(new Simulation(TestData.spark(), model, inputs.scenarios().subList(0, 1), s).run().rows());
        // Tolerance: the calibration uses the 2021 base population; two years of change plus Monte Carlo noise.
        assertEquals(74_000, m.get("baseline|2023|leave_users|paid"), 0.15 * 74_000, "short paid leave (CBS 2024)");
        assertEquals(6_000, m.get("baseline|2023|leave_users|unpaid"), 0.30 * 6_000, "long unpaid leave (CBS 2024)");
        assertEquals(158_000, m.get("baseline|2023|leave_users|holiday_days"), 0.15 * 158_000, "holiday days used for care (CBS 2024)");
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
