package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import nl.mantelsim.population.Cells;
import nl.mantelsim.population.FittedPopulation;

/**
 * The take-up scale factors of care leave, solved so that the current law reproduces the 2023 use (CBS 2024,
 * care-labour/care_and_work_effects.csv) on the fitted base population: users = factor x sum over eligible employees
 * of the intensity weight (take-up is written relative to today's pay, see CareLeave, so pay does not enter here). The pool is counted on the base population of 2021, so the 2023 use is matched up to the
 * growth of working carers in two years (tested within a stated tolerance).
 */
public record LeaveCalibration(double paid, double unpaid, double holiday) implements Serializable {

    /** Employed carers in the base population (full scale), giving light and intensive care, and the three targets. */
    public record Pool(double light, double intensive, double usersPaid, double usersUnpaid, double usersHoliday)
            implements Serializable {

        public static Pool from(InputData in, FittedPopulation fit) {
            Table t = in.table(InputCatalog.CARE_AND_WORK);
            return new Pool(fit.sum(c -> Cells.employed(c) == 1 && Cells.care(c) == Cells.LIGHT_CARER),
                    fit.sum(c -> Cells.employed(c) == 1 && Cells.care(c) == Cells.INTENSIVE_CARER),
                    target(t, "leave_users_short_term_care_leave_paid_70pct"), target(t, "leave_users_long_term_care_leave_unpaid"),
                    target(t, "leave_users_holiday_days"));
        }

        private static double target(Table t, String quantity) {
            return t.one(quantity, r -> r.is("quantity", quantity)).number("value");
        }
    }

    public static LeaveCalibration of(Pool pool, double selfEmployedShare, double intensityRatio) {
        double employees = (1 - selfEmployedShare) * (pool.light() + pool.intensive());
        double weighted = (1 - selfEmployedShare) * (pool.light() + intensityRatio * pool.intensive());
        double paid = pool.usersPaid() / weighted;
        double unpaid = pool.usersUnpaid() / weighted;
        // Holiday days are counted among those who take no leave.
        double holiday = pool.usersHoliday() / (weighted * (1 - pool.usersPaid() / employees));
        return new LeaveCalibration(paid, unpaid, holiday);
    }
}
