package nl.mantelsim.cli;

import java.nio.file.Path;
import nl.mantelsim.engine.RunSettings;
import picocli.CommandLine.Option;

/**
 * The options of how and where a run is computed and published, shared by `run` and `plan` (a picocli mixin):
 * Spark partitions and master, block size, batch size, the reports folder, the run id and the progress display.
 * What is computed (scenarios, scale, seed, years) comes from the plan, or for `run` also from its own options.
 */
final class RunOptions {
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

    /** The run id asked for, or a new one from the plan's name. */
    String runId(String planName) {
        return runId != null ? runId : RunJob.uniqueRunId(out, RunJob.defaultRunId(planName));
    }
}
