package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.BaseCells;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.Tally;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The year loop on Spark. All scenarios and replications run side by side in one distributed collection of person
 * blocks, keyed by (scenario, replication); every scenario of a replication starts from the same base blocks and
 * uses the same keyed draws, so their differences are paired. A sensitivity analysis adds worlds ({@link World}:
 * the model rebuilt with one parameter moved), each with its own base blocks and scenarios, in the same jobs.
 *
 * <p>Per year: (1) counts by sex and age after the year's deaths and births, worked out from the keyed fates on the
 * executors and aggregated to the driver, where the migration alignment and the care demand pressure are solved
 * (small tables, shipped inside the year's function: see YearJobs); (2) each block's whole year in one pass on the
 * executors (deaths, births and migration in one copy of the block, then the other stages); (3) integer tallies
 * aggregated to the driver and turned into indicators.
 */
public final class Simulation {
    /**
     * The indicators of each world (the first is the run's own), stage times, and the base population of
     * replication 0 of the first world counted by fit cell and tallied, for the fit report.
     */
    public record Result(List<List<IndicatorRow>> rowsByWorld, Map<String, Long> stageMillis, long personYears,
                         long basePersons, long[] baseCells, long[] baseTally) {
        /** The run's indicator rows: those of the first world. */
        public List<IndicatorRow> rows() { return rowsByWorld.get(0); }
    }

    private final SparkSession spark;
    private final List<World> worlds;
    private final RunSettings settings;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();
    private Progress progress = Progress.NONE;

    public Simulation(SparkSession spark, Model model, List<Scenario> scenarios, RunSettings settings) {
        this(spark, List.of(new World(model, scenarios)), settings);
    }

    /**
     * Several worlds side by side (a sensitivity analysis: one world per parameter value), every one on the run's
     * seed, in the same Spark jobs: a year costs two jobs whatever the number of worlds.
     */
    public Simulation(SparkSession spark, List<World> worlds, RunSettings settings) {
        this.spark = spark;
        this.worlds = List.copyOf(worlds);
        this.settings = settings;
    }

    /** Reports the synthesis and every simulated year to {@code listener}; silent by default. */
    public Simulation withProgress(Progress listener) {
        this.progress = listener;
        return this;
    }

    private static int key(int scenario, int replication) { return DriverYear.key(scenario, replication); }

    public Result run() {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        DriverYear driver = new DriverYear(worlds, settings);
        long[] seeds = driver.seeds();
        int[] worldOf = driver.worldOf();
        int[] firstScenario = driver.firstScenario();
        Broadcast<List<Model>> bModels = jsc.broadcast(driver.models());
        Broadcast<List<Levers>> bLevers = jsc.broadcast(driver.levers());
        YearJobs.Context context = new YearJobs.Context(bModels, worldOf, seeds);

        long t0 = System.nanoTime();
        List<List<BaseSynthesis>> synth = driver.synthesis();
        long basePersons = synth.get(0).get(0).persons();
        Broadcast<List<List<BaseSynthesis>>> bSynth = jsc.broadcast(synth);
        List<List<Integer>> batches = batches(driver.scenarioCount(), basePersons, settings.personsPerBatch());
        int years = Math.max(0, driver.lastStep() - Model.BASE_YEAR + 1);
        int stepsDone = 0, steps = years * batches.size() * synth.size();
        long personYears = 0;
        long[] baseCells = null, baseTally = null;
        boolean synthesised = false;
        OptionalInt slots = SparkSessions.localTaskSlots(spark.sparkContext().master());
        // The worlds whose base blocks each batch starts from: a batch shares the base of the batch before when
        // their worlds are the same (a run has one world, so its base is made once per replication).
        List<List<Integer>> worlds = batches.stream().map(batch -> worldsOf(batch, worldOf)).toList();
        for (int r = 0; r < synth.size(); r++) {
            final int rep = r;
            JavaRDD<PersonBlock> base = null;
            for (int i = 0; i < batches.size(); i++) {
                List<Integer> batch = batches.get(i);
                if (i == 0 || !worlds.get(i).equals(worlds.get(i - 1))) {
                    // The base blocks of a replication's worlds are made once and copied for each of their scenarios.
                    // (The base before is already let go: see below.)
                    List<int[]> tasks = new ArrayList<>();
                    for (int w : worlds.get(i)) {
                        for (int b = 0; b < synth.get(rep).get(w).blocks(); b++) tasks.add(new int[] {w, b});
                    }
                    // One element per partition, each a run of blocks dealt by BlockPartitions (largest first).
                    int partitions = settings.partitions();
                    base = jsc.parallelize(BlockPartitions.deal(tasks, partitions, slots), partitions)
                            .flatMap(run -> run.stream().map(task -> bSynth.value().get(rep).get(task[0])
                                    .block(task[1], rep, firstScenario[task[0]], bModels.value().get(task[0])))
                                    .iterator())
                            .persist(StorageLevel.MEMORY_AND_DISK());
                    if (r == 0 && baseCells == null && worlds.get(i).get(0) == 0) {
                        baseCells = base.filter(b -> worldOf[b.scenario] == 0).map(BaseCells::count).reduce(Tally::add);
                    }
                }
                JavaRDD<PersonBlock> current = base.flatMap(b -> {
                    List<PersonBlock> copies = new ArrayList<>(batch.size());
                    for (int s : batch) if (worldOf[s] == worldOf[b.scenario]) copies.add(b.forScenario(s));
                    return copies.iterator();
                }).persist(StorageLevel.MEMORY_ONLY());
                Sums baseSums = sums(current, context);
                if (r == 0 && batch.get(0) == 0) baseTally = baseSums.tallies().get(key(0, 0));
                driver.base(baseSums.tallies(), baseSums.counts());
                if (i + 1 == batches.size() || !worlds.get(i + 1).equals(worlds.get(i))) {
                    // No later batch starts from these base blocks: let them go now that this batch's copies are
                    // made, so the year loop holds two generations, not three (a third less for the collector to
                    // copy and compact at scale 1). A lost copy is still rebuilt from the keyed synthesis.
                    base.unpersist(false);
                    base = null;
                }
                if (!synthesised) {
                    lap("synthesis", t0);
                    progress.stageDone("synthesis");
                    synthesised = true;
                }
                personYears += years(jsc, current, context, bLevers, driver, baseSums.counts(), stepsDone, steps);
                stepsDone += years;
            }
        }
        return new Result(driver.rowsByWorld(), stageMillis, personYears, basePersons, baseCells, baseTally);
    }

    private static List<Integer> worldsOf(List<Integer> batch, int[] worldOf) {
        return batch.stream().map(s -> worldOf[s]).distinct().sorted().toList();
    }

    /**
     * Groups of scenario indices simulated side by side: as many as fit in {@code personsPerBatch} (at least one).
     * Every (scenario, replication) is simulated on its own keyed draws and aligned on its own counts, so the
     * grouping changes memory and the number of Spark jobs, never a result (DeterminismTest).
     */
    static List<List<Integer>> batches(int scenarios, long personsPerScenario, long personsPerBatch) {
        int perBatch = (int) Math.max(1, Math.min(scenarios, personsPerBatch / Math.max(1, personsPerScenario)));
        List<List<Integer>> batches = new ArrayList<>();
        for (int s = 0; s < scenarios; s += perBatch) {
            List<Integer> batch = new ArrayList<>();
            for (int k = s; k < Math.min(scenarios, s + perBatch); k++) batch.add(k);
            batches.add(List.copyOf(batch));
        }
        return batches;
    }

    /** The year loop of one batch, from its base blocks (which it unpersists); returns the person-years. */
    private long years(JavaSparkContext jsc, JavaRDD<PersonBlock> first, YearJobs.Context context,
                       Broadcast<List<Levers>> bLevers, DriverYear driver, Map<Integer, long[]> baseCounts,
                       int stepsBefore, int steps) {
        JavaRDD<PersonBlock> current = first;
        Map<Integer, long[]> januaryCounts = baseCounts;
        long personYears = 0;
        int lastStep = driver.lastStep();
        for (int year = Model.BASE_YEAR; year <= lastStep; year++) {
            final int y = year;
            long t1 = System.nanoTime();
            callSite(jsc, "year " + y);
            HashMap<Integer, VitalAlignment.Shift> vital = driver.vital(y, januaryCounts);
            // Migration is aligned to the population after deaths and births, counted from the keyed fates; then
            // each block's whole year is one pass. The aged blocks are never kept between jobs: a generation
            // fewer for the collector to copy each year, and at most two generations held at once.
            DriverYear.Migration migration = driver.migration(y, merge(YearJobs.perPartition(current,
                    new YearJobs.AgedCounts(context, y, vital))));
            JavaRDD<PersonBlock> next = YearJobs.map(current,
                            new YearJobs.Year(context, y, vital, bLevers, migration.rates(), migration.pressure()))
                    .persist(StorageLevel.MEMORY_ONLY());
            Lineage.protect(next, year - Model.BASE_YEAR, spark.sparkContext());
            // One pass gives this year's tallies and the counts of next 1 January (next year's vital alignment).
            Sums sums = sums(next, context);
            personYears += driver.tallies(y, sums.tallies());
            januaryCounts = sums.counts();
            current.unpersist(false);
            current = next;
            lap("year " + y, t1);
            int done = stepsBefore + y - Model.BASE_YEAR + 1;
            progress.yearDone(y, done, steps);
        }
        current.unpersist(false);
        callSite(jsc, null);
        return personYears;
    }

    /**
     * Names the jobs and blocks made from here on (null: Spark's own names again). Without a name Spark walks the
     * driver's stack to make one for every RDD and every job; it needs both forms (SparkContext.getCallSite), and
     * the Java API's setCallSite sets only the short one.
     */
    private static void callSite(JavaSparkContext jsc, String name) {
        jsc.setLocalProperty("callSite.short", name);
        jsc.setLocalProperty("callSite.long", name == null ? null : "mantelsim " + name);
    }

    private void lap(String stage, long startNanos) {
        long ms = (System.nanoTime() - startNanos) / 1_000_000;
        stageMillis.merge(stage, ms, Long::sum);
    }

    /** Per (scenario, replication): the integer tallies, and the persons by sex and age. */
    private record Sums(Map<Integer, long[]> tallies, Map<Integer, long[]> counts) {}

    /*
     * Sums per (scenario, replication) are added within each partition and the partitions' maps are merged on the
     * driver: one job, no shuffle (there are only a few keys). Integer sums do not depend on the order.
     */
    private static Sums sums(JavaRDD<PersonBlock> blocks, YearJobs.Context context) {
        List<List<Map<Integer, long[]>>> parts = YearJobs.perPartition(blocks, new YearJobs.TalliesAndCounts(context));
        return new Sums(merge(parts.stream().map(p -> p.get(0)).toList()), merge(parts.stream().map(p -> p.get(1)).toList()));
    }

    private static Map<Integer, long[]> merge(List<Map<Integer, long[]>> parts) {
        Map<Integer, long[]> all = new TreeMap<>();
        for (Map<Integer, long[]> p : parts) p.forEach((k, v) -> all.merge(k, v, Tally::add));
        return all;
    }
}
