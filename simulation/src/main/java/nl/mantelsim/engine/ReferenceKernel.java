package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.mantelsim.demography.Demography;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.population.BaseSynthesis;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.IndicatorRow;
import nl.mantelsim.report.Tally;

/**
 * The yardstick for the Spark engine (issue 7): the same yearly transitions on the same base blocks in one JVM,
 * with plain Java threads looping over the blocks and no Spark. It uses the engine's own pieces (base synthesis,
 * {@link Demography#step}, {@link YearStep#apply}, the driver's alignment in {@link DriverYear}), so with keyed
 * draws its indicators equal the engine's exactly; what differs is only the machinery around the loop, which is
 * what the ratio of their speeds measures.
 */
public final class ReferenceKernel {
    /** The indicators, the stage times and the person-years simulated. */
    public record Result(List<IndicatorRow> rows, Map<String, Long> stageMillis, long personYears, long basePersons) {}

    private final Model model;
    private final List<Scenario> scenarios;
    private final RunSettings settings;
    private final int threads;
    private final Map<String, Long> stageMillis = new LinkedHashMap<>();

    public ReferenceKernel(Model model, List<Scenario> scenarios, RunSettings settings, int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        this.model = model;
        this.scenarios = scenarios;
        this.settings = settings;
        this.threads = threads;
    }

    public Result run() {
        DriverYear driver = new DriverYear(model, scenarios, settings);
        long[] seeds = driver.seeds();
        List<Levers> levers = driver.levers();
        int nScen = scenarios.size();

        long t0 = System.nanoTime();
        // One world (the kernel runs no sensitivity variants): its synthesis per replication.
        List<BaseSynthesis> synth = driver.synthesis().stream().map(perWorld -> perWorld.get(0)).toList();
        List<int[]> tasks = new ArrayList<>();
        for (int r = 0; r < synth.size(); r++) {
            for (int b = 0; b < synth.get(r).blocks(); b++) tasks.add(new int[] {r, b});
        }
        List<PersonBlock> blocks = new ArrayList<>();
        for (PersonBlock[] copies : parallel(tasks, task -> {
            PersonBlock base = synth.get(task[0]).block(task[1], task[0], model);
            PersonBlock[] c = new PersonBlock[nScen];
            for (int s = 0; s < nScen; s++) c[s] = base.forScenario(s);
            return c;
        })) blocks.addAll(List.of(copies));
        driver.base(sum(blocks, parallel(blocks, b -> DriverYear.tally(b, model, seeds[b.replication]))),
                sum(blocks, parallel(blocks, DriverYear::counts)));
        lap("synthesis", t0);

        long personYears = 0;
        for (int year = model.baseYear(); year <= driver.lastStep(); year++) {
            final int y = year;
            long t1 = System.nanoTime();
            Map<Integer, VitalAlignment.Shift> vital = driver.vital(y, sum(blocks, parallel(blocks, DriverYear::counts)));
            DriverYear.Migration migration = driver.migration(y, sum(blocks, parallel(blocks, b -> Demography.countsAfter(b, y,
                    seeds[b.replication], model.demography(), model.shareMaleAtBirth(), vital.get(DriverYear.key(b.scenario, b.replication))))));
            List<PersonBlock> next = parallel(blocks, b -> {
                int k = DriverYear.key(b.scenario, b.replication);
                PersonBlock changed = Demography.step(b, y, seeds[b.replication], model.demography(), model.shareMaleAtBirth(),
                        vital.get(k), migration.rates().get(k), model.householdEvents().immigrantCoupleShare());
                return YearStep.apply(changed, y, seeds[b.replication], model, levers.get(b.scenario), migration.pressure().get(k));
            });
            personYears += driver.tallies(y, sum(next, parallel(next, b -> DriverYear.tally(b, model, seeds[b.replication]))));
            blocks.clear();
            blocks.addAll(next);
            lap("year " + y, t1);
        }
        long basePersons = synth.get(0).persons();
        return new Result(driver.rows(), stageMillis, personYears, basePersons);
    }

    /** Applies f to every item on {@link #threads} threads, each taking the next item, keeping the order. */
    private <T, R> List<R> parallel(List<T> items, Function<T, R> f) {
        Object[] out = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Throwable[] failure = new Throwable[1];
        Runnable worker = () -> {
            try {
                for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) out[i] = f.apply(items.get(i));
            } catch (Throwable e) {
                synchronized (failure) {
                    if (failure[0] == null) failure[0] = e;
                }
                next.set(out.length);
            }
        };
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < Math.min(threads, Math.max(1, out.length)); t++) {
            Thread th = new Thread(worker, "mantelsim-kernel-" + t);
            th.start();
            pool.add(th);
        }
        for (Thread th : pool) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (failure[0] != null) throw new IllegalStateException("a block failed in the reference kernel", failure[0]);
        @SuppressWarnings("unchecked")
        List<R> result = (List<R>) List.of(out);
        return result;
    }

    /** Sums the blocks' integer arrays per (scenario, replication). */
    private static Map<Integer, long[]> sum(List<PersonBlock> blocks, List<long[]> perBlock) {
        Map<Integer, long[]> m = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            m.merge(DriverYear.key(blocks.get(i).scenario, blocks.get(i).replication), perBlock.get(i), Tally::add);
        }
        return m;
    }

    private void lap(String stage, long startNanos) {
        stageMillis.merge(stage, (System.nanoTime() - startNanos) / 1_000_000, Long::sum);
    }
}
