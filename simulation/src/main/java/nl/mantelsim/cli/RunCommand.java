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

    @Option(names = "--pdf", description = "Also write report.pdf (A4) beside index.html (plan key pdf: true; default: off).")
    boolean pdf;

    @Option(names = "--spark-ui", description = "Serve Spark's web UI while running, on 127.0.0.1 only (default: off).")
    boolean sparkUi;

    @Override
    public Integer call() throws Exception {
        ProgressPrinter printer = ProgressPrinter.forStderr(progress);
        Inputs inputs = common.load();
        RunSettings s = new RunSettings(seed != null ? seed : inputs.plan().seed(), scale != null ? scale : inputs.plan().scale(),
                until != null ? until : inputs.plan().until(), replications != null ? replications : inputs.plan().replications(),
                partitions, blockSize, SparkSessions.master(master));
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
            nl.mantelsim.report.CacheKey key = PlanCommand.cacheKey(inputs, s);
            RunJob.Options options = new RunJob.Options(pdf || inputs.plan().pdf(),
                    ScenarioCache.computeAll(PlanCommand.scenarioKeys(inputs, s)));
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
