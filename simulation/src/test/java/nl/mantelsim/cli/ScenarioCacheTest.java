package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `mantelsim plan` reuses single scenarios: after one scenario file changes, only that scenario is simulated, the
 * others' rows come from the previous run, and the published numbers equal a fresh run's byte for byte.
 */
class ScenarioCacheTest {
    @TempDir Path tmp;
    static final ObjectMapper JSON = new ObjectMapper();

    static final String PLAN = "name: partial\nseed: 5\nscale: 0.001\nuntil: 2023\nreplications: 2\n"
            + "scenarios:\n  - baseline\n  - paid-leave\n  - respite-supply\n";

    @Test
    void aChangedScenarioFileRecomputesOnlyThatScenarioAndTheResultEqualsAFreshRun() throws IOException {
        TestData.spark();
        Path reports = tmp.resolve("reports");
        Path data = TestData.copyOfData(tmp.resolve("a"));
        Files.writeString(data.resolve("plans/partial.yaml"), PLAN);
        assertEquals(0, PlanCommandTest.plan(data, reports, "first", "plans/partial.yaml"));

        Path leave = data.resolve("scenarios/paid-leave.yaml");
        String text = Files.readString(leave);
        assertTrue(text.contains("weeks: 8\n"));
        Files.writeString(leave, text.replace("weeks: 8\n", "weeks: 4\n"));
        assertEquals(0, PlanCommandTest.plan(data, reports, "second", "plans/partial.yaml"));
        assertEquals(0, Main.execute("plan", data.resolve("plans/partial.yaml").toString(), "--data", data.toString(),
                "--out", reports.toString(), "--run-id", "fresh", "--partitions", "2", "--progress", "never", "--no-cache"));

        JsonNode m1 = manifest(reports.resolve("first")), m2 = manifest(reports.resolve("second")),
                fresh = manifest(reports.resolve("fresh"));
        for (String s : List.of("baseline", "paid-leave", "respite-supply")) {
            assertEquals("computed", m1.get("scenario_cache").get(s).get("source").asText(), s);
            assertEquals("computed", fresh.get("scenario_cache").get(s).get("source").asText(), s);
        }
        JsonNode sc = m2.get("scenario_cache");
        assertEquals("reused from first", sc.get("baseline").get("source").asText());
        assertEquals("reused from first", sc.get("respite-supply").get("source").asText());
        assertEquals("computed", sc.get("paid-leave").get("source").asText());
        assertEquals(m1.get("scenario_cache").get("baseline").get("key"), sc.get("baseline").get("key"));
        assertNotEquals(m1.get("scenario_cache").get("paid-leave").get("key"), sc.get("paid-leave").get("key"));
        assertFalse(m2.has("reused_from"), "not a whole-run reuse");
        // One scenario of three was simulated.
        assertEquals(fresh.get("person_years_simulated").asLong(), 3 * m2.get("person_years_simulated").asLong(), 3 * 2);
        // Seconds are not compared: at this tiny scale the fixed costs (fit, Spark jobs, outputs) dominate and
        // vary with the machine's load; the person-years above show the work saved (README: measured at scale 0.01).

        for (String f : List.of("indicators.csv", "summary.csv", "population-fit.csv")) {
            assertArrayEquals(Files.readAllBytes(reports.resolve("fresh").resolve(f)),
                    Files.readAllBytes(reports.resolve("second").resolve(f)), f + " equals a fresh run's");
        }
        // The change mattered: paid leave's public cost moved, the baseline's rows did not.
        assertNotEquals(rows(reports.resolve("first"), "paid-leave,0,2022,public_cost_eur,paid_leave"),
                rows(reports.resolve("second"), "paid-leave,0,2022,public_cost_eur,paid_leave"));
        assertEquals(rows(reports.resolve("first"), "baseline,"), rows(reports.resolve("second"), "baseline,"));

        // compare still matches the runs' files by path and names the one scenario file that changed.
        Path cmp = tmp.resolve("cmp");
        assertEquals(0, Main.execute("compare", "first", "second", "--reports", reports.toString(), "--out", cmp.toString()));
        List<String> changes = Files.readAllLines(cmp.resolve("changes.csv"));
        assertEquals(2, changes.size(), changes.toString());
        assertTrue(changes.get(1).startsWith("scenario,data/scenarios/paid-leave.yaml,"), changes.get(1));
    }

    private static JsonNode manifest(Path run) throws IOException {
        return JSON.readTree(run.resolve("manifest.json").toFile());
    }

    private static List<String> rows(Path run, String prefix) throws IOException {
        List<String> r = Files.readAllLines(run.resolve("indicators.csv")).stream().filter(l -> l.startsWith(prefix)).toList();
        assertFalse(r.isEmpty(), prefix);
        return r;
    }
}
