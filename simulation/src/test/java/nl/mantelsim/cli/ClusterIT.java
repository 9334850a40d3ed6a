package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.mantelsim.ChildProcess;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same run on a real Spark standalone cluster (a master and two workers on loopback, started by
 * scripts/spark-cluster.sh, the driver on the shaded jar) as on embedded Spark: byte-identical indicators, also
 * when a worker and its executor are killed half-way. Slow (about 3 minutes), so it runs only when asked:
 * {@code MANTELSIM_CLUSTER_TEST=1 mvn -B test -Dtest=ClusterIT} (.ci/run does).
 */
@EnabledIfEnvironmentVariable(named = "MANTELSIM_CLUSTER_TEST", matches = "1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    private static final Path SCRIPT = TestData.PROJECT.resolve("scripts/spark-cluster.sh");
    private static final Path STATE = TestData.PROJECT.resolve("simulation/target/spark-cluster");
    private static final String[] RUN = {"run", "--scale", "0.002", "--until", "2026", "--seed", "4711", "--partitions", "8", "--progress", "always",
            "--sensitivity", "none"};
    private static final Duration RUN_LIMIT = Duration.ofMinutes(4);

    @TempDir static Path tmp;
    private static byte[] embedded;

    @BeforeAll
    static void referenceRunOnEmbeddedSpark() throws IOException {
        Path out = tmp.resolve("embedded");
        assertEquals(0, Main.execute(args(out, "embedded", "--master", "local[*]")));
        embedded = Files.readAllBytes(out.resolve("embedded/indicators.csv"));
        assertTrue(embedded.length > 10_000);
    }

    @BeforeEach
    void aClusterWithBothWorkers() throws Exception {
        String status = script("status");
        if (status.contains("worker-1") && status.contains("worker-2") && !status.contains("gone")) return;
        script("stop");
        script("start");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        script("stop");
    }

    @Test
    @Order(1)
    void aRunOnTheClusterGivesTheSameBytesAsEmbeddedSpark() throws Exception {
        Path out = tmp.resolve("cluster");
        try (ChildProcess driver = submit(out, "cluster", Map.of())) {
            assertEquals(0, driver.exitCode(RUN_LIMIT), driver.output());
            assertTrue(driver.output().contains("run cluster complete"), driver.output());
        }
        assertArrayEquals(embedded, Files.readAllBytes(out.resolve("cluster/indicators.csv")));
        // The executors cannot have taken the model's classes from SPARK_HOME: the driver shipped them.
        try (Stream<Path> jars = Files.list(TestData.PROJECT.resolve("simulation/target/spark-home/jars"))) {
            assertTrue(jars.noneMatch(j -> j.getFileName().toString().startsWith("mantelsim")));
        }
        assertTrue(executorsReceivedTheJar(), "an executor work folder holds mantelsim-all.jar");
    }

    @Test
    @Order(2)
    void losingAWorkerAndItsExecutorMidRunIsSurvivedWithTheSameBytes() throws Exception {
        Path out = tmp.resolve("killed");
        try (ChildProcess driver = submit(out, "killed", Map.of())) {
            assertTrue(driver.awaitLine("year 2022 done", RUN_LIMIT), driver.output());
            killWorker(1);
            assertEquals(0, driver.exitCode(RUN_LIMIT), driver.output());
            assertTrue(driver.output().contains("Lost executor"), "the kill hit a running application:\n" + driver.output());
        }
        assertArrayEquals(embedded, Files.readAllBytes(out.resolve("killed/indicators.csv")));
    }

    @Test
    @Order(3)
    void withReliableCheckpointsAWorkerLostAfterTheCheckpointIsSurvivedToo() throws Exception {
        Path out = tmp.resolve("checkpointed");
        Path checkpoints = Files.createDirectories(tmp.resolve("checkpoints"));
        Map<String, String> env = Map.of("MANTELSIM_JAVA_OPTS", "-Xmx2g -Dspark.checkpoint.dir=" + checkpoints.toUri());
        try (ChildProcess driver = submit(out, "checkpointed", env)) {
            // Lineage checkpoints every fifth year: 2025 is the first.
            assertTrue(driver.awaitLine("year 2025 done", RUN_LIMIT), driver.output());
            killWorker(2);
            assertEquals(0, driver.exitCode(RUN_LIMIT), driver.output());
        }
        assertArrayEquals(embedded, Files.readAllBytes(out.resolve("checkpointed/indicators.csv")));
    }

    private static String[] args(Path out, String runId, String... more) {
        List<String> a = new ArrayList<>(List.of(RUN));
        a.addAll(List.of("--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(), "--out", out.toString(),
                "--run-id", runId));
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }

    private static ChildProcess submit(Path out, String runId, Map<String, String> env) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(SCRIPT.toString(), "submit"));
        cmd.addAll(List.of(args(out, runId)));
        return ChildProcess.start(cmd, env, tmp.resolve(runId + ".log"));
    }

    /** SIGKILL to a worker and to the executor it launched, as when a machine of the cluster dies. */
    private static void killWorker(int n) throws IOException {
        long pid = Long.parseLong(Files.readString(STATE.resolve("pids/worker-" + n + ".pid")).trim());
        ProcessHandle worker = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("worker " + n + " is not running"));
        List<ProcessHandle> executors = worker.descendants().toList();
        assertFalse(executors.isEmpty(), "worker " + n + " had launched an executor");
        worker.destroyForcibly();
        executors.forEach(ProcessHandle::destroyForcibly);
    }

    private static boolean executorsReceivedTheJar() throws IOException {
        try (Stream<Path> s = Files.walk(STATE)) {
            return s.anyMatch(p -> p.getFileName().toString().equals("mantelsim-all.jar"));
        }
    }

    private static String script(String command) throws Exception {
        try (ChildProcess p = ChildProcess.start(List.of(SCRIPT.toString(), command), Map.of(), tmp.resolve("cluster-" + command + ".log"))) {
            int code = p.exitCode(Duration.ofMinutes(3));
            assertEquals(0, code, "spark-cluster.sh " + command + ":\n" + p.output());
            return p.output();
        }
    }
}
