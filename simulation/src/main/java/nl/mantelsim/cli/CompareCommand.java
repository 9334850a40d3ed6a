package nl.mantelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.mantelsim.data.InputError;
import nl.mantelsim.report.PublishedRuns;
import nl.mantelsim.report.RunComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** mantelsim compare RUN_A RUN_B: what changed between two published runs, as CSV and HTML. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare two published runs: files and settings that differ, and indicators that moved; "
                + "writes changes.csv, indicators.csv and index.html into --out (default: <reports>/compare-A-B).")
public final class CompareCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RUN_A", description = "A run id in --reports, or a run folder.")
    String runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "A run id in --reports, or a run folder.")
    String runB;

    @Option(names = "--reports", defaultValue = "reports", description = "Where run ids are looked up (default: ${DEFAULT-VALUE}).")
    Path reports;

    @Option(names = "--out", description = "Folder for the comparison (default: <reports>/compare-A-B).")
    Path out;

    @Option(names = "--tolerance", defaultValue = "0.01",
            description = "Relative change that counts as moved when A has no 95% interval (one replication; default: ${DEFAULT-VALUE}).")
    double tolerance;

    @Override
    public Integer call() throws Exception {
        if (!(tolerance >= 0)) throw new InputError("command line", 0, "--tolerance", tolerance + " is negative");
        PublishedRuns.Run a = run(runA), b = run(runB);
        Path dir = out != null ? out : reports.resolve("compare-" + a.id() + "-" + b.id());
        RunComparison.Result r = RunComparison.compare(a, b, tolerance);
        RunComparison.write(r, dir);
        System.out.printf("mantelsim: compared %s and %s: %d file or setting differences, %d of %d indicator cells moved, %s%n",
                a.id(), b.id(), r.differences().size(), r.moved().size(), r.cellsCompared(), dir);
        return 0;
    }

    private PublishedRuns.Run run(String idOrPath) {
        Path dir = idOrPath.contains("/") ? Path.of(idOrPath) : reports.resolve(idOrPath);
        Path manifest = dir.resolve("manifest.json");
        var m = Files.isRegularFile(manifest) ? PublishedRuns.read(manifest) : java.util.Optional.<com.fasterxml.jackson.databind.JsonNode>empty();
        if (m.isEmpty() || !"complete".equals(m.get().path("status").asText()) || !Files.isRegularFile(dir.resolve("summary.csv"))) {
            throw new InputError("command line", 0, idOrPath, dir + " is not a complete run (no readable manifest.json with status complete and summary.csv)");
        }
        return new PublishedRuns.Run(dir.toAbsolutePath().normalize().getFileName().toString(), dir, m.get());
    }
}
