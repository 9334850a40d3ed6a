package nl.mantelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mantelsim.data.InputError;
import nl.mantelsim.report.RunFolder;

/**
 * The reports folder and run id of a run, checked before any work starts: a run that cannot publish should say so
 * in a second, naming the folder, not after an hour of simulation, and leave nothing behind.
 */
final class OutputRoot {
    private OutputRoot() {}

    static void check(Path out, String runId) {
        if (!RunFolder.isValidRunId(runId)) {
            throw new InputError("command line", 0, "--run-id", "'" + runId + "' must be 1 to " + RunFolder.MAX_RUN_ID
                    + " letters, digits, '.', '_' or '-', not start with '.' and not be 'latest' or 'index.html' (it names a folder in " + out + ")");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputError("command line", 0, "--out", out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new InputError("command line", 0, "--out", "the reports folder " + out + " cannot be created: " + e);
        }
        // Permission bits do not stop root, and a read-only file system shows only when writing: so write.
        try {
            Files.delete(Files.createTempFile(out, ".write-test-", ""));
        } catch (IOException e) {
            throw new InputError("command line", 0, "--out", "the reports folder " + out + " is not writable: " + e);
        }
        if (Files.exists(out.resolve(runId))) {
            throw new InputError("command line", 0, "--run-id", out.resolve(runId) + " already exists; a published run is never overwritten");
        }
    }
}
