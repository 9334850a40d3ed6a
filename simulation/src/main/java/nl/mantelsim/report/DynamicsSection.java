package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Demography, care demand and care supply of the reference scenario, with the alignment diagnostics, as a section
 * of index.html: how the simulated population follows WPP2024 and what ageing does to care, year by year.
 */
public final class DynamicsSection {
    private DynamicsSection() {}

    private record Line(String indicator, String group, String label, boolean count) {}

    private static final List<Line> LINES = List.of(
            new Line("population", "all", "population", true),
            new Line("alignment_factor", "population_male", "alignment factor, men (target / before migration residual)", false),
            new Line("alignment_factor", "population_female", "alignment factor, women", false),
            new Line("alignment_factor", "deaths", "deaths: WPP2024 / expected before the logit shift", false),
            new Line("alignment_factor", "births", "births: WPP2024 / expected before the logit shift", false),
            new Line("share_80plus", "all", "share aged 80+", false),
            new Line("mantelzorgratio", "all", "mantelzorgratio (50-74 per 85+)", false),
            new Line("care_receivers", "all", "care receivers", true),
            new Line("care_receivers", "in_institution", "of whom in an institution (Wlz)", true),
            new Line("care_receivers", "met_wmo_at_home", "of whom with Wmo help at home", true),
            new Line("carers", "all", "carers (SCP broad)", true),
            new Line("carers_narrow", "all", "carers (CBS narrow)", true),
            new Line("intensive_carers", "all", "intensive carers (over 8 hours)", true),
            new Line("carers_per_receiver", "all", "carers per receiver", false),
            new Line("informal_care_hours", "given", "informal care hours a week, given", true),
            new Line("unmet_care_hours", "all", "unmet informal care hours a week", true),
            new Line("households", "single", "persons living alone", true),
            new Line("household_inconsistencies", "all", "household inconsistencies (persons)", true));

    public static String html(List<IndicatorRow> rows, String reference) {
        Map<String, Map<Integer, double[]>> sums = new TreeMap<>(); // key -> year -> {sum, n}
        for (IndicatorRow r : rows) {
            if (!r.scenario().equals(reference) || Double.isNaN(r.value())) continue;
            sums.computeIfAbsent(r.indicator() + "|" + r.group(), k -> new TreeMap<>())
                    .computeIfAbsent(r.year(), k -> new double[2]);
            double[] s = sums.get(r.indicator() + "|" + r.group()).get(r.year());
            s[0] += r.value();
            s[1]++;
        }
        List<Integer> years = new ArrayList<>();
        for (int y : new int[] {2021, 2025, 2030, 2035, 2040, 2050, 2060}) {
            if (sums.getOrDefault("population|all", Map.of()).containsKey(y)) years.add(y);
        }
        StringBuilder h = new StringBuilder(4096);
        h.append("<h2>Demography and care in the ").append(Html.escape(reference)).append(" scenario</h2>\n");
        h.append("<p class=\"note\">Mean over replications. Deaths and births are aligned to WPP2024 by a logit shift, the ")
                .append("population by sex by a migration residual; a factor of 1 means no correction was needed. Alignment ")
                .append("factors are for the year's flows (deaths, births) or the January that ends the year (population).</p>\n");
        h.append("<table>\n<tr><th>indicator</th>");
        for (int y : years) h.append("<th>").append(y).append("</th>");
        h.append("</tr>\n");
        for (Line line : LINES) {
            Map<Integer, double[]> byYear = sums.get(line.indicator() + "|" + line.group());
            if (byYear == null) continue;
            h.append("<tr><th scope=\"row\">").append(Html.escape(line.label())).append("</th>");
            for (int y : years) {
                double[] s = byYear.get(y);
                h.append("<td>").append(s == null ? "-" : format(s[0] / s[1], line.count())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        return h.toString();
    }

    private static String format(double v, boolean count) {
        if (count) return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
        return Math.abs(v) < 10 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
