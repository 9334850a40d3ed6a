package nl.mantelsim.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.mantelsim.data.InputError;
import nl.mantelsim.engine.GitCommit;
import nl.mantelsim.engine.Plan;
import nl.mantelsim.engine.RunSettings;
import nl.mantelsim.engine.SparkSessions;
import nl.mantelsim.report.CacheKey;
import nl.mantelsim.report.PublishedRuns;
import nl.mantelsim.report.RegressionGate;
import nl.mantelsim.report.SummaryCsv;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * An unattended run of a plan (cron, systemd): the plan file alone sets what is computed; a run whose cache key
 * (code, inputs, scenarios, settings) equals an earlier complete run's is published from that run's files; else
 * each scenario whose own key equals one of an earlier run takes its rows from there and only the others are
 * simulated (ScenarioCache); the
 * plan's regression gates are checked against the previous run of the same plan. Exit codes for schedulers:
 * 0 done, 2 bad input, 3 run failed, 4 a regression gate failed (the run is published all the same).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Run a plan unattended, reusing an earlier run with the same code, inputs and settings; "
                + "exit 0 done, 2 bad input, 3 run failed, 4 regression gate failed.")
public final class PlanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN.yaml", description = "The plan file (its scenarios come from --data).")
    Path planFile;

    @Option(names = "--data", defaultValue = "data", description = "Input data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Mixin RunOptions options;

    @Option(names = "--no-cache", description = "Simulate even when an earlier run has the same cache key.")
    boolean noCache;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try {
            return runPlan();
        } catch (InputError e) {
            throw e;
        } catch (Throwable e) {
            // A full disk is not a failed run but the scheduler's to fix: Main reports it, as for `run`.
            java.util.Optional<DiskFull> full = DiskFull.of(e);
            if (full.isPresent()) throw full.get();
            spec.commandLine().getErr().println("mantelsim: run failed: " + e);
            e.printStackTrace(spec.commandLine().getErr());
            return Main.RUN_FAILED;
        }
    }

    private int runPlan() throws Exception {
        Path root = data.toAbsolutePath().normalize().getParent();
        Inputs inputs = Inputs.load(root, data, planFile);
        Plan plan = inputs.plan();
        RunSettings s = new RunSettings(plan.seed(), plan.scale(), plan.until(), plan.replications(), options.partitions,
                options.blockSize, SparkSessions.master(options.master), options.personsPerBatch);
        String id = options.runId(plan.name());
        OutputRoot.check(options.out, id);
        CacheKey key = cacheKey(inputs, s);
        Optional<PublishedRuns.Run> previous = PublishedRuns.latestOfPlan(options.out, plan.name());
        Optional<PublishedRuns.Run> cached = noCache ? Optional.empty() : PublishedRuns.withCacheKey(options.out, key.combined());

        RegressionGate.Result[] gate = new RegressionGate.Result[1];
        RunJob.ManifestExtras extras = dir -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.putAll(cacheFields(key));
            if (!plan.gates().isEmpty()) {
                gate[0] = gate(plan, key, previous, dir.resolve("summary.csv"));
                m.put("gate", gate[0].toManifest());
            }
            return m;
        };

        Path runDir;
        if (cached.isPresent()) {
            runDir = CachedRun.publish(cached.get(), inputs, s, options.out, id, extras, plan.pdf());
            System.out.printf("mantelsim: run %s complete: reused %s (same code, inputs and settings), %s%n", id, cached.get().id(), runDir);
        } else {
            ProgressPrinter printer = ProgressPrinter.forStderr(options.progress);
            boolean borrowed = SparkSession.getDefaultSession().isDefined();
            SparkSession spark = SparkSessions.create(s.master(), options.partitions, false);
            try {
                Map<String, String> keys = scenarioKeys(inputs, s);
                ScenarioCache scenarios = noCache ? ScenarioCache.computeAll(keys) : ScenarioCache.lookup(options.out, keys);
                RunJob.Outcome o = RunJob.run(inputs, s, options.out, id, spark, printer, extras, new RunJob.Options(plan.pdf(), scenarios, plan.sensitivity()));
                printer.finish();
                runDir = o.runDir();
                if (scenarios.reusesAny()) {
                    scenarios.manifest().forEach((name, e) -> System.out.println("mantelsim: scenario " + name + ": " + e.get("source")));
                }
                System.out.printf("mantelsim: run %s complete: %d persons per scenario, %d person-years, %s%n", id,
                        o.result().basePersons(), o.result().personYears(), runDir);
            } finally {
                printer.finish();
                if (!borrowed) spark.stop();
            }
        }
        if (gate[0] != null) {
            System.out.println("mantelsim: gate " + gate[0].status().name().toLowerCase(java.util.Locale.ROOT) + ": " + gate[0].reason());
            if (gate[0].status() == RegressionGate.Status.FAILED) {
                gate[0].moved().forEach(line -> System.err.println("mantelsim: gate: " + line));
                return Main.GATE_FAILED;
            }
        }
        return 0;
    }

    static CacheKey cacheKey(Inputs inputs, RunSettings s) throws java.io.IOException {
        return cacheKey(inputs, s, inputs.plan().sensitivity());
    }

    static CacheKey cacheKey(Inputs inputs, RunSettings s, nl.mantelsim.engine.Sensitivity.Spec sensitivity) throws java.io.IOException {
        return CacheKey.of(CacheKey.codeVersion(GitCommit.of(inputs.projectRoot())), inputs.projectRoot(), inputs.dataFiles(),
                inputs.scenarioFiles(), inputs.plan().name(), s.seed(), s.scale(), s.until(), s.replications(), s.blockSize(),
                sensitivity == null ? null : sensitivity.cacheText());
    }

    static Map<String, String> scenarioKeys(Inputs inputs, RunSettings s) throws java.io.IOException {
        return CacheKey.scenarioKeys(CacheKey.codeVersion(GitCommit.of(inputs.projectRoot())), inputs.projectRoot(),
                inputs.dataFiles(), inputs.plan().scenarios(), inputs.scenarioFiles(), s.seed(), s.scale(), s.until(),
                s.replications(), s.blockSize());
    }

    static Map<String, Object> cacheFields(CacheKey key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cache_key", key.combined());
        m.put("cache_key_parts", key.parts());
        return m;
    }

    private static RegressionGate.Result gate(Plan plan, CacheKey key, Optional<PublishedRuns.Run> previous, Path summary)
            throws java.io.IOException {
        if (previous.isEmpty()) return RegressionGate.skipped("no previous run of plan '" + plan.name() + "'", null);
        PublishedRuns.Run prev = previous.get();
        com.fasterxml.jackson.databind.JsonNode parts = prev.manifest().get("cache_key_parts");
        if (parts == null || !parts.isObject()) return RegressionGate.skipped("the previous run has no cache key", prev.id());
        Map<String, String> p = new LinkedHashMap<>();
        parts.fields().forEachRemaining(e -> p.put(e.getKey(), e.getValue().asText()));
        if (!CacheKey.fromParts(p).sameInputsAs(key)) {
            return RegressionGate.skipped("inputs, scenarios or settings differ from the previous run", prev.id());
        }
        return RegressionGate.check(plan.gates(), SummaryCsv.read(prev.dir().resolve("summary.csv")), SummaryCsv.read(summary), prev.id());
    }
}
