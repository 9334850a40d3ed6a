package nl.mantelsim.cost;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.report.IndicatorRow;

/**
 * Public returns of a scenario by ministry line, against the reference scenario (the baseline) of the same
 * replication and year, so that they rest on common random numbers:
 * <ul>
 *   <li>Finance: income tax and premiums on the change in the gross wages employers paid (the wage bill less the
 *       weeks of leave, temporary stops and sickness absence they did not pay), at a documented average rate, plus
 *       income tax and national-insurance premiums on the change in the public leave benefit (SER), which is taxable
 *       income, at its own documented rate;</li>
 *   <li>SZW: bijstand saved (at the current-law norm; the extra from lifting the kostendelersnorm is a cost);</li>
 *   <li>VWS: formal care (Wmo/Wlz) saved because informal care hours rose, at an assumed substitution rate and
 *       cost per hour.</li>
 * </ul>
 * A negative return is a loss. The net public cost is the public cost minus the returns; employers' continued pay
 * is shown but is not public money. The reference has returns of 0 by definition.
 */
public final class PublicReturns {
    private PublicReturns() {}

    /** The indicators added here, derived from other scenarios' rows rather than simulated. */
    public static final java.util.Set<String> INDICATORS = java.util.Set.of("public_return_eur", "net_public_cost_eur");

    /** The lines of {@code public_return_eur}, total last. */
    public static final String[] LINES = {"finance", "szw", "vws", "total"};
    /** A further group: the part of the Finance line that is tax on the leave benefit (inside finance, not added again). */
    public static final String FINANCE_LEAVE_BENEFIT = "finance_leave_benefit";

    /**
     * Adds public_return_eur (groups finance, szw, vws, total and finance_leave_benefit) and net_public_cost_eur
     * (all) for every scenario, replication and year that has the amounts (wage_bill_eur paid, leave_cost_eur
     * public, bijstand_spending_eur, informal_care_hours) and a public_cost_eur total.
     */
    public static List<IndicatorRow> rows(List<IndicatorRow> rows, String reference, Map<String, Parameters> parametersByScenario) {
        Map<String, Double> v = new HashMap<>();
        for (IndicatorRow r : rows) v.put(key(r.scenario(), r.replication(), r.year(), r.indicator(), r.group()), r.value());
        List<IndicatorRow> out = new ArrayList<>();
        for (IndicatorRow r : rows) {
            if (!r.indicator().equals("public_cost_eur") || !r.group().equals("total")) continue;
            String s = r.scenario();
            int rep = r.replication(), y = r.year();
            Double wage = v.get(key(s, rep, y, "wage_bill_eur", "paid")), wageRef = v.get(key(reference, rep, y, "wage_bill_eur", "paid"));
            Double benefit = v.get(key(s, rep, y, "leave_cost_eur", "public")), benefitRef = v.get(key(reference, rep, y, "leave_cost_eur", "public"));
            Double bij = v.get(key(s, rep, y, "bijstand_spending_eur", "all")), bijRef = v.get(key(reference, rep, y, "bijstand_spending_eur", "all"));
            Double care = v.get(key(s, rep, y, "informal_care_hours", "all")), careRef = v.get(key(reference, rep, y, "informal_care_hours", "all"));
            if (wage == null || wageRef == null || benefit == null || benefitRef == null || bij == null || bijRef == null
                    || care == null || careRef == null) continue;
            Parameters p = parametersByScenario.get(s);
            double[] ret = returns(wage - wageRef, benefit - benefitRef, bijRef - bij, care - careRef, p);
            for (int k = 0; k < LINES.length; k++) out.add(new IndicatorRow(s, rep, y, "public_return_eur", LINES[k], ret[k]));
            out.add(new IndicatorRow(s, rep, y, "public_return_eur", FINANCE_LEAVE_BENEFIT, benefitTax(benefit - benefitRef, p)));
            out.add(new IndicatorRow(s, rep, y, "net_public_cost_eur", "all", r.value() - ret[LINES.length - 1]));
        }
        return out;
    }

    /**
     * Returns by line (finance, szw, vws, total) from the change in yearly gross wages paid, the change in the public
     * leave benefit paid, the bijstand saved and the change in weekly informal care hours (all scaled to the whole
     * population).
     */
    public static double[] returns(double wageChange, double leaveBenefitChange, double bijstandSaved, double informalHoursChange,
                                   Parameters p) {
        double finance = p.get("finance.tax_and_premium_rate") * wageChange + benefitTax(leaveBenefitChange, p);
        double vws = p.get("formal_care.substitution_rate") * informalHoursChange * PublicAccounts.WEEKS_PER_YEAR
                * p.get("formal_care.cost_per_hour_eur");
        return new double[] {finance, bijstandSaved, vws, finance + bijstandSaved + vws};
    }

    /** Income tax and national-insurance premiums on a change in the leave benefit paid. */
    static double benefitTax(double leaveBenefitChange, Parameters p) {
        return p.get("finance.leave_benefit_tax_rate") * leaveBenefitChange;
    }

    private static String key(String s, int rep, int y, String indicator, String group) {
        return s + '|' + rep + '|' + y + '|' + indicator + '|' + group;
    }
}
