package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.net.HttpURLConnection;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mantelsim.ChildProcess;
import nl.mantelsim.ListeningSockets;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a run exposes on the network, seen from outside: the sockets a real run (a child JVM) listens on. A batch
 * run serves no web UI and listens on loopback only; --spark-ui adds the UI, on loopback only.
 */
class SafeDefaultsTest {
    @TempDir Path tmp;

    /** Spark's UI takes 4040 and, when taken, the next ports (spark.port.maxRetries, 16 by default). */
    private static boolean uiPort(int port) {
        return port >= 4040 && port <= 4056;
    }

    @BeforeEach
    void linux() {
        Assumptions.assumeTrue(ListeningSockets.available(), "reads /proc/net/tcp");
    }

    private String[] run(String... extra) {
        List<String> a = new java.util.ArrayList<>(List.of("run", "--data", TestData.DATA.toString(), "--plan", TestData.PLAN.toString(),
                "--scale", "0.001", "--until", "2030", "--out", tmp.resolve("reports").toString(), "--progress", "always",
                "--sensitivity", "none"));
        a.addAll(List.of(extra));
        return a.toArray(String[]::new);
    }

    @Test
    void aBatchRunListensOnLoopbackOnlyAndServesNoWebUi() throws Exception {
        // Progress "always": in the default mode nothing is printed in the first 5 s, and a fast synthesis finished
        // unannounced (seen in the full suite), so the wait below saw the run end instead.
        try (ChildProcess child = ChildProcess.start(ChildProcess.mantelsim(run()), Map.of(), tmp.resolve("batch.log"))) {
            assertTrue(child.awaitLine("synthesis done", Duration.ofSeconds(90)), child.output());
            List<InetSocketAddress> sockets = ListeningSockets.of(child.pid());
            assertFalse(sockets.isEmpty(), "Spark's driver listens (on loopback)");
            for (InetSocketAddress s : sockets) {
                assertTrue(s.getAddress().isLoopbackAddress(), "listens beyond this machine: " + s);
                assertFalse(uiPort(s.getPort()), "a web UI port is open: " + s);
            }
            assertFalse(child.output().contains("Spark web UI at"));
        }
    }

    @Test
    void withSparkUiTheUiIsServedOnLoopbackOnly() throws Exception {
        try (ChildProcess child = ChildProcess.start(ChildProcess.mantelsim(run("--spark-ui")), Map.of(), tmp.resolve("ui.log"))) {
            assertTrue(child.awaitLine("Spark web UI at", Duration.ofSeconds(90)), child.output());
            Matcher m = Pattern.compile("Spark web UI at http://([^:/]+):(\\d+)").matcher(child.output());
            assertTrue(m.find(), child.output());
            int port = Integer.parseInt(m.group(2));
            assertTrue(uiPort(port), "port " + port);
            List<InetSocketAddress> sockets = ListeningSockets.of(child.pid());
            assertTrue(sockets.stream().anyMatch(s -> s.getPort() == port), "the UI port is one of the run's sockets: " + sockets);
            for (InetSocketAddress s : sockets) assertTrue(s.getAddress().isLoopbackAddress(), "listens beyond this machine: " + s);
            HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + "/").toURL().openConnection();
            c.setInstanceFollowRedirects(false);
            int status = c.getResponseCode();
            assertTrue(status == 200 || status == 302, "the UI answers on 127.0.0.1: HTTP " + status);
        }
    }

    @Test
    void withSparkUiButSparkLocalIpUnsetTheRunIsRefusedBeforeAnythingListens() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("SPARK_LOCAL_IP", null);
        try (ChildProcess child = ChildProcess.start(ChildProcess.mantelsim(run("--spark-ui")), env, tmp.resolve("refused.log"))) {
            assertEquals(2, child.exitCode(Duration.ofSeconds(90)), child.output());
            assertTrue(child.output().contains("--spark-ui") && child.output().contains("SPARK_LOCAL_IP"), child.output());
        }
    }
}
