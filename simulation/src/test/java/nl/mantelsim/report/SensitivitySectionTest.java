package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SensitivitySectionTest {

    private static SensitivityRow row(String parameter, String indicator, double low, double high, String note) {
        return new SensitivityRow(parameter, "share", 0.5, 0, 1, "combined", "baseline", 2030, indicator, "all",
                1000, low, high, note);
    }

    private static List<SensitivityRow> rows() {
        List<SensitivityRow> rows = new ArrayList<>();
        rows.add(row("a.small", "fte", 990, 1010, ""));
        rows.add(row("b.large", "fte", 200, 3000, ""));
        rows.add(row("c.refused", "fte", Double.NaN, 1100, "min refused: tolerance 0"));
        rows.add(row("d.none", "fte", 1000, 1000, ""));
        rows.add(row("e.middle", "fte", 1500, 700, ""));
        rows.add(row("b.large", "net_public_cost_eur", 1e6, 2e6, ""));
        return rows;
    }

    @Test
    void theTornadoIsSortedBySwingLargestFirst() {
        List<SensitivityRow> sorted = SensitivitySection.sorted(rows(), "fte", "all");
        assertEquals(List.of("b.large", "e.middle", "a.small", "d.none", "c.refused"),
                sorted.stream().map(SensitivityRow::parameter).toList());
        DefaultCategoryDataset data = SensitivitySection.dataset(sorted, SensitivitySection.CHARTED.get(0));
        // Parameters that do not move the effect or whose variant was refused are not drawn.
        assertEquals(List.of("b.large", "e.middle", "a.small"), data.getColumnKeys());
        assertEquals(-800.0, data.getValue(SensitivitySection.LOW, "b.large").doubleValue());
        assertEquals(2000.0, data.getValue(SensitivitySection.HIGH, "b.large").doubleValue());
        assertEquals(500.0, data.getValue(SensitivitySection.LOW, "e.middle").doubleValue());
        for (int i = 1; i < data.getColumnCount(); i++) {
            String above = (String) data.getColumnKey(i - 1), below = (String) data.getColumnKey(i);
            double swingAbove = Math.abs(data.getValue(SensitivitySection.HIGH, above).doubleValue()
                    - data.getValue(SensitivitySection.LOW, above).doubleValue());
            double swingBelow = Math.abs(data.getValue(SensitivitySection.HIGH, below).doubleValue()
                    - data.getValue(SensitivitySection.LOW, below).doubleValue());
            assertTrue(swingAbove >= swingBelow, above + " above " + below);
        }
    }

    @Test
    void chartsTablesAndCsvAreWritten(@TempDir Path dir) throws Exception {
        Map<String, String> charts = SensitivitySection.writeCharts(rows(), dir.resolve("charts"));
        assertEquals(List.of("tornado_fte.png", "tornado_net_public_cost_eur.png"), List.copyOf(charts.keySet()));
        for (String f : charts.keySet()) assertTrue(Files.size(dir.resolve("charts").resolve(f)) > 3_000, f);
        String html = SensitivitySection.html(rows(), charts, 2);
        CostRows.assertWellFormed(html);
        assertTrue(html.contains("c.refused: min refused: tolerance 0"));
        assertTrue(html.indexOf(">b.large<") < html.indexOf(">e.middle<"), "table sorted by swing");

        SensitivityWriter.writeCsv(rows(), dir.resolve("sensitivity.csv"));
        List<String> lines = Files.readAllLines(dir.resolve("sensitivity.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", SensitivityWriter.COLUMNS), lines.get(0));
        assertEquals("b.large,share,0.5,0.0,1.0,combined,baseline,2030,fte,all,1000.0,200.0,3000.0,2800.0,", lines.get(2));
        assertTrue(lines.get(3).contains(",,1100.0,,min refused: tolerance 0"), "undefined values are empty");
        SensitivityWriter.writeParquet(rows(), dir.resolve("sensitivity.parquet"));
        assertTrue(Files.size(dir.resolve("sensitivity.parquet")) > 500);
    }

    @Test
    void withoutASensitivityTheSectionSaysHowToGetOne() {
        String html = SensitivitySection.html(List.of(), Map.of(), 0);
        CostRows.assertWellFormed(html);
        assertTrue(html.contains("--sensitivity combined"));
    }

    @Test
    void aRunWithASensitivityNeverReusesOneWithout(@TempDir Path dir) throws Exception {
        CacheKey without = CacheKey.of("git:x", dir, List.of(), List.of(), "default", 1, 0.01, 2040, 1, 65_536);
        CacheKey same = CacheKey.of("git:x", dir, List.of(), List.of(), "default", 1, 0.01, 2040, 1, 65_536, null);
        CacheKey with = CacheKey.of("git:x", dir, List.of(), List.of(), "default", 1, 0.01, 2040, 1, 65_536,
                "sensitivity=combined,2030,");
        assertEquals(without, same, "keys of runs without a sensitivity are unchanged");
        assertTrue(!with.settings().equals(without.settings()) && !with.combined().equals(without.combined()));
    }
}
