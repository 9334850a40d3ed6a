package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.mantelsim.care.CareMarket;
import nl.mantelsim.care.DemandPressure;
import nl.mantelsim.demography.Demography;
import nl.mantelsim.demography.MigrationAlignment;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.Cells;
import nl.mantelsim.population.Integerisation;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.BaseCells;
import nl.mantelsim.report.IndicatorBuilder;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.Tally;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The year loop on Spark. All scenarios and replications run side by side in one distributed collection of person
 * blocks, keyed by (scenario, replication); every scenario of a replication starts from the same base blocks and
 * uses the same keyed draws, so their differences are paired.
 *
 * <p>Per year: (1) deaths, births and ageing on the executors; (2) counts by sex and age aggregated to the driver,
 * where the migration alignment and the care demand pressure are solved (small tables) and broadcast; (3) the
 * remaining stages on the executors; (4) integer tallies aggregated to the driver and turned into indicators.
 */
public final class Simulation {
    /**
     * The indicators, stage times, and the base population of replication 0 counted by fit cell and tallied, for
     * the fit report.
     */
    public record Result(List<IndicatorRow> rows, Map<String, Long> stageMillis, long personYears, long basePersons,
                         long[] baseCells, long[] baseTally) {}

    private final SparkSession spark;
    private final Model model;
    private final List<Scenario> scenarios;
    private final RunSettings settings;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private Progress progress = Progress.NONE;

    public Simulation(SparkSession spark, Model model, List<Scenario> scenarios, RunSettings settings) {
        this.spark = spark;
        this.model = model;
        this.scenarios = scenarios;
        this.settings = settings;
    }

    /** Reports the synthesis and every simulated year to {@code listener}; silent by default. */
    public Simulation withProgress(Progress listener) {
        this.progress = listener;
        return this;
    }

    private static int key(int scenario, int replication) { return replication * 1024 + scenario; }

    public Result run() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int nScen = scenarios.size(), nRep = settings.replications();
        long[] seeds = new long[nRep];
        for (int r = 0; r < nRep; r++) seeds[r] = Draws.replicationSeed(settings.seed(), r);
        Broadcast<Model> bModel = jsc.broadcast(model);
        List<Levers> leverList = new ArrayList<>();
        for (Scenario s : scenarios) leverList.add(Levers.from(s.parameters(), model.prices(), model.leavePool()));
        Broadcast<List<Levers>> bLevers = jsc.broadcast(leverList);

        long t0 = System.nanoTime();
        List<BaseSynthesis> synth = new ArrayList<>();
        List<int[]> tasks = new ArrayList<>();
        for (int r = 0; r < nRep; r++) {
            BaseSynthesis s = new BaseSynthesis(Integerisation.counts(model.fit().weights(), model.scale(), seeds[r]),
                    seeds[r], settings.blockSize());
            synth.add(s);
            for (int b = 0; b < s.blocks(); b++) tasks.add(new int[] {r, b});
        }
        long basePersons = synth.get(0).persons();
        Broadcast<List<BaseSynthesis>> bSynth = jsc.broadcast(synth);
        JavaRDD<PersonBlock> current = jsc.parallelize(tasks, settings.partitions()).flatMap(task -> {
            PersonBlock base = bSynth.value().get(task[0]).block(task[1], task[0], bModel.value());
            List<PersonBlock> copies = new ArrayList<>(nScen);
            for (int s = 0; s < nScen; s++) copies.add(base.forScenario(s));
            return copies.iterator();
        }).persist(StorageLevel.MEMORY_ONLY());
        Map<Integer, IndicatorBuilder> builders = new TreeMap<>();
        for (int r = 0; r < nRep; r++) {
            for (int s = 0; s < nScen; s++) {
                builders.put(key(s, r), new IndicatorBuilder(scenarios.get(s).name(), r, model.scale(), model.fteHours()));
            }
        }
        Map<Integer, long[]> baseTallies = tallies(current, bModel, seeds);
        long[] baseCells = current.filter(b -> b.scenario == 0 && b.replication == 0).map(BaseCells::count).reduce(Tally::add);
        baseTallies.forEach((k, t) -> builders.get(k).stocks(model.baseYear(), t));
        lap("synthesis", t0);
        progress.stageDone("synthesis");

