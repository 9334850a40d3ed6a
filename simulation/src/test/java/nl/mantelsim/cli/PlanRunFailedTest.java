package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.mantelsim.ChildProcess;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit code 3 for a scheduler: a plan whose run fails (here Spark refuses a driver heap below its minimum, as on a
 * machine started with too little memory) exits with 3, says so, and publishes nothing.
 */
class PlanRunFailedTest {
    @TempDir Path tmp;

    @Test
    void aRunThatFailsExitsWithThreeAndPublishesNothing() throws Exception {
        Path reports = tmp.resolve("reports");
        List<String> command = new ArrayList<>(ChildProcess.mantelsim("plan", TestData.DATA.resolve("plans/base-population.yaml").toString(),
                "--data", TestData.DATA.toString(), "--out", reports.toString(), "--run-id", "failed"));
        command.replaceAll(a -> a.equals("-Xmx1g") ? "-Xmx256m" : a);
        assertTrue(command.contains("-Xmx256m"), "the child's heap is set: " + command);
        try (ChildProcess child = ChildProcess.start(command, Map.of(), tmp.resolve("failed.log"))) {
            assertEquals(3, child.exitCode(Duration.ofSeconds(120)), child.output());
            assertTrue(child.output().contains("mantelsim: run failed"), child.output());
        }
        try (Stream<Path> left = Files.exists(reports) ? Files.list(reports) : Stream.empty()) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList(), "no run folder, no staging folder, no index");
        }
    }
}
