package nl.mantelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Public costs and returns by ministry line as charts and a section of index.html: per scenario a stacked bar chart
 * over the years (costs above zero, returns below it, so the net is what is left), and the net public cost minus the
 * reference per scenario with its 95% interval over replications.
 */
public final class CostChartsSection {
    private CostChartsSection() {}

    /** A stacked series: an indicator cell, drawn with {@code sign} (returns are drawn below zero). */
    record Series(String label, String indicator, String group, double sign, Color colour) {}

    static final List<Series> SERIES = List.of(
            new Series("SZW cost (leave benefit, extra bijstand)", "public_cost_eur", "szw", 1, new Color(0x0072B2)),
            new Series("VWS cost (respijtzorg)", "public_cost_eur", "vws", 1, new Color(0x009E73)),
            new Series("Employers' continued pay (not public)", "public_cost_eur", "employers", 1, new Color(0x999999)),
            new Series("Finance return (tax and premiums)", "public_return_eur", "finance", -1, new Color(0xE69F00)),
            new Series("SZW return (bijstand saved)", "public_return_eur", "szw", -1, new Color(0x56B4E9)),
            new Series("VWS return (formal care saved)", "public_return_eur", "vws", -1, new Color(0x8FD9B6)));

    static final String NET_CHART = "net_public_cost_vs_baseline.png";
    private static final double MILLION = 1e-6;
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color[] PALETTE = {
        new Color(0x000000), new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442)};

    /** The charts written: file name to caption, in the order they appear in the report. */
    public record Charts(LinkedHashMap<String, String> files) {}

    /** Writes the charts into {@code chartsDir}; a chart that fails is skipped (the run's numbers matter more). */
    public static Charts write(List<IndicatorRow> rows, List<String> scenarios, Path chartsDir) throws IOException {
        Files.createDirectories(chartsDir);
        IndicatorSummary summary = new IndicatorSummary(rows);
        LinkedHashMap<String, String> files = new LinkedHashMap<>();
        Map<String, String> names = fileNames(scenarios);
        for (String s : scenarios) {
            DefaultCategoryDataset data = stackedDataset(summary, s);
            if (data.getColumnCount() == 0) continue;
            String file = names.get(s);
            save(chartsDir, file, stackedChart(data, s, summary.replicationCount()), files,
                    "Public cost and returns by ministry line, " + s + ", in millions of euros a year (2025 prices). "
                            + "Costs are stacked above zero, returns below it; the public net cost is the public costs "
                            + "minus the returns (employers' continued pay is not public).");
        }
        String reference = IndicatorSummary.referenceScenario(scenarios);
        YIntervalSeriesCollection net = netDataset(summary, scenarios, reference);
        if (net.getSeriesCount() > 0) {
            save(chartsDir, NET_CHART, netChart(net, scenarios, reference, summary.replicationCount()), files,
                    "Net public cost minus " + reference + ", per scenario, in millions of euros a year"
                            + (summary.replicationCount() > 1 ? "; shaded: 95% interval over replications." : "."));
        }
        return new Charts(files);
    }

    /** The section's HTML: the charts with their captions (escaped, every tag closed). */
    public static String html(Charts charts) {
        if (charts.files().isEmpty()) return "";
        StringBuilder h = new StringBuilder(4096);
        h.append("<h2>Public costs by ministry line</h2>\n<p class=\"note\">Costs are what the levers spend; returns are ")
                .append("taken against the baseline of the same replication (tax and premiums on extra wages, bijstand ")
                .append("saved, formal care saved), so the baseline has none. Values are means over replications.</p>\n");
        for (Map.Entry<String, String> e : charts.files().entrySet()) {
            h.append("<figure><img src=\"charts/").append(Html.escape(e.getKey())).append("\" alt=\"")
                    .append(Html.escape(e.getValue())).append("\"/>\n<figcaption>").append(Html.escape(e.getValue()))
                    .append("</figcaption></figure>\n");
        }
        return h.toString();
    }

    /** Mean over replications of each line, in EUR million, returns negative; one column per year. */
    static DefaultCategoryDataset stackedDataset(IndicatorSummary summary, String scenario) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        SortedSet<Integer> years = summary.years("public_cost_eur", "total");
        for (Series series : SERIES) {
            if (!summary.hasIndicator(series.indicator(), series.group())) continue;
            for (int y : years) {
                Optional<IndicatorSummary.Band> b = summary.level(scenario, y, series.indicator(), series.group());
                data.addValue(b.map(v -> series.sign() * v.mean() * MILLION).orElse(0.0), series.label(), Integer.toString(y));
            }
        }
        return data;
    }

    /** Net public cost minus the reference per scenario, with the 95% interval as the band (none with one replication). */
    static YIntervalSeriesCollection netDataset(IndicatorSummary summary, List<String> scenarios, String reference) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        SortedSet<Integer> years = summary.years("net_public_cost_eur", "all");
        for (String s : scenarios) {
            if (s.equals(reference)) continue;
            YIntervalSeries series = new YIntervalSeries(s);
            for (int y : years) {
                summary.difference(s, reference, y, "net_public_cost_eur", "all").ifPresent(b -> {
                    double low = b.hasSpread() ? b.lower95() : b.mean();
                    double high = b.hasSpread() ? b.upper95() : b.mean();
                    series.add(y, b.mean() * MILLION, low * MILLION, high * MILLION);
                });
            }
            if (series.getItemCount() > 0) data.addSeries(series);
        }
        return data;
    }

    private static JFreeChart stackedChart(DefaultCategoryDataset data, String scenario, int replications) {
        JFreeChart chart = ChartFactory.createStackedBarChart("Public cost and returns by line: " + scenario, "Year",
                "million euros per year", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < data.getRowCount(); i++) {
            String label = (String) data.getRowKey(i);
            for (Series s : SERIES) if (s.label().equals(label)) renderer.setSeriesPaint(i, s.colour());
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        CategoryAxis x = plot.getDomainAxis();
        x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        x.setTickLabelFont(SMALL_FONT);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ReportFormat.axis());
        style(chart, (replications > 1 ? "Mean over " + replications + " replications. " : "Single replication. ")
                + "Above zero: costs; below zero: returns against the baseline.");
        return chart;
    }

    private static JFreeChart netChart(YIntervalSeriesCollection data, List<String> scenarios, String reference,
                                       int replications) {
        JFreeChart chart = ChartFactory.createXYLineChart("Net public cost: scenario minus " + reference, "Year",
                "million euros per year", data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            Color c = PALETTE[Math.max(0, scenarios.indexOf((String) data.getSeriesKey(i))) % PALETTE.length];
            renderer.setSeriesPaint(i, c);
            renderer.setSeriesFillPaint(i, c);
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setNumberFormatOverride(new DecimalFormat("0"));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(ReportFormat.axis());
        y.setAutoRangeIncludesZero(true);
        style(chart, "Paired difference with " + reference + " per replication. " + (replications > 1
                ? "Line: mean over " + replications + " replications; band: 95% interval." : "Single replication: no interval."));
        return chart;
    }

    private static void style(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        chart.addSubtitle(new TextTitle(subtitle, SMALL_FONT));
        if (chart.getLegend() != null) chart.getLegend().setItemFont(SMALL_FONT);
    }

    private static void save(Path dir, String file, JFreeChart chart, Map<String, String> files, String caption) {
        try {
            ChartUtils.saveChartAsPNG(dir.resolve(file).toFile(), chart, ChartWriter.WIDTH, ChartWriter.HEIGHT);
            files.put(file, caption);
        } catch (IOException | RuntimeException e) {
            System.err.println("Skipping chart " + file + ": " + e);
        }
    }

    /** cost_lines_NAME.png, with any character outside [A-Za-z0-9_-] replaced, made unique if two names collide. */
    static Map<String, String> fileNames(List<String> scenarios) {
        Map<String, String> names = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (String s : scenarios) {
            String base = "cost_lines_" + s.replaceAll("[^A-Za-z0-9_-]", "_");
            String name = base + ".png";
            for (int k = 2; !used.add(name); k++) name = base + "-" + k + ".png";
            names.put(s, name);
        }
        return names;
    }

    static List<String> seriesLabels() {
        List<String> labels = new ArrayList<>();
        for (Series s : SERIES) labels.add(s.label());
        return labels;
    }
}
