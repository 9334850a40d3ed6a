package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The one-screen summary at the top of index.html: per scenario, what it changes in 2030 and 2040 against the
 * reference (participation, hours, FTE, gender gaps, costs by ministry line, carers and care demand). Every value is
 * a paired difference taken from the summary table (summary.csv), so the page and the file can never disagree.
 */
public final class SummarySection {
    private SummarySection() {}

    /** Years a ministry plans for; when neither was simulated the last simulated year stands in. */
    static final int[] YEARS = {2030, 2040};

    /** One line of the summary: how a difference is shown ({@code factor} converts model units to {@code unit}). */
    record Line(String label, String indicator, String group, String unit, double factor, int decimals) {}

    private static final String MEUR = "EUR million/year";

    static final List<Line> LINES = List.of(
            new Line("Employment rate 15-74", "employment_rate_15_74", "all", "percentage points", 100, 2),
            new Line("Employment rate 15-74, women", "employment_rate_15_74", "female", "percentage points", 100, 2),
            new Line("Mean work hours, employed women", "mean_work_hours", "female", "hours/week", 1, 2),
            new Line("Mean work hours, employed men", "mean_work_hours", "male", "hours/week", 1, 2),
            new Line("Labour supply", "fte", "all", "FTE (36 h)", 1, 0),
            new Line("Gender gap in employment (men - women)", "gender_gap_employment_pp", "all", "percentage points", 1, 2),
            new Line("Gender gap in hours (men - women)", "gender_gap_hours", "all", "hours/week", 1, 2),
            new Line("Gender gap in FTE per person 15-74 (men - women)", "gender_gap_fte", "all", "FTE/person", 1, 4),
            new Line("Public cost, SZW (leave benefit, extra bijstand)", "public_cost_eur", "szw", MEUR, 1e-6, 1),
            new Line("Public cost, VWS (respijtzorg)", "public_cost_eur", "vws", MEUR, 1e-6, 1),
            new Line("Public return, Finance (tax and premiums)", "public_return_eur", "finance", MEUR, 1e-6, 1),
            new Line("Public return, SZW (bijstand saved)", "public_return_eur", "szw", MEUR, 1e-6, 1),
            new Line("Public return, VWS (formal care saved)", "public_return_eur", "vws", MEUR, 1e-6, 1),
            new Line("Net public cost (cost - returns)", "net_public_cost_eur", "all", MEUR, 1e-6, 1),
            new Line("Employers' continued pay during leave (not public)", "public_cost_eur", "employers", MEUR, 1e-6, 1),
            new Line("Carers", "carers", "all", "persons", 1, 0),
            new Line("Intensive carers (over 8 h/week)", "intensive_carers", "all", "persons", 1, 0),
            new Line("Carers living with the person cared for", "cohabiting_carers", "all", "persons", 1, 0),
            new Line("Informal care given", "informal_care_hours", "given", "hours/week", 1, 0),
            new Line("Care receivers", "care_receivers", "all", "persons", 1, 0),
            new Line("Unmet informal care", "unmet_care_hours", "all", "hours/week", 1, 0));

    /** A shown difference in the line's unit: mean and, with more than one replication, its 95% interval. */
    record Cell(double mean, double low, double high, boolean hasInterval) {}

    /**
     * The differences the section shows, keyed by scenario, year and line index; absent where the summary table has
     * no difference for the cell. Exposed so tests compare the page with the summary table value by value.
     */
    static Map<String, Cell> cells(List<SummaryRow> summary, List<String> scenarios, List<Integer> years) {
        Map<String, SummaryRow> byKey = new HashMap<>();
        for (SummaryRow r : summary) byKey.put(r.scenario() + "|" + r.year() + "|" + r.indicator() + "|" + r.group(), r);
        Map<String, Cell> cells = new HashMap<>();
        for (String s : scenarios) {
            for (int y : years) {
                for (int i = 0; i < LINES.size(); i++) {
                    Line line = LINES.get(i);
                    SummaryRow r = byKey.get(s + "|" + y + "|" + line.indicator() + "|" + line.group());
                    if (r == null || Double.isNaN(r.diffMean())) continue;
                    boolean interval = !r.singleReplication() && !Double.isNaN(r.diffCi95Low());
                    cells.put(key(s, y, i), new Cell(r.diffMean() * line.factor(), r.diffCi95Low() * line.factor(),
                            r.diffCi95High() * line.factor(), interval));
                }
            }
        }
        return cells;
    }

