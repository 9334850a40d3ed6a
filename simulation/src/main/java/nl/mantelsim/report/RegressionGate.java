package nl.mantelsim.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.engine.Plan;

/**
 * The plan's regression gates checked against the previous run of the same plan: with the same inputs, scenarios
 * and settings, a gated indicator's mean that moves by more than its tolerance means the code changed the
 * numbers. With different inputs a change is expected, so the gate is skipped (and says why).
 */
public final class RegressionGate {
    private RegressionGate() {}

    public enum Status { PASSED, FAILED, SKIPPED }

    /** At most this many cells that moved are listed in the manifest; `count` has them all. */
    static final int LISTED = 50;

    public record Result(Status status, String reason, String previousRun, List<String> moved, int count) {
        public Map<String, Object> toManifest() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
            m.put("reason", reason);
            if (previousRun != null) m.put("previous_run", previousRun);
            m.put("cells_moved", count);
            m.put("moved", moved);
            return m;
        }
    }

    public static Result skipped(String reason, String previousRun) {
        return new Result(Status.SKIPPED, reason, previousRun, List.of(), 0);
    }

    public static Result check(List<Plan.Gate> gates, Map<SummaryCsv.Cell, SummaryCsv.Mean> previous,
                               Map<SummaryCsv.Cell, SummaryCsv.Mean> current, String previousRun) {
        List<String> moved = new ArrayList<>();
        int checked = 0;
        for (Plan.Gate g : gates) {
            for (Map.Entry<SummaryCsv.Cell, SummaryCsv.Mean> e : current.entrySet()) {
                SummaryCsv.Cell c = e.getKey();
                if (!c.indicator().equals(g.indicator()) || !c.group().equals(g.group())) continue;
                checked++;
                SummaryCsv.Mean before = previous.get(c);
                double a = before == null ? Double.NaN : before.mean(), b = e.getValue().mean();
                boolean bothUndefined = Double.isNaN(a) && Double.isNaN(b) && before != null;
                double change = SummaryCsv.relativeChange(a, b);
                if (!bothUndefined && !(change <= g.tolerance())) {
                    moved.add(c + ": " + fmt(a) + " -> " + fmt(b) + " (relative change " + fmt(change) + ", tolerance " + g.tolerance() + ")");
                }
            }
        }
        if (checked == 0) return skipped("no cell of the gated indicators and groups in this run", previousRun);
        Status status = moved.isEmpty() ? Status.PASSED : Status.FAILED;
        String reason = moved.isEmpty() ? checked + " cells within tolerance" : moved.size() + " of " + checked + " cells moved beyond tolerance";
        return new Result(status, reason, previousRun, List.copyOf(moved.subList(0, Math.min(LISTED, moved.size()))), moved.size());
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "undefined" : Double.toString(v);
    }
}
