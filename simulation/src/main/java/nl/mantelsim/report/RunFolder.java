package nl.mantelsim.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A run's output folder, written under a hidden temporary name and renamed into place only when complete, so a
 * killed run leaves no folder that looks finished. `latest` is then switched atomically to the new run.
 */
public final class RunFolder {
    private final Path reportsDir;
    private final String runId;
    private final Path staging;

    public static final int MAX_RUN_ID = 128;

    /** A run id names one folder inside the reports folder: no separators, no '..', no hidden or reserved names. */
    public static boolean isValidRunId(String runId) {
        return runId != null && runId.length() <= MAX_RUN_ID && runId.matches("[A-Za-z0-9._-]+") && !runId.startsWith(".")
                && !runId.equals("latest") && !runId.equals(RunIndex.FILE);
    }

    public RunFolder(Path reportsDir, String runId) throws IOException {
        if (!isValidRunId(runId)) throw new IllegalArgumentException("not a run id: '" + runId + "'");
        this.reportsDir = reportsDir;
        this.runId = runId;
        Files.createDirectories(reportsDir);
        if (Files.exists(reportsDir.resolve(runId))) throw new IOException("run folder already exists: " + reportsDir.resolve(runId));
        this.staging = reportsDir.resolve(".incomplete-" + runId);
        deleteRecursively(staging);
        Files.createDirectories(staging);
        // An interrupted run (Ctrl-C, SIGTERM from a scheduler) removes its staging folder on the way out.
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    private final Thread cleanup = new Thread(this::discard, "mantelsim-discard-incomplete-run");

    /** Where the files are written until {@link #publish()}. */
    public Path dir() { return staging; }

    public String runId() { return runId; }

    public Path publish() throws IOException {
        Path target = reportsDir.resolve(runId);
        Runtime.getRuntime().removeShutdownHook(cleanup);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(staging, target);
        }
        Path link = reportsDir.resolve("latest");
        Path tmpLink = reportsDir.resolve(".latest-" + runId);
        Files.deleteIfExists(tmpLink);
        Files.createSymbolicLink(tmpLink, Path.of(runId));
        Files.move(tmpLink, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try {
            RunIndex.write(reportsDir);
        } catch (IOException | RuntimeException e) {
            // The run is published; a stale list of runs is rewritten by the next publish.
            System.err.println("mantelsim: warning: could not rewrite " + reportsDir.resolve(RunIndex.FILE) + ": " + e);
        }
        return target;
    }

    /** Removes the staging folder of a run that failed. */
    public void discard() {
        try {
            deleteRecursively(staging);
        } catch (IOException ignored) {
            // Best effort: a leftover .incomplete- folder is never mistaken for a finished run.
        }
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
