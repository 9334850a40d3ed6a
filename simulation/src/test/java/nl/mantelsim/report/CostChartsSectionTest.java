package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CostChartsSectionTest {
    private static final List<String> SCENARIOS = List.of("baseline", "paid-leave", "a<b");

    @Test
    void oneStackedChartPerScenarioWithEveryLineAndTheNetChart(@TempDir Path dir) throws Exception {
        List<IndicatorRow> rows = CostRows.table(SCENARIOS, 3, 2021, 2030);
        CostChartsSection.Charts charts = CostChartsSection.write(rows, SCENARIOS, dir);
        assertEquals(List.of("cost_lines_baseline.png", "cost_lines_paid-leave.png", "cost_lines_a_b.png",
                CostChartsSection.NET_CHART), List.copyOf(charts.files().keySet()));
        for (String file : charts.files().keySet()) {
            BufferedImage png = ImageIO.read(dir.resolve(file).toFile());
            assertEquals(ChartWriter.WIDTH, png.getWidth(), file);
            assertTrue(Files.size(dir.resolve(file)) > 5_000, file + " has content");
        }
        String html = CostChartsSection.html(charts);
        CostRows.assertWellFormed(html);
        assertTrue(html.contains("a&lt;b") && !html.contains("a<b"));
    }

    @Test
    void theStackedSeriesAreTheMinistryLinesWithReturnsBelowZero() {
        IndicatorSummary summary = new IndicatorSummary(CostRows.table(SCENARIOS, 3, 2021, 2030));
        DefaultCategoryDataset data = CostChartsSection.stackedDataset(summary, "paid-leave");
        assertEquals(CostChartsSection.seriesLabels(), data.getRowKeys());
        assertEquals(10, data.getColumnCount(), "one bar per year 2021-2030");
        // 2030, paid-leave (s = 1): SZW 120 + mean r (1) EUR million; Finance return 25 + 2 x mean r = 27, drawn negative.
        assertEquals(121.0, data.getValue("SZW cost (leave benefit, extra bijstand)", "2030").doubleValue(), 1e-9);
        assertEquals(-27.0, data.getValue("Finance return (tax and premiums)", "2030").doubleValue(), 1e-9);
        assertEquals(200.0, data.getValue("Employers' continued pay (not public)", "2030").doubleValue(), 1e-9);
    }

    @Test
    void theNetChartIsTheDifferenceWithTheBaselineWithItsInterval() {
        IndicatorSummary summary = new IndicatorSummary(CostRows.table(SCENARIOS, 3, 2021, 2030));
        YIntervalSeriesCollection net = CostChartsSection.netDataset(summary, SCENARIOS, "baseline");
        assertEquals(2, net.getSeriesCount(), "every scenario but the baseline");
        assertEquals("paid-leave", net.getSeriesKey(0));
        IndicatorSummary.Band b = summary.difference("paid-leave", "baseline", 2030, "net_public_cost_eur", "all").orElseThrow();
        int last = net.getItemCount(0) - 1;
        assertEquals(2030, net.getX(0, last).intValue());
        assertEquals(b.mean() * 1e-6, net.getYValue(0, last), 1e-9);
        assertEquals(b.lower95() * 1e-6, net.getStartYValue(0, last), 1e-9);
        assertEquals(b.upper95() * 1e-6, net.getEndYValue(0, last), 1e-9);
        assertTrue(net.getEndYValue(0, last) > net.getStartYValue(0, last), "replications > 1 give a band");
    }
}
