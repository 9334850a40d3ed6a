package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private static final List<String> SCENARIOS = List.of("baseline", "paid-leave", "a<b");

    private static String render(Path dir, List<IndicatorRow> rows, List<String> scenarios, List<String> charts)
            throws IOException {
        LinkedHashMap<String, String> facts = new LinkedHashMap<>();
        facts.put("seed", "42");
        facts.put("scale", "0.01");
        facts.put("until", "2040");
        Path index = dir.resolve("index.html");
        HtmlReport.write(index, "test-run-1", facts, rows, scenarios, charts);
        return Files.readString(index, StandardCharsets.UTF_8);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
            n++;
        }
        return n;
    }

    @Test
    void containsScenariosYearsValuesEscapingAndCharts(@TempDir Path dir) throws IOException {
        List<IndicatorRow> rows = SyntheticRows.table(SCENARIOS, 2, 2021, 2040);
        List<String> charts = List.of("population.png", "fte_vs_baseline.png", "public_cost.png");

        String html = render(dir, rows, SCENARIOS, charts);

        assertTrue(html.contains("<title>Mantelsim run test-run-1</title>"));
        assertTrue(html.contains("<th scope=\"row\">seed</th><td>42</td>"));
        assertTrue(html.contains(">baseline<") && html.contains(">paid-leave<"));
        assertTrue(html.contains("a&lt;b"));
        assertFalse(html.contains("a<b"), "raw scenario name leaked into markup");
        for (String year : List.of("2025", "2030", "2035", "2040")) {
            assertTrue(html.contains(">" + year + "</th>"), year);
        }
        assertFalse(html.contains(">2024</th>"));
        // population 2025 = 17 500 000 + 60 000 * 4 + mean(0, 1 000) = 17 740 500
        assertTrue(html.contains(">17 740 500<"), "mean population 2025");
        // employment all, paid-leave (s=1) 2030: 0.72 + 0.018 + 0.004 + 0.0005 = 74.25 -> 74.3 %
        assertTrue(html.contains(">74.3<"), "employment rate as percent");
        // total cost a<b (s=2) 2040 = 380e6 + 19e6 = 399.0 million
        assertTrue(html.contains(">399.0<"), "public cost in millions");
        // employment difference paid-leave vs baseline = +0.4 pp in every replication
        assertTrue(html.contains(">+0.4<br/><span class=\"band\">[+0.4, +0.4]</span><"));
        // fte a<b 2040 (t=19, s=2): 24 000*19/9 + 4 000*r -> mean 50 666.7+2 000; sd 2 828.4, SE 2 000,
        // t(0.975, 1) = 12.7062 -> 95% interval 52 666.7 -+ 25 412.4 = [27 254, 78 079]
        assertTrue(html.contains(">+52 667<br/><span class=\"band\">[+27 254, +78 079]</span><"), "paired fte interval");
        assertTrue(html.contains("95% interval"));
        assertEquals(charts.size(), count(html, "<img "));
        assertTrue(html.contains("<img src=\"charts/fte_vs_baseline.png\""));
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("http://") || html.contains("https://"), "no external resources");
    }

    @Test
    void shortRunShowsLastYearAndNoDifferencesForBaselineOnly(@TempDir Path dir) throws IOException {
        List<IndicatorRow> rows = SyntheticRows.table(List.of("baseline"), 1, 2021, 2021);

        String html = render(dir, rows, List.of("baseline"), List.of());

        assertTrue(html.contains(">2021</th>"));
        assertTrue(html.contains("no differences to show"));
        assertFalse(html.contains("[")); // R=1: no bands
        assertEquals(0, count(html, "<img "));
    }
}
