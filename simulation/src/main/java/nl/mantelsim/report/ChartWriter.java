package nl.mantelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Writes the report's PNG charts: one line per scenario over the years, with the range over
 * replications as a shaded band. Runs headless (no display on servers or CI).
 */
public final class ChartWriter {

    static final int WIDTH = 900;
    static final int HEIGHT = 500;

    /** What to draw in one chart; {@code scale} converts model units to the axis unit. */
    private record Spec(String file, String title, String axisLabel, String indicator, String group,
                        double scale, boolean vsReference) {}

    private static final List<Spec> SPECS = List.of(
            new Spec("population.png", "Population of the Netherlands", "persons", "population", "all", 1, false),
            new Spec("mantelzorgratio.png", "Mantelzorgratio: persons aged 50-74 per person aged 85+",
                    "persons 50-74 per person 85+", "mantelzorgratio", "all", 1, false),
            new Spec("employment_rate.png", "Employment rate, ages 15-74", "% employed",
                    "employment_rate_15_74", "all", 100, false),
            new Spec("fte_vs_baseline.png", "Labour supply: difference with baseline (scenario minus baseline)",
                    "full-time equivalents (36 h/week)", "fte", "all", 1, true),
            new Spec("intensive_carers.png", "Intensive carers", "persons", "intensive_carers", "all", 1, false),
            new Spec("public_cost.png", "Total public cost of the policy levers", "million euros per year",
                    "public_cost_eur", "total", 1e-6, false));

    // Okabe-Ito palette: distinguishable with colour-vision deficiency; baseline gets black.
    private static final Color[] PALETTE = {
        new Color(0x000000), new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73),
        new Color(0xCC79A7), new Color(0xE69F00), new Color(0x56B4E9), new Color(0xF0E442)};

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 17);
    private static final Font SUBTITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Color GRID = new Color(0xDDDDDD);

    private ChartWriter() {
    }

    /**
     * Writes every chart whose indicator is present and returns the file names written, in a
     * fixed order. Scenarios not in {@code scenarios} are ignored; the list order sets colours.
     */
    public static List<String> writeCharts(List<IndicatorRow> rows, List<String> scenarios, Path chartsDir)
            throws IOException {
        Files.createDirectories(chartsDir);
        IndicatorSummary summary = new IndicatorSummary(rows);
        List<String> written = new ArrayList<>();
        for (Spec spec : SPECS) {
            JFreeChart chart;
            try {
                chart = build(spec, summary, scenarios);
            } catch (RuntimeException e) {
                // A chart is a by-product of hours of simulation: losing one must not lose the report.
                System.err.println("Skipping chart " + spec.file() + ": " + e);
                continue;
            }
            if (chart != null) {
                ChartUtils.saveChartAsPNG(chartsDir.resolve(spec.file()).toFile(), chart, WIDTH, HEIGHT);
                written.add(spec.file());
            }
        }
        return written;
    }

    /** Null when there is nothing to draw (indicator absent, or no scenario to compare). */
    private static JFreeChart build(Spec spec, IndicatorSummary summary, List<String> scenarios) {
        SortedSet<Integer> years = summary.years(spec.indicator(), spec.group());
        if (years.isEmpty()) {
            return null;
        }
        String reference = IndicatorSummary.referenceScenario(scenarios);
        List<String> shown = new ArrayList<>();
        for (String s : scenarios) {
            if (!(spec.vsReference() && s.equals(reference))) {
                shown.add(s);
            }
        }
        if (shown.isEmpty()) {
            return null;
        }
        JFreeChart chart = years.size() == 1
                ? barChart(spec, summary, scenarios, shown, reference, years.first())
                : lineChart(spec, summary, scenarios, shown, reference, years);
        if (chart != null) {
            style(chart, spec, summary.replicationCount(), reference);
        }
        return chart;
    }

    private static JFreeChart lineChart(Spec spec, IndicatorSummary summary, List<String> scenarios,
                                        List<String> shown, String reference, SortedSet<Integer> years) {
        YIntervalSeriesCollection dataset = new YIntervalSeriesCollection();
        List<Color> colours = new ArrayList<>();
        for (String scenario : shown) {
            YIntervalSeries series = new YIntervalSeries(scenario);
            for (int year : years) {
                value(spec, summary, scenario, reference, year).ifPresent(b -> series.add(year,
                        b.mean() * spec.scale(), b.min() * spec.scale(), b.max() * spec.scale()));
            }
            if (series.getItemCount() > 0) {
                dataset.addSeries(series);
                colours.add(colour(scenarios, scenario));
            }
        }
        if (dataset.getSeriesCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createXYLineChart(spec.title(), "Year", spec.axisLabel(), dataset,
                PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.18f);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
            // The band uses the fill paint, which otherwise defaults to white (invisible).
            renderer.setSeriesFillPaint(i, colours.get(i));
            renderer.setSeriesStroke(i, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);

        NumberAxis x = (NumberAxis) plot.getDomainAxis();
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        // Years are labels, not quantities: "2025", never "2,025".
        x.setNumberFormatOverride(new DecimalFormat("0"));
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(ReportFormat.axis());
        // Differences are judged against zero; levels would be flattened by a zero baseline.
        y.setAutoRangeIncludesZero(spec.vsReference());
        if (spec.vsReference()) {
            plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(1f)));
        }
        return chart;
    }

    /** A single simulated year has no trend to draw: one bar per scenario instead. */
    private static JFreeChart barChart(Spec spec, IndicatorSummary summary, List<String> scenarios,
                                       List<String> shown, String reference, int year) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        List<Color> colours = new ArrayList<>();
        for (String scenario : shown) {
            Optional<IndicatorSummary.Band> band = value(spec, summary, scenario, reference, year);
            if (band.isPresent()) {
                dataset.addValue(band.get().mean() * spec.scale(), scenario, Integer.toString(year));
                colours.add(colour(scenarios, scenario));
            }
        }
        if (dataset.getRowCount() == 0) {
            return null;
        }
        JFreeChart chart = ChartFactory.createBarChart(spec.title() + ", " + year, "Year", spec.axisLabel(),
                dataset, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        for (int i = 0; i < colours.size(); i++) {
            renderer.setSeriesPaint(i, colours.get(i));
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(GRID);
        ((NumberAxis) plot.getRangeAxis()).setNumberFormatOverride(ReportFormat.axis());
        return chart;
    }

    private static Optional<IndicatorSummary.Band> value(Spec spec, IndicatorSummary summary, String scenario,
                                                         String reference, int year) {
        return spec.vsReference()
                ? summary.difference(scenario, reference, year, spec.indicator(), spec.group())
                : summary.level(scenario, year, spec.indicator(), spec.group());
    }

    private static void style(JFreeChart chart, Spec spec, int replications, String reference) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        String how = replications > 1
                ? "Line: mean over " + replications + " replications; shaded band: range (min-max) over replications."
                : "Single replication.";
        if (spec.vsReference()) {
            how = "Paired difference with " + reference + " per replication. " + how;
        }
        chart.addSubtitle(new TextTitle(how, SUBTITLE_FONT));
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(LEGEND_FONT);
        }
    }

    /** Colour by position in the full scenario list, so a scenario looks the same in every chart. */
    private static Color colour(List<String> scenarios, String scenario) {
        int index = Math.max(0, scenarios.indexOf(scenario));
        return PALETTE[index % PALETTE.length];
    }
}
