package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.mantelsim.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan with a sensitivity: the run folder gains sensitivity.csv|parquet, tornado charts and the report's section. */
class SensitivityRunTest {
    @TempDir Path tmp;

    @Test
    void aPlanWithASensitivityAddsItsFilesChartsAndSection() throws Exception {
        TestData.spark(); // borrowed by the command, so it is not stopped
        Path plan = tmp.resolve("sens.yaml");
        Files.writeString(plan, "name: sens\nseed: 5\nscale: 0.001\nuntil: 2023\nscenarios: [baseline, respite-supply]\n"
                + "sensitivity:\n  scenario: respite-supply\n  parameters: [respijtzorg.relief_hours_per_week, finance.tax_and_premium_rate]\n"
                + "  replications: 2\n");
        Path reports = tmp.resolve("reports");
        int code = Main.execute("run", "--data", TestData.DATA.toString(), "--plan", plan.toString(), "--partitions", "4",
                "--out", reports.toString(), "--run-id", "s");
        assertEquals(0, code);
        Path run = reports.resolve("s");
        List<String> csv = Files.readAllLines(run.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertEquals(1 + 2 * 4, csv.size(), "two parameters x four outcomes");
        assertTrue(Files.size(run.resolve("sensitivity.parquet")) > 500);
        // The tax rate only changes the Finance return: the FTE effect is exactly the same at both ends.
        String fte = csv.stream().filter(l -> l.startsWith("finance.tax_and_premium_rate,") && l.contains(",fte,all,"))
                .findFirst().orElseThrow();
        assertTrue(fte.contains(",0.0,"), "zero swing: " + fte);
        assertTrue(Files.size(run.resolve("charts/tornado_net_public_cost_eur.png")) > 3_000);
        String html = Files.readString(run.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("charts/tornado_net_public_cost_eur.png") && html.contains("id=\"summary\""));
        assertTrue(html.contains("charts/cost_lines_respite-supply.png"));
        JsonNode m = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
        assertEquals("respite-supply", m.get("sensitivity").get("scenario").asText());
        assertEquals(2023, m.get("sensitivity").get("year").asInt());
        // The variants have the sensitivity's own replications, not the run's (one here).
        assertEquals(2, m.get("sensitivity").get("replications").asInt());
        assertTrue(html.contains("2 replications (common random numbers"), "the section names the replications");
        assertTrue(m.get("wall_seconds").has("sensitivity"));
        assertTrue(m.get("outputs").toString().contains("sensitivity.csv"));
    }
}
