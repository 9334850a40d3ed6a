package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.List;

/** Cost lines, returns and care outcomes for the summary and cost-chart tests (SyntheticRows has the rest). */
final class CostRows {
    private CostRows() {}

    static List<IndicatorRow> table(List<String> scenarios, int replications, int from, int to) {
        List<IndicatorRow> rows = new ArrayList<>(SyntheticRows.table(scenarios, replications, from, to));
        for (int s = 0; s < scenarios.size(); s++) {
            String sc = scenarios.get(s);
            for (int r = 0; r < replications; r++) {
                for (int y = from; y <= to; y++) {
                    int t = y - 2021;
                    double szw = 120e6 * s + 1e6 * r, vws = 70e6 * s + 0.5e6 * t, fin = s == 0 ? 0 : 25e6 * s + 2e6 * r;
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "szw", szw));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "vws", vws));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "employers", 300e6 - 100e6 * s));
                    rows.add(new IndicatorRow(sc, r, y, "public_return_eur", "finance", fin));
                    rows.add(new IndicatorRow(sc, r, y, "public_return_eur", "szw", s == 0 ? 0 : 3e6 * s));
                    rows.add(new IndicatorRow(sc, r, y, "public_return_eur", "vws", s == 0 ? 0 : 1e6 * s));
                    rows.add(new IndicatorRow(sc, r, y, "net_public_cost_eur", "all",
                            szw + vws - (s == 0 ? 0 : fin + 4e6 * s)));
                    rows.add(new IndicatorRow(sc, r, y, "gender_gap_fte", "all", 0.25 - 0.001 * s * t));
                    rows.add(new IndicatorRow(sc, r, y, "unmet_care_hours", "all", 1_000 * t + 200.0 * s * r));
                    rows.add(new IndicatorRow(sc, r, y, "cohabiting_carers", "all", 300_000 + 5_000.0 * s));
                    rows.add(new IndicatorRow(sc, r, y, "informal_care_hours", "given", 40e6 + 1e5 * s * t));
                }
            }
        }
        return rows;
    }

    /** The fragment wrapped in one element and parsed as XML: unclosed tags or a bare '&' fail here. */
    static void assertWellFormed(String fragment) {
        try {
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader("<div>" + fragment + "</div>")));
        } catch (Exception e) {
            throw new AssertionError("not well-formed: " + e.getMessage() + "\n" + fragment, e);
        }
    }
}
