package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.List;

/** Small, fully predictable indicator tables for the report tests. */
final class SyntheticRows {

    private SyntheticRows() {
    }

    /**
     * Every indicator the report knows, for each scenario, replication and year in [from, to].
     * Values depend on scenario index s, replication r and year so that means are easy to work out.
     */
    static List<IndicatorRow> table(List<String> scenarios, int replications, int from, int to) {
        List<IndicatorRow> rows = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            String sc = scenarios.get(s);
            for (int r = 0; r < replications; r++) {
                for (int y = from; y <= to; y++) {
                    int t = y - 2021;
                    rows.add(new IndicatorRow(sc, r, y, "population", "all", 17_500_000 + 60_000.0 * t + 1_000.0 * r));
                    rows.add(new IndicatorRow(sc, r, y, "population", "female", 8_800_000 + 30_000.0 * t));
                    rows.add(new IndicatorRow(sc, r, y, "mantelzorgratio", "all", 14.0 - 0.3 * t + 0.05 * r));
                    rows.add(new IndicatorRow(sc, r, y, "carers", "all", 4_000_000 + 10_000.0 * t + 5_000.0 * s));
                    rows.add(new IndicatorRow(sc, r, y, "intensive_carers", "all", 700_000 + 8_000.0 * t - 3_000.0 * s + 500.0 * r));
                    rows.add(new IndicatorRow(sc, r, y, "working_carers", "all", 2_500_000 + 4_000.0 * t));
                    rows.add(new IndicatorRow(sc, r, y, "care_receivers", "all", 1_500_000 + 20_000.0 * t));
                    rows.add(new IndicatorRow(sc, r, y, "employment_rate_15_74", "all", 0.72 + 0.002 * t + 0.004 * s + 0.001 * r));
                    rows.add(new IndicatorRow(sc, r, y, "employment_rate_15_74", "female", 0.68 + 0.003 * t + 0.006 * s));
                    rows.add(new IndicatorRow(sc, r, y, "employment_rate_15_74", "male", 0.76 + 0.001 * t + 0.002 * s));
                    rows.add(new IndicatorRow(sc, r, y, "mean_work_hours", "female", 26.5 + 0.1 * t + 0.3 * s));
                    rows.add(new IndicatorRow(sc, r, y, "mean_work_hours", "male", 35.8));
                    rows.add(new IndicatorRow(sc, r, y, "fte", "all", 6_900_000 + 15_000.0 * t + 12_000.0 * s * t / 9 + 2_000.0 * r * s));
                    rows.add(new IndicatorRow(sc, r, y, "gender_gap_employment_pp", "all", 8.0 - 0.2 * t - 0.4 * s));
                    rows.add(new IndicatorRow(sc, r, y, "gender_gap_hours", "all", 9.3 - 0.1 * t - 0.3 * s));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "paid_leave", 150e6 * s));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "respijtzorg", 40e6 * s + 1e6 * t));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "kostendelersnorm", 0));
                    rows.add(new IndicatorRow(sc, r, y, "public_cost_eur", "total", 190e6 * s + 1e6 * t));
                    rows.add(new IndicatorRow(sc, r, y, "some_future_indicator", "odd_group", 1.0));
                }
            }
        }
        return rows;
    }
}
