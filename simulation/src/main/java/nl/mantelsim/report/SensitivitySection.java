package nl.mantelsim.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The sensitivity of the main effects to the assumed parameters as tornado charts and a section of index.html: for
 * each parameter, how far the scenario's effect moves from its value at the defaults when the parameter is at its
 * minimum and at its maximum, parameters sorted by that swing, largest on top.
 */
public final class SensitivitySection {
    private SensitivitySection() {}

    /** An outcome drawn as a tornado: {@code factor} converts model units to {@code unit}. */
    record Outcome(String indicator, String group, String label, String unit, double factor, int decimals) {
        String file() { return "tornado_" + indicator + ".png"; }
    }

    static final List<Outcome> CHARTED = List.of(
            new Outcome("fte", "all", "Labour supply", "FTE (36 h)", 1, 0),
            new Outcome("net_public_cost_eur", "all", "Net public cost", "EUR million/year", 1e-6, 1));

    /** Bars shown per tornado; the rest are in sensitivity.csv. */
    static final int SHOWN = 15;
    static final String LOW = "parameter at its minimum";
    static final String HIGH = "parameter at its maximum";

    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** One outcome's rows, largest swing first; rows whose swing is undefined (a refused variant) last. */
    static List<SensitivityRow> sorted(List<SensitivityRow> rows, String indicator, String group) {
        List<SensitivityRow> out = new ArrayList<>();
        for (SensitivityRow r : rows) if (r.indicator().equals(indicator) && r.group().equals(group)) out.add(r);
        out.sort(Comparator.comparingDouble((SensitivityRow r) -> Double.isNaN(r.swing()) ? -1 : r.swing()).reversed()
                .thenComparing(SensitivityRow::parameter));
        return out;
    }

