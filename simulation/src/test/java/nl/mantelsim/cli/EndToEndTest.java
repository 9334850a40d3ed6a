package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.mantelsim.TestData;
import nl.mantelsim.report.Sha256;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: the output contract, the manifest, and refusals that write nothing. */
class EndToEndTest {
    @TempDir Path tmp;

    @BeforeAll
    static void spark() {
        TestData.spark(); // borrowed by the command, so it is not stopped between tests
    }

    private int mantelsim(Path data, String... args) {
        String[] common = {"--data", data.toString(), "--plan", data.resolve("plans/default.yaml").toString()};
        String[] all = new String[args.length + common.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(common, 0, all, args.length, common.length);
        return Main.execute(all);
    }

    private static List<String> entries(Path dir) throws IOException {
        if (!Files.exists(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aSmallRunWritesEveryFileOfTheContractAndAManifestWhoseHashesMatchTheInputs() throws IOException {
        Path reports = tmp.resolve("reports");
        int code = mantelsim(TestData.DATA, "run", "--scale", "0.001", "--until", "2025", "--partitions", "4",
                "--out", reports.toString(), "--run-id", "e2e");
        assertEquals(0, code);
        Path run = reports.resolve("e2e");
        // The default plan has a sensitivity analysis, so its files are part of this run.
        for (String f : List.of("manifest.json", "indicators.csv", "indicators.parquet", "summary.csv", "summary.parquet",
                "index.html", "population-fit.csv", "sensitivity.csv", "sensitivity.parquet", "charts/tornado_fte.png")) {
            assertTrue(Files.size(run.resolve(f)) > 0, f);
        }
        assertTrue(entries(run.resolve("charts")).stream().filter(n -> n.endsWith(".png")).count() >= 4);
        assertEquals(Path.of("e2e"), Files.readSymbolicLink(reports.resolve("latest")));
        assertEquals(List.of("e2e", "index.html", "latest"), entries(reports), "no staging folder is left behind");

        JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertEquals("e2e", m.get("run_id").asText());
        assertEquals("complete", m.get("status").asText());
        assertEquals(0.001, m.get("scale").asDouble());
        assertEquals(2025, m.get("until").asInt());
        assertEquals(1, m.get("replications").asInt());
        assertEquals("4.1.3", m.get("spark").get("version").asText());
        assertTrue(m.get("wall_seconds").has("synthesis"));
        assertFalse(m.get("git_commit").asText().isEmpty());
        assertEquals("default", m.get("plan_name").asText());
        assertEquals(64, m.get("cache_key").asText().length(), "a later `mantelsim plan` may reuse a run");
        assertEquals(nl.mantelsim.data.InputCatalog.schemas().size(), m.get("inputs").size());
        for (JsonNode f : m.get("inputs")) {
            Path file = TestData.PROJECT.resolve(f.get("file").asText());
            assertEquals(Sha256.of(file), f.get("sha256").asText(), f.get("file").asText());
        }
        assertEquals(7, m.get("scenarios").size());
        assertEquals(Sha256.of(TestData.PLAN), m.get("plan").get(0).get("sha256").asText());

        List<String> csv = Files.readAllLines(run.resolve("indicators.csv"));
        assertEquals("scenario,replication,year,indicator,group,value", csv.get(0));
        long parquetRows = TestData.spark().read().parquet(run.resolve("indicators.parquet").toString()).count();
        assertEquals(csv.size() - 1, parquetRows);
        String html = Files.readString(run.resolve("index.html"));
        assertTrue(html.contains("2025") && html.contains("no-kostendelersnorm"));
    }

    @Test
    void untilTheBaseYearWritesTheBasePopulationOnly() throws IOException {
        Path reports = tmp.resolve("reports");
        assertEquals(0, mantelsim(TestData.DATA, "run", "--scale", "0.001", "--until", "2021", "--out", reports.toString(), "--run-id", "base"));
        List<String> csv = Files.readAllLines(reports.resolve("base/indicators.csv"));
        assertTrue(csv.size() > 100);
        assertTrue(csv.stream().skip(1).allMatch(l -> l.split(",")[2].equals("2021")));
    }

    @Test
    void badOptionsAndBadInputsExitWithTwoAndWriteNothing() throws IOException {
        Path reports = tmp.resolve("reports");
        assertEquals(2, mantelsim(TestData.DATA, "run", "--scael", "0.1", "--out", reports.toString()));
        assertEquals(2, mantelsim(TestData.DATA, "run", "--scale", "2", "--out", reports.toString()));
        assertEquals(2, mantelsim(TestData.DATA, "run", "--until", "2070", "--out", reports.toString()));
        Path data = TestData.copyOfData(tmp);
        Files.writeString(data.resolve("scenarios/combined.yaml"), "name: combined\nlevers:\n  respijtzorg:\n    supply: 2\n");
        assertEquals(2, mantelsim(data, "run", "--scale", "0.001", "--out", reports.toString()));
        assertEquals(2, mantelsim(data, "validate"));
        assertEquals(List.of(), entries(reports), "nothing written for refused input");
    }

    @Test
    void validateAcceptsTheShippedInputs() {
        assertEquals(0, mantelsim(TestData.DATA, "validate"));
    }
}
