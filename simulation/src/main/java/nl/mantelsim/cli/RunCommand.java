package nl.mantelsim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.mantelsim.engine.RunSettings;
import nl.mantelsim.engine.SparkSessions;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a plan of scenarios and publish reports/<run-id>/ (indicators, charts, index.html, manifest.json).")
public final class RunCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Option(names = "--scale", description = "Share of the population simulated, in (0, 1] (plan default, else 0.01).")
    Double scale;

    @Option(names = "--seed", description = "Run seed (plan default).")
    Long seed;

    @Option(names = "--until", description = "Last year, 2021..2060; 2021 writes the base population only (plan default, else 2040).")
    Integer until;

    @Option(names = "--replications", description = "Independent replications, each with its own seed (plan default, else 1).")
    Integer replications;

    @Mixin RunOptions options;

    @Option(names = "--sensitivity", paramLabel = "SCENARIO", description = "Also rerun the baseline and SCENARIO to "
            + "2030 with each assumed parameter at its minimum and maximum, for tornado charts and sensitivity.csv "
            + "(plan default: its sensitivity key, if any; 'none' switches it off).")
    String sensitivity;

    @Option(names = "--pdf", description = "Also write report.pdf (A4) beside index.html (plan key pdf: true; default: off).")
    boolean pdf;

    @Option(names = "--spark-ui", description = "Serve Spark's web UI while running, on 127.0.0.1 only (default: off).")
    boolean sparkUi;

    /** The plan's sensitivity, or the command line's scenario with the plan's year and parameters; checked before any work. */
    private nl.mantelsim.engine.Sensitivity.Spec sensitivity(Inputs inputs) {
        nl.mantelsim.engine.Sensitivity.Spec planned = inputs.plan().sensitivity();
        if (sensitivity == null) return planned;
        if (sensitivity.equals("none")) return null;
        nl.mantelsim.engine.Sensitivity.Spec spec = planned == null
                ? new nl.mantelsim.engine.Sensitivity.Spec(sensitivity, nl.mantelsim.engine.Sensitivity.Spec.DEFAULT_YEAR, java.util.List.of())
                : new nl.mantelsim.engine.Sensitivity.Spec(sensitivity, planned.year(), planned.parameters(), planned.replications());
        String problem = nl.mantelsim.engine.Sensitivity.problem(spec, inputs.plan().scenarios(), inputs.data().parameters());
        if (problem != null) throw new nl.mantelsim.data.InputError("command line", 0, "--sensitivity", problem);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        ProgressPrinter printer = ProgressPrinter.forStderr(options.progress);
        Inputs inputs = common.load();
        RunSettings s = new RunSettings(seed != null ? seed : inputs.plan().seed(), scale != null ? scale : inputs.plan().scale(),
                until != null ? until : inputs.plan().until(), replications != null ? replications : inputs.plan().replications(),
                options.partitions, options.blockSize, SparkSessions.master(options.master), options.personsPerBatch);
        nl.mantelsim.engine.Sensitivity.Spec sens = sensitivity(inputs);
        String id = options.runId(inputs.plan().name());
        OutputRoot.check(options.out, id);
        // A session that already exists (a test's, a notebook's) is borrowed, not stopped.
        boolean borrowed = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = SparkSessions.create(s.master(), options.partitions, sparkUi);
        if (sparkUi && spark.sparkContext().uiWebUrl().isDefined()) {
            System.out.println("mantelsim: Spark web UI at " + spark.sparkContext().uiWebUrl().get());
        }
        try {
            // Recorded so that a later `mantelsim plan` with the same code, inputs and settings may reuse this run.
            nl.mantelsim.report.CacheKey key = PlanCommand.cacheKey(inputs, s, sens);
            RunJob.Options what = new RunJob.Options(pdf || inputs.plan().pdf(),
                    ScenarioCache.computeAll(PlanCommand.scenarioKeys(inputs, s)), sens);
            RunJob.Outcome o = RunJob.run(inputs, s, options.out, id, spark, printer, dir -> PlanCommand.cacheFields(key), what);
            printer.finish();
            System.out.printf("mantelsim: run %s complete: %d persons per scenario, %d person-years, %s%n", id,
                    o.result().basePersons(), o.result().personYears(), o.runDir());
            return 0;
        } finally {
            printer.finish();
            if (!borrowed) spark.stop();
        }
    }
}
