package nl.mantelsim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.mantelsim.engine.GitCommit;
import nl.mantelsim.engine.RunSettings;
import nl.mantelsim.report.Manifest;
import nl.mantelsim.report.PdfReport;
import nl.mantelsim.report.PublishedRuns;
import nl.mantelsim.report.RunFolder;

/**
 * Publishes a run whose cache key equals that of an earlier complete run: the earlier run's outputs are copied
 * (byte for byte) into a new run folder, and the new manifest describes this run (its id, time, code label and
 * input files) and names the run that simulated the numbers in `reused_from`. The copied index.html still shows
 * that run's id in its title. Spark is never started.
 */
final class CachedRun {
    private CachedRun() {}

    static Path publish(PublishedRuns.Run cached, Inputs inputs, RunSettings settings, Path reportsDir, String runId,
                        RunJob.ManifestExtras extras, boolean pdf) throws IOException {
        Instant start = Instant.now();
        long t = System.nanoTime();
        RunFolder folder = new RunFolder(reportsDir, runId);
        try {
            copyOutputs(cached.dir(), folder.dir());
            // The PDF is asked for per run, not part of the numbers: make it when the reused run has none.
            if (pdf && !Files.exists(folder.dir().resolve(PdfReport.FILE))) {
                DiskFull.write(folder.dir().resolve(PdfReport.FILE), f -> PdfReport.write(folder.dir().resolve("index.html"), f));
            }
            Manifest m = new Manifest();
            m.root().setAll(((ObjectNode) cached.manifest()).deepCopy());
            for (String stale : List.of("gate", "reused_from", "wall_seconds")) m.root().remove(stale);
            m.put("run_id", runId).put("start_time", RunJob.iso(start))
                    .put("partitions", settings.partitions())
                    .put("git_commit", GitCommit.of(inputs.projectRoot()))
                    .put("plan_name", inputs.plan().name())
                    .put("reused_from", origin(cached));
            if (Files.exists(folder.dir().resolve(PdfReport.FILE)) && !m.root().path("outputs").toString().contains(PdfReport.FILE)) {
                m.root().withArray("outputs").add(PdfReport.FILE);
            }
            m.files("plan", inputs.projectRoot(), List.of(inputs.planFile()));
            m.files("scenarios", inputs.projectRoot(), inputs.scenarioFiles());
            m.files("inputs", inputs.projectRoot(), inputs.dataFiles());
            extras.of(folder.dir()).forEach(m::put);
            m.put("end_time", RunJob.iso(Instant.now()));
            m.stages(Map.of("reuse", (System.nanoTime() - t) / 1_000_000));
            DiskFull.write(folder.dir().resolve("manifest.json"), m::write);
            return folder.publish();
        } catch (Throwable e) {
            folder.discard();
            throw e;
        }
    }

    /** The run that simulated these numbers: a reused run points on to it. */
    static String origin(PublishedRuns.Run cached) {
        String earlier = cached.text("reused_from");
        return earlier.isEmpty() ? cached.id() : earlier;
    }

    private static void copyOutputs(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path rel = from.relativize(p);
                if (rel.toString().equals("manifest.json")) continue;
                Path q = to.resolve(rel.toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else DiskFull.write(q, f -> Files.copy(p, f));
            }
        }
    }
}
