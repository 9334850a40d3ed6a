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

    @Option(names = "--partitions", defaultValue = "8", description = "Spark partitions of the person blocks (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--block-size", defaultValue = "65536", description = "Persons per block (default: ${DEFAULT-VALUE}).")
    int blockSize;

    @Option(names = "--persons-per-batch", defaultValue = "" + RunSettings.DEFAULT_PERSONS_PER_BATCH,
            description = "Persons simulated at once; further scenarios and replications run in later batches, "
                    + "which saves memory and does not change results (default: ${DEFAULT-VALUE}).")
    long personsPerBatch;

    @Option(names = "--out", defaultValue = "reports", description = "Reports folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--run-id", description = "Name of the run folder (default: UTC time and plan name).")
    String runId;

    @Option(names = "--master", description = "Spark master (default: spark-submit's, else local[*]).")
    String master;

    @Option(names = "--progress", defaultValue = "auto", description = "Progress per stage and year on stderr: "
            + "auto (once a run has taken 5 s), always or never (default: ${DEFAULT-VALUE}).",
            converter = ProgressModeConverter.class)
    ProgressPrinter.Mode progress;

    static final class ProgressModeConverter implements picocli.CommandLine.ITypeConverter<ProgressPrinter.Mode> {
        @Override
        public ProgressPrinter.Mode convert(String value) {
            try {
                return ProgressPrinter.Mode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not auto, always or never");
            }
        }
    }

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
                : new nl.mantelsim.engine.Sensitivity.Spec(sensitivity, planned.year(), planned.parameters());
        String problem = nl.mantelsim.engine.Sensitivity.problem(spec, inputs.plan().scenarios(), inputs.data().parameters());
        if (problem != null) throw new nl.mantelsim.data.InputError("command line", 0, "--sensitivity", problem);
        return spec;
    }

    @Override
    public Integer call() throws Exception {
        ProgressPrinter printer = ProgressPrinter.forStderr(progress);
        Inputs inputs = common.load();
        RunSettings s = new RunSettings(seed != null ? seed : inputs.plan().seed(), scale != null ? scale : inputs.plan().scale(),
                until != null ? until : inputs.plan().until(), replications != null ? replications : inputs.plan().replications(),
                partitions, blockSize, SparkSessions.master(master), personsPerBatch);
        nl.mantelsim.engine.Sensitivity.Spec sens = sensitivity(inputs);
        String id = runId != null ? runId : RunJob.uniqueRunId(out, RunJob.defaultRunId(inputs.plan().name()));
        OutputRoot.check(out, id);
        // A session that already exists (a test's, a notebook's) is borrowed, not stopped.
        boolean borrowed = SparkSession.getDefaultSession().isDefined();
        SparkSession spark = SparkSessions.create(s.master(), partitions, sparkUi);
        if (sparkUi && spark.sparkContext().uiWebUrl().isDefined()) {
            System.out.println("mantelsim: Spark web UI at " + spark.sparkContext().uiWebUrl().get());
        }
        try {
            // Recorded so that a later `mantelsim plan` with the same code, inputs and settings may reuse this run.
            nl.mantelsim.report.CacheKey key = PlanCommand.cacheKey(inputs, s, sens);
            RunJob.Options options = new RunJob.Options(pdf || inputs.plan().pdf(),
                    ScenarioCache.computeAll(PlanCommand.scenarioKeys(inputs, s)), sens);
            RunJob.Outcome o = RunJob.run(inputs, s, out, id, spark, printer, dir -> PlanCommand.cacheFields(key), options);
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
