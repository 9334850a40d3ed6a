package nl.mantelsim.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.mantelsim.engine.Model;
import nl.mantelsim.engine.Progress;
import nl.mantelsim.engine.ReferenceKernel;
import nl.mantelsim.engine.RunSettings;
import nl.mantelsim.engine.Simulation;
import nl.mantelsim.engine.SparkSessions;
import nl.mantelsim.engine.TaskTimes;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.report.IndicatorWriter;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure population synthesis and the yearly step (baseline only, no output written), on Spark and"
                + " on the reference kernel (the same step on plain Java threads), and print the ratio of their speeds.")
public final class BenchCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--scale", defaultValue = "0.01", description = "Share of the population (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--years", defaultValue = "10", description = "Simulated years, at least 2 (default: ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--partitions", defaultValue = "8", description = "Spark partitions (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--block-size", defaultValue = "65536", description = "Persons per block (default: ${DEFAULT-VALUE}).")
    int blockSize;

    @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--kernel-threads", description = "Threads of the reference kernel (default: the cores).")
    Integer kernelThreads;

    @Option(names = "--warm-up", defaultValue = "1", description = "Unmeasured passes of each engine before the measured"
            + " ones, as long as they, 0 to 5 (default: ${DEFAULT-VALUE}).")
    int warmUpPasses;

    @Option(names = "--pairs", defaultValue = "0", description = "Instead of one master: this many rounds of local[1]"
            + " against local[2] (and the kernel at 1 against 2 threads) in this JVM, 0 to 10 (default: ${DEFAULT-VALUE}).")
    int pairs;

    @Override
    public Integer call() {
        // A run's last year `until` counts the base year (2021 alone means no step), so the shortest run that steps
        // is two years; the warm-up below runs that long too.
        if (years < 2 || until(years) > RunSettings.MAX_UNTIL) {
            throw new nl.mantelsim.data.InputError("command line", 0, "--years", years + " is outside 2.."
                    + (RunSettings.MAX_UNTIL - Model.BASE_YEAR + 1));
        }
        if (warmUpPasses < 0 || warmUpPasses > 5) {
            throw new nl.mantelsim.data.InputError("command line", 0, "--warm-up", warmUpPasses + " is outside 0..5");
        }
        if (pairs < 0 || pairs > 10) {
            throw new nl.mantelsim.data.InputError("command line", 0, "--pairs", pairs + " is outside 0..10");
        }
        if (pairs > 0 && (master != null || kernelThreads != null)) {
            throw new nl.mantelsim.data.InputError("command line", 0, "--pairs", "measures local[1] against local[2]"
                    + " itself; leave out " + (master != null ? "--master" : "--kernel-threads"));
        }
        Inputs inputs = common.load();
        int until = until(years);
        RunSettings s = new RunSettings(inputs.plan().seed(), scale, until, 1, partitions, blockSize, SparkSessions.master(master));
        long t = System.nanoTime();
        Model model = Model.build(inputs.data(), until, scale);
        double fitSeconds = (System.nanoTime() - t) / 1e9;
        List<Scenario> baseline = List.of(inputs.scenarios().get(0));
        if (pairs > 0) {
            System.out.printf("mantelsim bench: local[1] against local[2], %d rounds, cores=%d scale=%s partitions=%d"
                    + " block_size=%d warm_up=%d (person-years/s of the %d simulated years)%n", pairs,
                    Runtime.getRuntime().availableProcessors(), scale, partitions, blockSize, warmUpPasses, years);
            new ScalingPairs(model, baseline, s, warmUpPasses, System.out).measure(pairs);
            return 0;
        }
        SparkSession spark = SparkSessions.create(s.master(), partitions);
        try {
            int threads = kernelThreads != null ? kernelThreads : Runtime.getRuntime().availableProcessors();
            // Warm-up passes as long as the measured ones: the JIT goes on compiling the code of later years and
            // Spark's scheduler code pass after pass, and on 2 cores that CPU comes free on the idle core at local[1]
            // but out of the task threads at local[2] (README, Benchmark: the CPU line by --warm-up).
            for (int p = 0; p < warmUpPasses; p++) {
                new Simulation(spark, model, baseline, s).run();
                new ReferenceKernel(model, baseline, s, threads).run();
            }
            // Spark's task metrics over the measured years (from the end of the synthesis): how busy the task threads are.
            TaskTimes[] times = new TaskTimes[1];
            long[] yearsStart = new long[1];
            Progress afterSynthesis = new Progress() {
                @Override
                public void stageDone(String stage) {
                    if (!stage.equals("synthesis")) return;
                    times[0] = TaskTimes.listen(spark.sparkContext());
                    yearsStart[0] = System.nanoTime();
                }
            };
            Map<String, Double> cpuBefore = ThreadCpu.snapshot();
            Simulation.Result r = new Simulation(spark, model, baseline, s).withProgress(afterSynthesis).run();
            Map<String, Double> cpuSpark = ThreadCpu.snapshot();
            double yearsWall = (System.nanoTime() - yearsStart[0]) / 1e9;
            // Listener events arrive asynchronously: wait for the last tasks' (10 s at most) before reading the sums.
            try {
                spark.sparkContext().listenerBus().waitUntilEmpty(10_000L);
            } catch (java.util.concurrent.TimeoutException e) {
                System.out.println("  (Spark's listener events were still arriving after 10 s: the task sums below may miss some)");
            }
            times[0].stop(spark.sparkContext());
            double engineRate = r.personYears() / (stepSeconds(r.stageMillis()));
            System.out.printf("mantelsim bench: master=%s cores=%d scale=%s partitions=%d block_size=%d warm_up=%d%n",
                    spark.sparkContext().master(), Runtime.getRuntime().availableProcessors(), scale, partitions, blockSize, warmUpPasses);
            System.out.printf("  base population fit (IPF, driver):   %.2f s%n", fitSeconds);
            double synthesisSeconds = r.stageMillis().get("synthesis") / 1000.0;
            System.out.printf("  synthesis of %,d persons (Spark):   %.2f s = %,.0f persons/s%n", r.basePersons(), synthesisSeconds,
                    r.basePersons() / Math.max(1e-3, synthesisSeconds));
            System.out.printf("  yearly step (Spark): %d years, %,d person-years in %.2f s = %,.0f person-years/s%n", years,
                    r.personYears(), stepSeconds(r.stageMillis()), engineRate);
            int slots = SparkSessions.localTaskSlots(spark.sparkContext().master()).orElse(0);
            System.out.printf("  Spark tasks of the yearly step: %s%n", slots > 0 ? times[0].summary(yearsWall, slots)
                    : "(task threads of a cluster master not known here)");
            System.out.printf("  CPU of the measured Spark pass (synthesis and years): %s%n", ThreadCpu.between(cpuBefore, cpuSpark));
            Map<String, Double> cpuKernelBefore = ThreadCpu.snapshot();
            ReferenceKernel.Result k = new ReferenceKernel(model, baseline, s, threads).run();
            Map<String, Double> cpuKernel = ThreadCpu.snapshot();
            double kernelRate = k.personYears() / stepSeconds(k.stageMillis());
            double kernelSynthesis = k.stageMillis().get("synthesis") / 1000.0;
            System.out.printf("  synthesis (kernel, %d threads):      %.2f s = %,.0f persons/s%n", threads, kernelSynthesis,
                    k.basePersons() / Math.max(1e-3, kernelSynthesis));
            System.out.printf("  yearly step (kernel): %d years, %,d person-years in %.2f s = %,.0f person-years/s%n", years,
                    k.personYears(), stepSeconds(k.stageMillis()), kernelRate);
            System.out.printf("  CPU of the measured kernel pass (synthesis and years): %s%n", ThreadCpu.between(cpuKernelBefore, cpuKernel));
            System.out.printf("  ratio engine/kernel: %.2f (indicators identical: %s)%n", engineRate / kernelRate,
                    IndicatorWriter.sorted(r.rows()).equals(IndicatorWriter.sorted(k.rows())) ? "yes" : "NO");
            return 0;
        } finally {
            spark.stop();
        }
    }

    static double stepSeconds(Map<String, Long> stageMillis) {
        return stageMillis.entrySet().stream().filter(e -> e.getKey().startsWith("year ")).mapToLong(Map.Entry::getValue).sum() / 1000.0;
    }

    private static int until(int years) {
        return Model.BASE_YEAR + years - 1;
    }
}
