package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unattended runs: `mantelsim plan` reuses a run with the same code, inputs and settings, recomputes when an input
 * changes, lists every run in reports/index.html, fails its regression gate with exit 4, and `compare` names what
 * changed between two runs. Three runs of a small plan are made once and shared by the tests.
 */
class PlanCommandTest {
    @TempDir static Path tmp;
    static Path reports, dataA, dataB;
    static int firstCode, secondCode, thirdCode;
    static long firstNanos, secondNanos;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String PLAN = "name: small\nseed: 11\nscale: 0.001\nuntil: 2023\nreplications: 2\nscenarios:\n  - baseline\n  - paid-leave\n";

    @BeforeAll
    static void threeRuns() throws IOException {
        TestData.spark();
        reports = tmp.resolve("reports");
        dataA = TestData.copyOfData(tmp.resolve("a"));
        Files.writeString(dataA.resolve("plans/small.yaml"), PLAN);
        dataB = TestData.copyOfData(tmp.resolve("b"));
        Files.writeString(dataB.resolve("plans/small.yaml"), PLAN);
        Path params = dataB.resolve("model/parameters.csv");
        Files.writeString(params, Files.readString(params).replace("report.small_cell_persons,50,", "report.small_cell_persons,60,"));

        long t = System.nanoTime();
        firstCode = plan(dataA, reports, "first");
        firstNanos = System.nanoTime() - t;
        t = System.nanoTime();
        secondCode = plan(dataA, reports, "second");
        secondNanos = System.nanoTime() - t;
        thirdCode = plan(dataB, reports, "third");
    }

    static int plan(Path data, Path out, String runId, String... planFile) {
        String plan = planFile.length > 0 ? planFile[0] : "plans/small.yaml";
        return Main.execute("plan", data.resolve(plan).toString(), "--data", data.toString(), "--out", out.toString(),
                "--run-id", runId, "--partitions", "2", "--progress", "never");
    }

    static JsonNode manifest(Path run) throws IOException {
        return JSON.readTree(run.resolve("manifest.json").toFile());
    }

    @Test
    void aRerunWithTheSameCodeInputsAndSettingsReusesTheFirstRunByteForByteAndFaster() throws IOException {
        assertEquals(0, firstCode);
        assertEquals(0, secondCode);
        Path first = reports.resolve("first"), second = reports.resolve("second");
        for (String f : List.of("summary.csv", "indicators.csv", "summary.parquet", "population-fit.csv")) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
        JsonNode m1 = manifest(first), m2 = manifest(second);
        assertFalse(m1.has("reused_from"));
        assertEquals("first", m2.get("reused_from").asText());
        assertEquals("second", m2.get("run_id").asText());
        assertEquals("complete", m2.get("status").asText());
        assertEquals(m1.get("cache_key").asText(), m2.get("cache_key").asText());
        assertEquals(64, m1.get("cache_key").asText().length());
        assertEquals("small", m2.get("plan_name").asText());
        assertTrue(secondNanos < firstNanos, "reuse took " + secondNanos / 1e9 + " s against " + firstNanos / 1e9 + " s");
        assertEquals(Path.of("third"), Files.readSymbolicLink(reports.resolve("latest")));
    }

    @Test
    void aChangedParameterInACopyOfTheDataInvalidatesTheCache() throws IOException {
        assertEquals(0, thirdCode);
        JsonNode m1 = manifest(reports.resolve("first")), m3 = manifest(reports.resolve("third"));
        assertFalse(m3.has("reused_from"), "the third run was simulated");
        assertNotEquals(m1.get("cache_key").asText(), m3.get("cache_key").asText());
        JsonNode p1 = m1.get("cache_key_parts"), p3 = m3.get("cache_key_parts");
        assertNotEquals(p1.get("inputs").asText(), p3.get("inputs").asText());
        for (String same : List.of("code", "scenarios", "settings")) assertEquals(p1.get(same), p3.get(same), same);
    }

    @Test
    void reportsIndexListsEveryPublishedRunWithALinkToItsReport() throws IOException {
        String index = Files.readString(reports.resolve("index.html"));
        for (String id : List.of("first", "second", "third")) assertTrue(index.contains("href=\"" + id + "/index.html\""), id);
        assertTrue(index.contains("3 published run(s)"));
        assertTrue(index.contains("baseline, paid-leave"));
    }

