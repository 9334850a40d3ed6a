package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.mantelsim.ChildProcess;
import nl.mantelsim.TestData;
import nl.mantelsim.report.Sha256;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed at any moment (SIGKILL: no shutdown hook, no clean-up) never leaves a folder that looks finished,
 * never touches what earlier runs published, never moves `latest` to an unfinished run, and does not stop the
 * next run. The runs are real child JVMs, killed at seeded random moments.
 */
class KilledRunTest {
    @TempDir Path tmp;

    @BeforeAll
    static void spark() {
        TestData.spark();
    }

    private static String[] run(Path reports, String runId, String until) {
        return new String[] {"run", "--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(), "--scale", "0.001",
                "--until", until, "--out", reports.toString(), "--run-id", runId, "--progress", "always", "--sensitivity", "none"};
    }

    @Test
    void runsKilledAtRandomMomentsLeaveNoFolderThatLooksCompleteAndTheNextRunSucceeds() throws Exception {
        Path reports = tmp.resolve("reports");
        assertEquals(0, Main.execute(run(reports, "earlier", "2021")));
        Map<String, Map<String, String>> published = new TreeMap<>();
        published.put("earlier", hashes(reports.resolve("earlier")));

        // Ten moments (issue 7): twice while the JVM and Spark start, during the synthesis, the first and the last
        // simulated year, three times while the outputs are written (indicators, charts, report) and twice around the
        // manifest and the publishing; each moment's exact delay is seeded-random.
        Random random = new Random(20261123);
        List<Kill> kills = List.of(new Kill(null, 1_000, 4_000), new Kill(null, 4_000, 8_000), new Kill("fit done", 0, 500),
                new Kill("synthesis done", 0, 500), new Kill("year 2022 done", 0, 500),
                new Kill("year 2023 done", 0, 1_000), new Kill("year 2023 done", 1_000, 3_000), new Kill("year 2023 done", 3_000, 6_000),
                new Kill("outputs done", 0, 300), new Kill("outputs done", 300, 1_500));
        assertEquals(10, kills.size());
        for (int k = 0; k < kills.size(); k++) {
            Kill kill = kills.get(k);
            long extra = kill.fromMillis() + random.nextInt((int) (kill.toMillis() - kill.fromMillis()) + 1);
            String id = "killed-" + (k + 1), when = (kill.afterLine() == null ? "start" : kill.afterLine()) + " + " + extra + " ms";
            try (ChildProcess child = ChildProcess.start(ChildProcess.mantelsim(run(reports, id, "2023")), Map.of(),
                    tmp.resolve(id + ".log"))) {
                if (kill.afterLine() != null) assertTrue(child.awaitLine(kill.afterLine(), Duration.ofSeconds(60)), child.output());
                Thread.sleep(extra);
                child.kill();
            }
            // A run fast enough to finish before its kill is an earlier published run for the next rounds.
            if (Files.isDirectory(reports.resolve(id))) published.put(id, hashes(reports.resolve(id)));
            assertOnlyPublishedRunsLookComplete(reports, published, "after a kill at " + when);
        }

        StringWriter err = new StringWriter();
        // The kills hit runs that had begun to write (their staging folders stay: SIGKILL runs no clean-up).
        try (Stream<Path> st = Files.list(reports)) {
            assertTrue(st.filter(p -> p.getFileName().toString().startsWith(".incomplete-killed-")).count() >= 2);
        }
        assertEquals(0, Main.execute(new PrintWriter(err, true), run(reports, "after", "2021")), err.toString());
        published.put("after", hashes(reports.resolve("after")));
        assertOnlyPublishedRunsLookComplete(reports, published, "after the following run");
        assertEquals(Path.of("after"), Files.readSymbolicLink(reports.resolve("latest")));
    }

    /** Kill after a line of the child's output (null: after its start), plus a random delay in [from, to] ms. */
    private record Kill(String afterLine, long fromMillis, long toMillis) {}

    private static void assertOnlyPublishedRunsLookComplete(Path reports, Map<String, Map<String, String>> published, String when)
            throws IOException {
        Set<String> visible = new HashSet<>();
        try (Stream<Path> s = Files.list(reports)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString();
                if (!name.startsWith(".") && !name.equals("latest") && !name.equals("index.html")) visible.add(name);
            }
        }
        assertEquals(published.keySet(), visible, "folders that look like runs " + when);
        for (Map.Entry<String, Map<String, String>> e : published.entrySet()) {
            assertEquals(e.getValue(), hashes(reports.resolve(e.getKey())), "files of " + e.getKey() + " unchanged " + when);
        }
        Path latest = reports.resolve(Files.readSymbolicLink(reports.resolve("latest")));
        assertTrue(published.containsKey(latest.getFileName().toString()), "latest points at a published run " + when);
        assertTrue(Files.readString(latest.resolve("manifest.json")).contains("\"status\" : \"complete\""), when);
    }

    /** Every file of a published run folder with its SHA-256, by relative path (DiskFullIT uses it too). */
    static Map<String, String> hashes(Path dir) throws IOException {
        Map<String, String> h = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) h.put(dir.relativize(p).toString(), Sha256.of(p));
        }
        assertTrue(h.containsKey("manifest.json") && h.containsKey("indicators.csv"), "a complete run: " + h.keySet());
        return h;
    }

    @Test
    void aReportsFolderThatCannotBeWrittenIsNamedBeforeAnyWorkAndNothingIsLeft() throws IOException {
        // Permission bits do not stop root, so use a folder no one may create files in: /proc/self.
        Path procSelf = Path.of("/proc/self");
        Assumptions.assumeTrue(Files.isDirectory(procSelf), "needs Linux /proc");
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(err, true), run(procSelf, "unwritable", "2022"));
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("/proc/self") && err.toString().contains("not writable"), err.toString());
        assertFalse(Files.exists(procSelf.resolve(".incomplete-unwritable")));
    }

    @Test
    void aRunIdThatIsAlreadyPublishedIsRefusedAndTheRunIsLeftAsItWas() throws IOException {
        Path reports = tmp.resolve("reports");
        assertEquals(0, Main.execute(run(reports, "once", "2021")));
        Map<String, String> before = hashes(reports.resolve("once"));
        StringWriter err = new StringWriter();
        assertEquals(2, Main.execute(new PrintWriter(err, true), run(reports, "once", "2021")));
        assertTrue(err.toString().contains("already exists"), err.toString());
        assertEquals(before, hashes(reports.resolve("once")));
        assertEquals(List.of("index.html", "latest", "once"), Files.list(reports).map(p -> p.getFileName().toString()).sorted().toList());
    }

    @Test
    void theChildJvmCommandRunsMantelsim() throws Exception {
        // Guards the harness above: a kill test whose child never started would prove nothing.
        try (ChildProcess child = ChildProcess.start(ChildProcess.mantelsim("--version"), Map.of(), tmp.resolve("version.log"))) {
            assertEquals(0, child.exitCode(Duration.ofSeconds(60)), child.output());
            assertTrue(child.output().contains("mantelsim 0.1.0"), child.output());
        }
    }
}