        Map<Integer, Double> basePressure = pressure(counts(current));
        long personYears = 0;
        int lastStep = settings.until() > model.baseYear() ? settings.until() : model.baseYear() - 1;
        for (int year = model.baseYear(); year <= lastStep; year++) {
            final int y = year;
            long t1 = System.nanoTime();
            Map<Integer, VitalAlignment.Shift> vital = new HashMap<>();
            for (Map.Entry<Integer, long[]> e : counts(current).entrySet()) {
                long total = 0;
                for (long c : e.getValue()) total += c;
                double wpp = model.totals().januaryTarget(y, 0) + model.totals().januaryTarget(y, 1);
                VitalAlignment.Shift s = model.vital().solve(e.getValue(), y, model.demography(), model.scale(), total / (wpp * model.scale()));
                vital.put(e.getKey(), s);
                IndicatorBuilder ib = builders.get(e.getKey());
                String[] groups = {"deaths", "births"};
                for (int k = 0; k < 2; k++) {
                    ib.add(y, "alignment_target", groups[k], s.target()[k] / model.scale());
                    ib.add(y, "alignment_simulated", groups[k], s.expected()[k] / model.scale());
                    ib.add(y, "alignment_factor", groups[k], s.target()[k] / s.expected()[k]);
                }
            }
            Broadcast<Map<Integer, VitalAlignment.Shift>> bVital = jsc.broadcast(vital);
            JavaRDD<PersonBlock> aged = current.map(b -> Demography.step(b, y, seeds[b.replication], bModel.value().demography(),
                    bModel.value().shareMaleAtBirth(), bVital.value().get(key(b.scenario, b.replication))))
                    .persist(StorageLevel.MEMORY_ONLY());
            Map<Integer, long[]> counts = counts(aged);
            Map<Integer, double[]> rates = new HashMap<>();
            Map<Integer, Double> pressure = new HashMap<>();
            for (Map.Entry<Integer, long[]> e : counts.entrySet()) {
                MigrationAlignment.Result a = align(e.getValue(), y);
                rates.put(e.getKey(), a.ratePerResident());
                pressure.put(e.getKey(), DemandPressure.receiversPerPotentialCarer(e.getValue(), model.care()) / basePressure.get(e.getKey()));
                if (y + 1 <= settings.until()) {
                    IndicatorBuilder ib = builders.get(e.getKey());
                    for (int sex = 0; sex < 2; sex++) {
                        String g = sex == 0 ? "population_male" : "population_female";
                        ib.add(y + 1, "alignment_target", g, a.target()[sex] / model.scale());
                        ib.add(y + 1, "alignment_simulated", g, a.simulated()[sex] / model.scale());
                        ib.add(y + 1, "alignment_factor", g, a.factor()[sex]);
                    }
                    ib.add(y + 1, "care_demand_pressure", "all", pressure.get(e.getKey()));
                }
            }
            Broadcast<Map<Integer, double[]>> bRates = jsc.broadcast(rates);
            Broadcast<Map<Integer, Double>> bPressure = jsc.broadcast(pressure);
            JavaRDD<PersonBlock> next = aged.map(b -> {
                int k = key(b.scenario, b.replication);
                return YearStep.apply(b, y, seeds[b.replication], bModel.value(), bLevers.value().get(b.scenario),
                        bRates.value().get(k), bPressure.value().get(k));
            }).persist(StorageLevel.MEMORY_ONLY());
            Lineage.protect(next, year - model.baseYear(), spark.sparkContext());
            Map<Integer, long[]> t = tallies(next, bModel, seeds);
            for (Map.Entry<Integer, long[]> e : t.entrySet()) {
                IndicatorBuilder ib = builders.get(e.getKey());
                ib.flows(y, e.getValue());
                if (y + 1 <= settings.until()) ib.stocks(y + 1, e.getValue());
                personYears += Tally.stock(e.getValue(), Tally.Stock.POP_ALL);
            }
            current.unpersist(false);
            aged.unpersist(false);
            // Unpersist, not destroy: a checkpointed block still carries the closure that names these broadcasts.
            bRates.unpersist(false);
            bPressure.unpersist(false);
            current = next;
            lap("year " + y, t1);
            progress.yearDone(y, y - model.baseYear() + 1, lastStep - model.baseYear() + 1);
        }
        current.unpersist(false);
        List<IndicatorRow> rows = new ArrayList<>();
        builders.values().forEach(b -> rows.addAll(b.rows()));
        Map<String, nl.mantelsim.data.Parameters> parameters = new HashMap<>();
        for (Scenario s : scenarios) parameters.put(s.name(), s.parameters());
        String reference = nl.mantelsim.report.IndicatorSummary.referenceScenario(scenarios.stream().map(Scenario::name).toList());
        rows.addAll(nl.mantelsim.cost.PublicReturns.rows(rows, reference, parameters));
        return new Result(rows, stageMillis, personYears, basePersons, baseCells, baseTallies.get(key(0, 0)));
    }

    private MigrationAlignment.Result align(long[] counts, int year) {
        double[] wpp = new double[2 * Cells.AGES];
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < Cells.AGES; a++) wpp[sex * Cells.AGES + a] = model.demography().netMigration(year, sex, a);
        }
        double[] target = {model.totals().januaryTarget(year + 1, 0), model.totals().januaryTarget(year + 1, 1)};
        return MigrationAlignment.solve(counts, wpp, target, model.scale());
    }

    private Map<Integer, Double> pressure(Map<Integer, long[]> counts) {
        Map<Integer, Double> p = new TreeMap<>();
        counts.forEach((k, c) -> p.put(k, DemandPressure.receiversPerPotentialCarer(c, model.care())));
        return p;
    }

    private void lap(String stage, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        stageMillis.merge(stage, ms, Long::sum);
    }

    private static Map<Integer, long[]> counts(JavaRDD<PersonBlock> blocks) {
        JavaPairRDD<Integer, long[]> pairs = blocks.mapToPair(b -> {
            long[] c = new long[2 * Cells.AGES];
            for (int i = 0; i < b.size(); i++) c[b.sex[i] * Cells.AGES + b.age[i]]++;
            return new Tuple2<>(key(b.scenario, b.replication), c);
        });
        return new TreeMap<>(pairs.reduceByKey(Tally::add).collectAsMap());
    }

    private static Map<Integer, long[]> tallies(JavaRDD<PersonBlock> blocks, Broadcast<Model> model, long[] seeds) {
        return new TreeMap<>(blocks.mapToPair(b -> new Tuple2<>(key(b.scenario, b.replication),
                        Tally.of(b, model.value().care().heavyBurdenHours(),
                                i -> CareMarket.wmo(b, i, model.value().care(), seeds[b.replication]))))
                .reduceByKey(Tally::add).collectAsMap());
    }
}
