package nl.mantelsim.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;
import nl.mantelsim.policy.Scenario;

/**
 * Every assumed number of the run as a section of index.html: the parameters whose source starts with
 * "assumption" (default, range, unit and the value each scenario sets when it differs) and the assumed work-response
 * multipliers. Published and derived numbers are in data/SOURCES.md; these are the ones to vary in sensitivity runs.
 */
public final class AssumptionsSection {
    private AssumptionsSection() {}

    public static String html(Parameters defaults, List<Scenario> scenarios, Table profiles) {
        StringBuilder h = new StringBuilder(16_384);
        h.append("<h2>Assumed parameters and their ranges</h2>\n<p class=\"note\">No published estimate exists for these "
                + "numbers (data/care-labour/README.md, known gaps); each has a plausible range in data/model/parameters.csv. "
                + "Scenario values are shown where a scenario sets its own.</p>\n");
        h.append("<div class=\"scroll\"><table>\n<tr><th>parameter</th><th>default</th><th>range</th><th>unit</th>"
                + "<th>scenario values</th><th>reason</th></tr>\n");
        for (Map.Entry<String, Parameters.Spec> e : defaults.specs().entrySet()) {
            Parameters.Spec s = e.getValue();
            if (!s.assumed()) continue;
            StringBuilder set = new StringBuilder();
            for (Scenario sc : scenarios) {
                Double v = sc.overrides().get(e.getKey());
                if (v != null) set.append(set.length() > 0 ? "; " : "").append(sc.name()).append(" ").append(num(v));
            }
            h.append("<tr><td>").append(Html.escape(e.getKey())).append("</td><td class=\"num\">").append(num(s.value()))
                    .append("</td><td class=\"num\">").append(num(s.min())).append(" - ").append(num(s.max()))
                    .append("</td><td>").append(Html.escape(s.unit())).append("</td><td>").append(Html.escape(set.toString()))
                    .append("</td><td>").append(Html.escape(s.source())).append("</td></tr>\n");
        }
        for (Table.Row r : profiles.rows()) {
            if (!r.text("source").toLowerCase(Locale.ROOT).startsWith("assumption")) continue;
            h.append("<tr><td>work response ").append(Html.escape(r.text("response") + ", " + r.text("dimension") + " " + r.text("level")))
                    .append("</td><td class=\"num\">").append(num(r.number("multiplier"))).append("</td><td class=\"num\">")
                    .append(num(r.number("min"))).append(" - ").append(num(r.number("max")))
                    .append("</td><td>multiplier</td><td></td><td>").append(Html.escape(r.text("source"))).append("</td></tr>\n");
        }
        h.append("</table></div>\n");
        return h.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