    static String key(String scenario, int year, int line) {
        return scenario + "|" + year + "|" + line;
    }

    /** 2030 and 2040 when simulated; otherwise the last simulated year. */
    static List<Integer> years(List<SummaryRow> summary) {
        SortedSet<Integer> present = new TreeSet<>();
        for (SummaryRow r : summary) present.add(r.year());
        List<Integer> years = new ArrayList<>();
        for (int y : YEARS) if (present.contains(y)) years.add(y);
        if (years.isEmpty() && !present.isEmpty()) years.add(present.last());
        return years;
    }

    /** The section's HTML (escaped, every tag closed); empty when there is no scenario to compare. */
    public static String html(List<SummaryRow> summary, List<String> scenarios) {
        String reference = IndicatorSummary.referenceScenario(scenarios);
        List<String> others = new ArrayList<>(scenarios);
        others.remove(reference);
        List<Integer> years = years(summary);
        if (others.isEmpty() || years.isEmpty()) return "";
        int replications = summary.stream().mapToInt(SummaryRow::replications).max().orElse(1);
        Map<String, Cell> cells = cells(summary, others, years);

        StringBuilder h = new StringBuilder(16_384);
        h.append("<h2 id=\"summary\">Summary: what each scenario changes against ").append(Html.escape(reference))
                .append("</h2>\n<p class=\"note\">Each cell is the scenario minus ").append(Html.escape(reference))
                .append(" in the same year (paired: both use the same random numbers). A plus sign means more than ")
                .append(Html.escape(reference)).append(": more jobs, hours or carers, a wider gender gap, a higher cost ")
                .append("or a larger return; for net public cost a plus sign means the scenario costs the government more. ")
                .append("Costs are in millions of euros a year in 2025 prices; counts are persons in the whole population. ");
        if (replications > 1) {
            h.append("Below each value its 95% interval over ").append(replications)
                    .append(" replications (simulation noise only, not the uncertainty of the assumptions).");
        } else {
            h.append("This run has one replication, so the differences are shown without an interval: rerun with ")
                    .append("<code>--replications 5</code> or more to see how much of a difference is noise.");
        }
        h.append("</p>\n<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th rowspan=\"2\">Change in</th>")
                .append("<th rowspan=\"2\">Unit</th>");
        for (String s : others) {
            h.append("<th colspan=\"").append(years.size()).append("\">").append(Html.escape(s)).append("</th>");
        }
        h.append("</tr>\n<tr>");
        for (int k = 0; k < others.size(); k++) for (int y : years) h.append("<th>").append(y).append("</th>");
        h.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < LINES.size(); i++) {
            Line line = LINES.get(i);
            if (!hasLine(cells, others, years, i)) continue;
            h.append("<tr><td class=\"label\">").append(Html.escape(line.label())).append("</td><td class=\"label\">")
                    .append(Html.escape(line.unit())).append("</td>");
            for (String s : others) {
                for (int y : years) {
                    Optional<Cell> c = Optional.ofNullable(cells.get(key(s, y, i)));
                    h.append("<td class=\"num\">");
                    if (c.isEmpty()) {
                        h.append("-");
                    } else {
                        h.append(ReportFormat.signed(c.get().mean(), line.decimals()));
                        if (c.get().hasInterval()) {
                            h.append("<br/><span class=\"band\">[").append(ReportFormat.signed(c.get().low(), line.decimals()))
                                    .append(", ").append(ReportFormat.signed(c.get().high(), line.decimals())).append("]</span>");
                        }
                    }
                    h.append("</td>");
                }
            }
            h.append("</tr>\n");
        }
        h.append("</tbody></table></div>\n");
        return h.toString();
    }

    private static boolean hasLine(Map<String, Cell> cells, List<String> scenarios, List<Integer> years, int line) {
        for (String s : scenarios) for (int y : years) if (cells.containsKey(key(s, y, line))) return true;
        return false;
    }
}
