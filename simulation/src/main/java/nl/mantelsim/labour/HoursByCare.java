package nl.mantelsim.labour;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import nl.mantelsim.population.FittedPopulation;

/**
 * The part-time share of a worker given sex, education and care status, so that the base population starts with
 * the hours gap SCP found: working intensive carers 31 hours a week, all working carers 33, non-carers 35
 * (SCP 2019 Werk en mantelzorg, workers with a job of 12 hours or more; care-labour/care_and_work_effects.csv).
 *
 * <p>The part-time share (under 35 hours) follows a logit with one shift per care status (light, intensive; 0 for
 * non-carers) and one level per sex x education. Each level is solved so that the share over all workers of that
 * sex and education, weighted by the fitted base population, stays CBS's (82647NED 2022); the part-timers' and
 * full-timers' hours are those of {@link LabourModel}, so CBS's mean hours by sex and education hold too. The two
 * shifts are solved so that, among workers of 12+ hours, intensive carers and all carers work SCP's gaps below
 * non-carers (31 - 35 and 33 - 35). The gaps are fitted rather than the levels: SCP's survey of 2018 and CBS's hours
 * of 2022 differ in population and year, and CBS's hours by sex and education win. Care status is the person's
 * own composition otherwise (more women and older workers among intensive carers), which the fit already carries.
 */
final class HoursByCare implements Serializable {
    /** By (sex * EDUCATION_LEVELS + education) * CARE_STATES + care status. */
    private final double[] partTimeShare = new double[2 * EDUCATION_LEVELS * CARE_STATES];
    final double lightShift, intensiveShift, minimumJobHours;
    /** The odds ratios the shifts stand for, read the other way in the projection (LabourModel.careStartWeight). */
    final double startOdds, intensiveOdds;
    final double targetGapIntensive, targetGapCarers;

    /**
     * @param groupShare  CBS's part-time share by sex x education
     * @param ptMin       part-timers' hours are uniform on [ptMin, ptTop], by sex x education (LabourModel)
     * @param ptTop       see ptMin
     * @param fullTimeMin full-timers' hours are uniform on [fullTimeMin, ftMax] (35 upwards)
     * @param ftMax       see fullTimeMin, by sex x education
     */
    HoursByCare(InputData in, FittedPopulation fit, double[] groupShare, double[] ptMin, double[] ptTop,
                double fullTimeMin, double[] ftMax) {
        Table effects = in.table(InputCatalog.CARE_AND_WORK);
        double intensive = quantity(effects, "weekly_work_hours_intensive_carers");
        double carers = quantity(effects, "weekly_work_hours_carers");
        double nonCarers = quantity(effects, "weekly_work_hours_non_carers");
        minimumJobHours = quantity(effects, "scp_work_and_care_minimum_job_hours");
        targetGapIntensive = intensive - nonCarers;
        targetGapCarers = carers - nonCarers;

        int groups = 2 * EDUCATION_LEVELS;
        double[] workers = new double[groups * CARE_STATES];
        double[] w = fit.weights();
        for (int c = 0; c < COUNT; c++) {
            if (w[c] > 0 && employed(c) == 1) workers[(sex(c) * EDUCATION_LEVELS + education(c)) * CARE_STATES + care(c)] += w[c];
        }
        Expected e = new Expected(workers, groupShare, ptMin, ptTop, fullTimeMin, ftMax, minimumJobHours);
        // Two shifts, two gaps: solve each in turn for the other's current value; both gaps move mostly with their
        // own shift, so this settles in a few rounds.
        double light = 0, heavy = 0;
        for (int round = 0; round < 100; round++) {
            double l = light, h = heavy;
            heavy = bisect(x -> e.gaps(l, x)[0] - targetGapIntensive);
            double h2 = heavy;
            light = bisect(x -> e.gaps(x, h2)[1] - targetGapCarers);
            if (Math.abs(light - l) < 1e-10 && Math.abs(heavy - h) < 1e-10) break;
        }
        lightShift = light;
        intensiveShift = heavy;
        startOdds = Math.exp(light);
        intensiveOdds = Math.exp(heavy - light);
        System.arraycopy(e.shares(light, heavy), 0, partTimeShare, 0, partTimeShare.length);
    }

