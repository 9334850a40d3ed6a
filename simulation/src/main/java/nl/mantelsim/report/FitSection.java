package nl.mantelsim.report;

import java.util.List;
import java.util.Locale;

/** The base-population fit as a section of index.html: SRMSE per table, the worst cells, and the 1% rule. */
public final class FitSection {
    private FitSection() {}

    public static String html(List<PopulationFit.Row> rows, double scale) {
        StringBuilder h = new StringBuilder(8192);
        h.append("<h2>Base population fit, 1 January 2021</h2>\n");
        h.append("<p class=\"note\">Every margin the population was fitted to and checks it was not fitted to; all cells are in ")
                .append("<code>population-fit.csv</code>. Synthetic = the simulated persons of replication 0 divided by the scale (")
                .append(Html.escape(String.format(Locale.ROOT, "%s", scale))).append("). SRMSE = root mean square error over the ")
                .append("table's cells divided by their mean target.</p>\n");
        List<PopulationFit.Row> large = rows.stream().filter(r -> r.count() && r.target() >= PopulationFit.LARGE_CELL).toList();
        List<PopulationFit.Row> off = PopulationFit.largeCellsOff(rows);
        h.append("<p><strong>");
        if (off.isEmpty()) {
            h.append(String.format(Locale.ROOT, "All %d cells of 10,000 persons or more are within 1%% of their target", large.size()));
            h.append(wider(large)).append('.');
        } else {
            h.append(String.format(Locale.ROOT, "%d of %d cells of 10,000 persons or more are more than 1%% from their target",
                    off.size(), large.size())).append(wider(large));
            h.append(scale < 1 ? " (at this scale part of that is sampling noise; the rule is set for scale 1)." : ".");
        }
        h.append("</strong></p>\n");
        h.append("<table>\n<tr><th>table</th><th>cells</th><th>SRMSE</th><th>worst cell</th><th>target</th><th>synthetic</th></tr>\n");
        for (PopulationFit.TableSummary t : PopulationFit.summarise(rows)) {
            h.append("<tr><td>").append(Html.escape(t.table())).append("</td><td>").append(t.cells()).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.4f", t.srmse())).append("</td><td>").append(Html.escape(t.worst().cell()))
                    .append("</td><td>").append(number(t.worst().target())).append("</td><td>").append(number(t.worst().synthetic()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!off.isEmpty()) {
            h.append("<h3>Large cells more than 1% off (worst first, at most 25)</h3>\n<table>\n")
                    .append("<tr><th>table</th><th>cell</th><th>target</th><th>synthetic</th><th>error</th></tr>\n");
            for (PopulationFit.Row r : off.subList(0, Math.min(25, off.size()))) {
                h.append("<tr><td>").append(Html.escape(r.table())).append("</td><td>").append(Html.escape(r.cell())).append("</td><td>")
                        .append(number(r.target())).append("</td><td>").append(number(r.synthetic())).append("</td><td>")
                        .append(String.format(Locale.ROOT, "%+.1f%%", 100 * r.relativeError())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.toString();
    }

    /** The cells checked against a coarser published precision than 1%, named (column tolerance of the CSV). */
    private static String wider(List<PopulationFit.Row> large) {
        List<PopulationFit.Row> wide = large.stream().filter(r -> r.tolerance() > PopulationFit.TOLERANCE).toList();
        if (wide.isEmpty()) return "";
        StringBuilder s = new StringBuilder(" (or of the precision their source is published to: ");
        for (int k = 0; k < wide.size(); k++) {
            PopulationFit.Row r = wide.get(k);
            if (k > 0) s.append("; ");
            s.append(Html.escape(r.table() + " / " + r.cell())).append(String.format(Locale.ROOT, " within %.1f%%", 100 * r.tolerance()));
        }
        return s.append(")").toString();
    }

    private static String number(double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ') : String.format(Locale.ROOT, "%.2f", v);
    }
}