    /** The tornado's data: deviations from the base effect at the minimum and the maximum, in the outcome's unit. */
    static DefaultCategoryDataset dataset(List<SensitivityRow> sorted, Outcome o) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int n = 0;
        for (SensitivityRow r : sorted) {
            if (n == SHOWN || Double.isNaN(r.swing()) || r.swing() == 0) break;
            data.addValue((r.atLow() - r.base()) * o.factor(), LOW, r.parameter());
            data.addValue((r.atHigh() - r.base()) * o.factor(), HIGH, r.parameter());
            n++;
        }
        return data;
    }

    /** Writes the tornado PNGs and returns file name to caption; none when there are no rows. */
    public static Map<String, String> writeCharts(List<SensitivityRow> rows, Path chartsDir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (rows.isEmpty()) return files;
        Files.createDirectories(chartsDir);
        SensitivityRow any = rows.get(0);
        for (Outcome o : CHARTED) {
            DefaultCategoryDataset data = dataset(sorted(rows, o.indicator(), o.group()), o);
            if (data.getColumnCount() == 0) continue;
            String title = o.label() + ": effect of " + any.scenario() + " in " + any.year() + ", change from the default";
            JFreeChart chart = ChartFactory.createBarChart(title, null, "change in the effect, " + o.unit(), data,
                    PlotOrientation.HORIZONTAL, true, false, false);
            style(chart, any, o);
            try {
                ChartUtils.saveChartAsPNG(chartsDir.resolve(o.file()).toFile(), chart, ChartWriter.WIDTH,
                        140 + 34 * data.getColumnCount());
                files.put(o.file(), o.label() + " (" + any.scenario() + " minus " + any.reference() + ", " + any.year()
                        + "): how far the effect moves when one assumed parameter is set to the end of its range, "
                        + "parameters sorted by swing, at most " + SHOWN + " shown.");
            } catch (IOException | RuntimeException e) {
                System.err.println("Skipping chart " + o.file() + ": " + e);
            }
        }
        return files;
    }

    private static void style(JFreeChart chart, SensitivityRow any, Outcome o) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(TITLE_FONT);
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "Effect at the defaults: %s %s. Same seed in every variant "
                + "(common random numbers).", ReportFormat.signed(any.base() * o.factor(), o.decimals()), o.unit()), SMALL_FONT));
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.0);
        renderer.setSeriesPaint(0, new Color(0x0072B2));
        renderer.setSeriesPaint(1, new Color(0xD55E00));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        plot.getDomainAxis().setTickLabelFont(SMALL_FONT);
        NumberAxis y = (NumberAxis) plot.getRangeAxis();
        y.setNumberFormatOverride(ReportFormat.axis());
        if (chart.getLegend() != null) chart.getLegend().setItemFont(SMALL_FONT);
    }

    /**
     * The section: the tornado charts and, per charted outcome, a table of the parameters that move it most. Without
     * rows (no sensitivity was asked for), a paragraph on how to get one.
     */
    public static String html(List<SensitivityRow> rows, Map<String, String> charts, int replications) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<h2 id=\"sensitivity\">Sensitivity to the assumed parameters</h2>\n");
        if (rows.isEmpty()) {
            h.append("<p class=\"note\">No sensitivity analysis in this run. <code>./mantelsim run --sensitivity combined</code> ")
                    .append("(or <code>sensitivity: {scenario: combined}</code> in the plan, as in the default plan) reruns the baseline and one scenario ")
                    .append("to 2030 with each assumed parameter at its minimum and at its maximum and adds tornado charts here ")
                    .append("and <code>sensitivity.csv</code>; see the README for its cost.</p>\n");
            return h.toString();
        }
        SensitivityRow any = rows.get(0);
        long parameters = rows.stream().map(SensitivityRow::parameter).distinct().count();
        h.append("<p class=\"note\">The effect of ").append(Html.escape(any.scenario())).append(" (minus ")
                .append(Html.escape(any.reference())).append(", ").append(any.year()).append(") was simulated again with each of ")
                .append(parameters).append(" assumed parameters at the minimum and at the maximum of its range in ")
                .append("data/model/parameters.csv, everything else at its default and with the run's seed and scale, ")
                .append(replications).append(replications == 1 ? " replication" : " replications")
                .append(" (common random numbers, so the difference between two variants is the parameter's ")
                .append("doing and not new noise). A scenario that sets a parameter itself keeps its own value. Bars are ")
                .append("changes from the effect at the defaults; every parameter and outcome is in <code>sensitivity.csv</code>.</p>\n");
        for (Map.Entry<String, String> e : charts.entrySet()) {
            h.append("<figure><img src=\"charts/").append(Html.escape(e.getKey())).append("\" alt=\"")
                    .append(Html.escape(e.getValue())).append("\"/>\n<figcaption>").append(Html.escape(e.getValue()))
                    .append("</figcaption></figure>\n");
        }
        for (Outcome o : CHARTED) {
            List<SensitivityRow> sorted = sorted(rows, o.indicator(), o.group());
            if (sorted.isEmpty()) continue;
            h.append("<h3>").append(Html.escape(o.label())).append(", ").append(Html.escape(o.unit()))
                    .append(": the ten largest swings</h3>\n<table>\n<thead><tr><th>parameter</th><th>range</th>")
                    .append("<th>effect at minimum</th><th>effect at defaults</th><th>effect at maximum</th><th>swing</th></tr></thead>\n<tbody>\n");
            for (SensitivityRow r : sorted.subList(0, Math.min(10, sorted.size()))) {
                h.append("<tr><td class=\"label\">").append(Html.escape(r.parameter())).append("</td><td class=\"num\">")
                        .append(Html.escape(plain(r.lowValue()) + " - " + plain(r.highValue()) + " " + r.unit()))
                        .append("</td><td class=\"num\">").append(ReportFormat.signed(r.atLow() * o.factor(), o.decimals()))
                        .append("</td><td class=\"num\">").append(ReportFormat.signed(r.base() * o.factor(), o.decimals()))
                        .append("</td><td class=\"num\">").append(ReportFormat.signed(r.atHigh() * o.factor(), o.decimals()))
                        .append("</td><td class=\"num\">").append(ReportFormat.number(r.swing() * o.factor(), o.decimals()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        List<String> refused = rows.stream().filter(r -> !r.note().isEmpty()).map(r -> r.parameter() + ": " + r.note())
                .distinct().toList();
        if (!refused.isEmpty()) {
            h.append("<p class=\"note\">Variants the input checks refused (no value):</p>\n<ul class=\"note\">\n");
            for (String r : refused) h.append("<li>").append(Html.escape(r)).append("</li>\n");
            h.append("</ul>\n");
        }
        return h.toString();
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