    double partTimeShare(int sex, int education, int careStatus) {
        return partTimeShare[(sex * EDUCATION_LEVELS + education) * CARE_STATES + careStatus];
    }

    /** The care status of a person from weekly care hours, as in the base population's cells. */
    static int careStatus(double careHours) {
        return careHours <= 0 ? NON_CARER : careHours > 8 ? INTENSIVE_CARER : LIGHT_CARER;
    }

    private static double quantity(Table t, String q) {
        return t.one(q, r -> r.is("quantity", q) && r.is("sex", "all")).number("value");
    }

    /** Root of a function that falls with x (a shift that raises part-time lowers hours), on [-8, 8]. */
    private static double bisect(java.util.function.DoubleUnaryOperator f) {
        double lo = -8, hi = 8;
        if (f.applyAsDouble(lo) < 0) return lo;
        if (f.applyAsDouble(hi) > 0) return hi;
        for (int k = 0; k < 200 && hi - lo > 1e-12; k++) {
            double mid = 0.5 * (lo + hi);
            if (f.applyAsDouble(mid) > 0) lo = mid; else hi = mid;
        }
        return 0.5 * (lo + hi);
    }

    /** Expected hours of the fitted workers for given shifts (exact for the uniform hours of LabourModel). */
    private record Expected(double[] workers, double[] groupShare, double[] ptMin, double[] ptTop, double fullTimeMin,
                            double[] ftMax, double minimumJobHours) {

        double[] shares(double light, double intensive) {
            double[] shift = {0, light, intensive};
            double[] p = new double[workers.length];
            for (int k = 0; k < groupShare.length; k++) {
                double total = 0;
                for (int s = 0; s < CARE_STATES; s++) total += workers[k * CARE_STATES + s];
                double target = groupShare[k] * total;
                double lo = -30, hi = 30;
                for (int it = 0; it < 200 && hi - lo > 1e-13; it++) {
                    double a = 0.5 * (lo + hi), sum = 0;
                    for (int s = 0; s < CARE_STATES; s++) sum += workers[k * CARE_STATES + s] * logistic(a + shift[s]);
                    if (sum > target) hi = a; else lo = a;
                }
                double a = 0.5 * (lo + hi);
                for (int s = 0; s < CARE_STATES; s++) p[k * CARE_STATES + s] = logistic(a + shift[s]);
            }
            return p;
        }

        /** Mean hours among workers of minimumJobHours or more: intensive minus non-carers, carers minus non-carers. */
        double[] gaps(double light, double intensive) {
            double[] p = shares(light, intensive);
            double[] hours = new double[CARE_STATES], count = new double[CARE_STATES];
            for (int k = 0; k < groupShare.length; k++) {
                // Part-timers' hours are uniform on [ptMin, ptTop]: the part at or above the threshold and its mean.
                double from = Math.max(minimumJobHours, ptMin[k]);
                double above = ptTop[k] > from ? (ptTop[k] - from) / (ptTop[k] - ptMin[k]) : 0;
                double ptMean = (from + ptTop[k]) / 2, ftMean = (fullTimeMin + ftMax[k]) / 2;
                for (int s = 0; s < CARE_STATES; s++) {
                    double n = workers[k * CARE_STATES + s], q = p[k * CARE_STATES + s];
                    hours[s] += n * (q * above * ptMean + (1 - q) * ftMean);
                    count[s] += n * (q * above + (1 - q));
                }
            }
            double non = hours[NON_CARER] / count[NON_CARER];
            double carers = (hours[LIGHT_CARER] + hours[INTENSIVE_CARER]) / (count[LIGHT_CARER] + count[INTENSIVE_CARER]);
            return new double[] {hours[INTENSIVE_CARER] / count[INTENSIVE_CARER] - non, carers - non};
        }

        private static double logistic(double x) { return 1 / (1 + Math.exp(-x)); }
    }
}