    @Test
    void compareNamesTheChangedInputFileAndNothingForAReusedRun() throws IOException {
        Path out = tmp.resolve("cmp");
        assertEquals(0, Main.execute("compare", "first", "third", "--reports", reports.toString(), "--out", out.toString()));
        List<String> changes = Files.readAllLines(out.resolve("changes.csv"));
        assertEquals("kind,item,a,b", changes.get(0));
        assertEquals(1, changes.size() - 1, changes.toString());
        assertTrue(changes.get(1).startsWith("input,data/model/parameters.csv,"), changes.get(1));
        assertTrue(Files.readString(out.resolve("index.html")).contains("data/model/parameters.csv"));
        assertTrue(Files.readAllLines(out.resolve("indicators.csv")).get(0).startsWith("scenario,year,indicator,group,mean_a,mean_b"));

        assertEquals(0, Main.execute("compare", "first", "second", "--reports", reports.toString()));
        Path same = reports.resolve("compare-first-second");
        assertEquals(List.of("kind,item,a,b"), Files.readAllLines(same.resolve("changes.csv")));
        assertEquals(1, Files.readAllLines(same.resolve("indicators.csv")).size(), "no indicator moved");
        assertEquals(2, Main.execute("compare", "first", "nosuchrun", "--reports", reports.toString()));
    }

    @Test
    void aGatedIndicatorThatMovedWithTheSameInputsExitsWithFourAndThePassingRerunWithZero() throws IOException {
        // A previous run of the same plan and inputs whose employment rate was 10% higher, as if older code had made it.
        Path gated = tmp.resolve("gated");
        copy(reports.resolve("first"), gated.resolve("first"));
        Path prev = gated.resolve("prev");
        copy(reports.resolve("first"), prev);
        ObjectNode m = (ObjectNode) manifest(prev);
        m.put("run_id", "prev").put("start_time", Instant.now().toString()).put("cache_key", "not-a-key-of-this-run");
        JSON.writeValue(prev.resolve("manifest.json").toFile(), m);
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(prev.resolve("summary.csv"))) {
            String[] f = line.split(",", -1);
            if (f[2].equals("employment_rate_15_74") && f[3].equals("all")) f[5] = Double.toString(Double.parseDouble(f[5]) * 1.1);
            lines.add(String.join(",", f));
        }
        Files.write(prev.resolve("summary.csv"), lines);
        Files.writeString(dataA.resolve("plans/gated.yaml"),
                PLAN + "gate:\n  indicator: employment_rate_15_74\n  group: all\n  tolerance: 0.001\n");

        assertEquals(4, plan(dataA, gated, "checked", "plans/gated.yaml"));
        JsonNode checked = manifest(gated.resolve("checked"));
        assertEquals("first", checked.get("reused_from").asText(), "the numbers are reused; the gate still compares them");
        assertEquals("failed", checked.get("gate").get("status").asText());
        assertEquals("prev", checked.get("gate").get("previous_run").asText());
        assertTrue(checked.get("gate").get("cells_moved").asInt() > 0);
        assertEquals(Path.of("checked"), Files.readSymbolicLink(gated.resolve("latest")), "a failed gate still publishes");

        assertEquals(0, plan(dataA, gated, "rechecked", "plans/gated.yaml"));
        JsonNode rechecked = manifest(gated.resolve("rechecked"));
        assertEquals("passed", rechecked.get("gate").get("status").asText());
        assertEquals("checked", rechecked.get("gate").get("previous_run").asText());
        assertEquals("first", rechecked.get("reused_from").asText(), "reuse names the run that simulated the numbers");

        Files.writeString(dataA.resolve("plans/bad-gate.yaml"), PLAN + "gate:\n  indicator: employment_rate_15_74\n  colour: red\n");
        assertEquals(2, plan(dataA, gated, "bad", "plans/bad-gate.yaml"));
        assertFalse(Files.exists(gated.resolve("bad")));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path q = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
    }
}
