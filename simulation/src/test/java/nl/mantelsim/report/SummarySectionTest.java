package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummarySectionTest {
    private static final List<String> SCENARIOS = List.of("baseline", "paid-leave", "respite-supply", "a&b");

    @Test
    void everyScenarioAndEveryDifferenceIsTheSummaryTablesValue() {
        List<SummaryRow> summary = SummaryTable.build(CostRows.table(SCENARIOS, 3, 2021, 2040), SCENARIOS, 0.01, 50);
        String html = SummarySection.html(summary, SCENARIOS);
        CostRows.assertWellFormed(html);
        for (String s : SCENARIOS.subList(1, SCENARIOS.size())) {
            assertTrue(html.contains("<th colspan=\"2\">" + Html.escape(s) + "</th>"), "scenario " + s + " is a column");
        }
        assertFalse(html.contains("<th colspan=\"2\">baseline</th>"), "the reference is not compared with itself");
        assertTrue(html.contains("a&amp;b") && !html.contains("a&b"), "scenario names are escaped");

        Map<String, SummarySection.Cell> cells = SummarySection.cells(summary, SCENARIOS.subList(1, 4), List.of(2030, 2040));
        int checked = 0;
        for (SummaryRow r : summary) {
            if (r.scenario().equals("baseline") || (r.year() != 2030 && r.year() != 2040)) continue;
            for (int i = 0; i < SummarySection.LINES.size(); i++) {
                SummarySection.Line line = SummarySection.LINES.get(i);
                if (!line.indicator().equals(r.indicator()) || !line.group().equals(r.group())) continue;
                SummarySection.Cell c = cells.get(SummarySection.key(r.scenario(), r.year(), i));
                assertEquals(r.diffMean() * line.factor(), c.mean(), 1e-9 * Math.max(1, Math.abs(c.mean())), line.label());
                assertEquals(r.diffCi95Low() * line.factor(), c.low(), 1e-9 * Math.max(1, Math.abs(c.low())));
                assertEquals(r.diffCi95High() * line.factor(), c.high(), 1e-9 * Math.max(1, Math.abs(c.high())));
                assertTrue(c.hasInterval());
                String shown = ReportFormat.signed(c.mean(), line.decimals()) + "<br/><span class=\"band\">["
                        + ReportFormat.signed(c.low(), line.decimals()) + ", " + ReportFormat.signed(c.high(), line.decimals()) + "]";
                assertTrue(html.contains(shown), line.label() + " " + r.scenario() + " " + r.year() + ": " + shown);
                checked++;
            }
        }
        // 3 scenarios x 2 years x every line of the summary: the synthetic table has them all.
        assertEquals(3 * 2 * SummarySection.LINES.size(), checked);
        assertTrue(html.contains("2030") && html.contains("2040"));
        // Net public cost of paid-leave (s = 1) minus the baseline: 120 + 70 - 25 - 4 - r x 2 (EUR million), mean over r = 0..2.
        assertTrue(html.contains("+159.0"), "paid-leave's net public cost difference in EUR million");
    }

    @Test
    void oneReplicationShowsDifferencesWithoutIntervalsAndSaysSo() {
        List<SummaryRow> summary = SummaryTable.build(CostRows.table(SCENARIOS, 1, 2021, 2035), SCENARIOS, 0.01, 50);
        String html = SummarySection.html(summary, SCENARIOS);
        CostRows.assertWellFormed(html);
        assertTrue(html.contains("one replication"));
        assertFalse(html.contains("class=\"band\""), "no interval with one replication");
        assertTrue(html.contains("<th>2030</th>") && !html.contains("<th>2040</th>"), "only the simulated planning year");
        // FTE of respite-supply (s = 2) in 2030 (t = 9): 12,000 x 2 x 9 / 9 = 24,000 more than the baseline.
        assertTrue(html.contains("+24 000"), html);
    }

    @Test
    void theSummaryComesFirstInTheReport(@TempDir Path dir) throws Exception {
        List<IndicatorRow> rows = CostRows.table(SCENARIOS, 2, 2021, 2040);
        List<SummaryRow> summary = SummaryTable.build(rows, SCENARIOS, 0.01, 50);
        Path index = dir.resolve("index.html");
        HtmlReport.write(index, "r1", new LinkedHashMap<>(), rows, SCENARIOS, List.of(),
                List.of(SummarySection.html(summary, SCENARIOS)), List.of());
        String html = Files.readString(index, StandardCharsets.UTF_8);
        int summaryAt = html.indexOf("id=\"summary\"");
        assertTrue(summaryAt > 0 && summaryAt < html.indexOf("Run facts"), "summary before the run facts");
    }
}
