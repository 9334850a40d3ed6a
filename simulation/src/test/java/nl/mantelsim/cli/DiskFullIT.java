package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Runs whose reports folder is on a file system that fills up: each stops with exit code 5 and one line naming the
 * file it could not write, publishes nothing, leaves no staging folder (its space is given back), does not touch the
 * run published before, and the next run, with space again, succeeds. The file system is a small tmpfs that
 * .ci/run mounts (it needs root) and names in MANTELSIM_SMALL_DISK:
 * {@code mount -t tmpfs -o size=16m mantelsim-small-disk /tmp/d && MANTELSIM_SMALL_DISK=/tmp/d mvn -B test -Dtest=DiskFullIT}.
 */
@EnabledIfEnvironmentVariable(named = "MANTELSIM_SMALL_DISK", matches = "/.+")
class DiskFullIT {
    private static Path disk;

    @BeforeAll
    static void setUp() throws IOException {
        disk = Path.of(System.getenv("MANTELSIM_SMALL_DISK"));
        assertTrue(Files.isDirectory(disk), "MANTELSIM_SMALL_DISK must name a mounted folder: " + disk);
        try (Stream<Path> s = Files.list(disk)) {
            assertEquals(List.of(), s.toList(), "the small disk must start empty");
        }
        TestData.spark();
    }

    /** Leaves the small disk empty again, also after a failure, so that the test can be run again on it. */
    @AfterAll
    static void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(disk)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) if (!p.equals(disk)) Files.delete(p);
        }
    }

    /** `run` of the default plan at a small scale, or `plan` of the base population (a plan sets its own scale). */
    private static String[] run(String command, Path reports, String runId) {
        List<String> args = new java.util.ArrayList<>();
        if (command.equals("run")) {
            args.addAll(List.of("run", "--plan", TestData.PLAN.toString(), "--scale", "0.001", "--until", "2022", "--sensitivity", "none"));
        } else {
            args.addAll(List.of("plan", TestData.DATA.resolve("plans/base-population.yaml").toString()));
        }
        args.addAll(List.of("--data", TestData.DATA.toString(), "--out", reports.toString(), "--run-id", runId, "--progress", "never"));
        return args.toArray(String[]::new);
    }

    /** Fills the disk with one file, then frees the last `leaveFree` bytes of it. */
    private static Path fill(long leaveFree) throws IOException {
        Path filler = disk.resolve("filler");
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(chunk);
        } catch (IOException full) {
            assertTrue(DiskFull.reason(full).isPresent(), "filling the disk should end with ENOSPC: " + full);
        }
        try (FileChannel ch = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            ch.truncate(Math.max(0, ch.size() - leaveFree));
        }
        return filler;
    }

    @Test
    void aRunOnAFullDiskSaysSoPublishesNothingAndTheNextRunSucceeds() throws IOException {
        Path reports = disk.resolve("reports");
        assertEquals(0, Main.execute(run("run", reports, "earlier")));
        java.util.Map<String, String> earlier = KilledRunTest.hashes(reports.resolve("earlier"));

        // No space at all, a little (the first small files fit, a later one does not), then more (most of the base
        // population plan's 205 kB fit, not its report).
        long[] free = {0, 48 * 1024, 160 * 1024};
        for (int i = 0; i < free.length; i++) {
            for (String command : List.of("run", "plan")) {
                String id = "full-" + command + "-" + i;
                Path filler = fill(free[i]);
                StringWriter err = new StringWriter();
                int code = Main.execute(new PrintWriter(err, true), run(command, reports, id));
                String what = command + " with " + free[i] + " bytes free: " + err;
                assertEquals(Main.DISK_FULL, code, what);
                assertTrue(err.toString().contains("No space left on device (the disk is full)"), what);
                assertTrue(err.toString().contains(reports.resolve(".incomplete-" + id).toString()), "names the file: " + what);
                assertFalse(Files.exists(reports.resolve(id)), "nothing published: " + what);
                assertFalse(Files.exists(reports.resolve(".incomplete-" + id)), "staging folder removed: " + what);
                assertEquals(earlier, KilledRunTest.hashes(reports.resolve("earlier")), "the earlier run untouched: " + what);
                assertEquals(Path.of("earlier"), Files.readSymbolicLink(reports.resolve("latest")), what);
                Files.delete(filler);
            }
        }

        assertEquals(0, Main.execute(run("run", reports, "after")));
        assertTrue(Files.readString(reports.resolve("after/manifest.json")).contains("\"status\" : \"complete\""));
        assertEquals(Path.of("after"), Files.readSymbolicLink(reports.resolve("latest")));
        try (Stream<Path> s = Files.list(reports)) {
            assertEquals(List.of("after", "earlier", "index.html", "latest"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
