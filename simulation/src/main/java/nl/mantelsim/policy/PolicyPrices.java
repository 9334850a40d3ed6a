package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;

/**
 * Legal amounts from care-labour/policy_parameters.csv (the most recent dated row of each). Costs are in these
 * prices throughout the run: no indexation yet, so yearly costs compare volumes, not nominal budgets.
 */
public record PolicyPrices(double minimumWageHourly, double maximumDailyWage, double bijstandCoupleNormMonthly,
                           double kostendelersMinimumAge, double wazoPayRate) implements Serializable {

    public static PolicyPrices from(InputData in) {
        Table t = in.table(InputCatalog.POLICY_PARAMETERS);
        return new PolicyPrices(latest(t, "minimum_wage_hourly_21plus"), latest(t, "maximum_daily_wage_social_insurance"),
                latest(t, "bijstand_norm_couple_incl_holiday_pay"), latest(t, "kostendelersnorm_minimum_age_of_cost_sharer"),
                latest(t, "short_term_care_leave_pay_rate"));
    }

    private static double latest(Table t, String parameter) {
        Table.Row best = null;
        for (Table.Row r : t.where(r -> r.is("parameter", parameter))) {
            if (best == null || r.text("valid_from").compareTo(best.text("valid_from")) > 0) best = r;
        }
        if (best == null) throw nl.mantelsim.data.InputError.of(t.file(), "no row for parameter '" + parameter + "'");
        return best.number("value");
    }
}
