package nl.mantelsim.labour;

import static nl.mantelsim.population.Cells.*;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.FittedPopulation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Employment, hours and wages, and how intensive care changes them.
 *
 * <p>Hours (CBS 82647NED 2022): the mean usual hours and the part-time share (under 35 hours) by sex and
 * education. Part-timers (under 35 hours) work the default mean of parameters.csv and full-timers whatever makes
 * the group's mean right, within a plausible range; where that range binds, the part-timers' mean is solved
 * instead. Hours are uniform around each mean. Carers work part-time more often and the other workers of their sex
 * and education less, so that the gaps SCP found hold while CBS's shares do ({@link HoursByCare}). Wages: log-normal around CBS's 2021 mean hourly wage by sex, with
 * assumed education premiums.
 *
 * <p>Care effects ({@link LabourStep}), in proportion to care hours above 8 a week relative to the mean intensive
 * carer and by sex: a yearly chance to leave work (assumption, informed by Kolodziej et al. 2018), to stop for part
 * of the year, or to fall ill for a long time (assumptions), and in the first year of intensive care a chance to cut
 * hours equal to the excess found by Josten et al. (women 19% vs 12% for non-carers; no effect for men). Each is
 * scaled by age, education and relation ({@link WorkResponseProfiles}).
 */
public final class LabourModel implements Serializable {
    final double[] employmentRate = new double[2 * AGES];
    /** By sex * EDUCATION_LEVELS + education. */
    final double[] partTimeShare = new double[6], partTimeMin = new double[6], partTimeTop = new double[6];
    final double[] fullTimeMax = new double[6], wageMean = new double[6];
    final double partTimeMax, fullTimeMin;
    final double wageLogSd;
    final double exitBase;
    final double[] extraExitIntensive = new double[2];
    final double[] hoursCutProbability = new double[2];
    final double hoursCut, minimumHours;
    final double[] stopTemporarily = new double[2], sicknessAbsence = new double[2];
    final double temporaryStopMonths, hoursRestoreRate, retirementAtAow;
    final WorkResponseProfiles profiles;
    final HoursByCare hoursByCare;

    public LabourModel(InputData in, FittedPopulation fit) {
        Parameters p = in.parameters();
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < AGES; a++) employmentRate[sex * AGES + a] = fit.employmentRate(sex, a);
        }
        Table wh = in.table(InputCatalog.WORKING_HOURS);
        fullTimeMin = p.get("hours.full_time_min");
        partTimeMax = fullTimeMin - 1;
        double ptDefault = p.get("hours.part_time_mean_default");
        double ftLow = p.get("hours.full_time_mean_min"), ftHigh = p.get("hours.full_time_mean_max");
        double[] relativeWage = {p.get("wage.relative_low_education"), 1.0, p.get("wage.relative_high_education")};
        for (int sex = 0; sex < 2; sex++) {
            String s = sexName(sex);
            double employedAll = 0, weightedRelative = 0;
            double[] employed = new double[EDUCATION_LEVELS];
            for (int e = 0; e < EDUCATION_LEVELS; e++) {
                String group = "education " + EDUCATION_NAMES[e];
                int k = sex * EDUCATION_LEVELS + e;
                employed[e] = value(wh, "employed_thousands", s, group);
                partTimeShare[k] = value(wh, "part_time_thousands", s, group) / employed[e];
                double mean = value(wh, "mean_usual_weekly_hours", s, group), pt = partTimeShare[k];
                // Part-timers at the default mean unless that puts full-timers' mean out of range; then solve for it.
                double ftMean = Math.max(ftLow, Math.min(ftHigh, (mean - pt * ptDefault) / (1 - pt)));
                double ptMean = Math.max(2, Math.min(partTimeMax - 1, (mean - (1 - pt) * ftMean) / pt));
                fullTimeMax[k] = 2 * ftMean - fullTimeMin;
                // Uniform with the wanted mean: [2m - top, top] when the mean is high enough, else [1, 2m - 1].
                partTimeTop[k] = 2 * ptMean - 1 <= partTimeMax && ptMean < (1 + partTimeMax) / 2 ? 2 * ptMean - 1 : partTimeMax;
                partTimeMin[k] = partTimeTop[k] == partTimeMax ? 2 * ptMean - partTimeMax : 1;
                employedAll += employed[e];
                weightedRelative += employed[e] * relativeWage[e];
            }
            // Education premiums (assumed) scaled so that the mean over employed persons is CBS's mean wage by sex.
            double mean = value(wh, "mean_gross_hourly_wage_eur", s, "employees");
            for (int e = 0; e < EDUCATION_LEVELS; e++) wageMean[sex * EDUCATION_LEVELS + e] = mean * relativeWage[e] * employedAll / weightedRelative;
        }
        hoursByCare = new HoursByCare(in, fit, partTimeShare, partTimeMin, partTimeTop, fullTimeMin, fullTimeMax);
        wageLogSd = p.get("wage.log_sd");
        exitBase = p.get("labour.exit_rate_base");
        extraExitIntensive[0] = p.get("labour.extra_exit_intensive_male");
        extraExitIntensive[1] = p.get("labour.extra_exit_intensive_female");
        Table effects = in.table(InputCatalog.CARE_AND_WORK);
        double womenCarers = effects.one("hours_reduction_probability_after_starting_intensive_care",
                r -> r.is("quantity", "hours_reduction_probability_after_starting_intensive_care")).number("value");
        double womenNonCarers = effects.one("hours_reduction_probability_staying_non_carer",
                r -> r.is("quantity", "hours_reduction_probability_staying_non_carer")).number("value");
        hoursCutProbability[1] = womenCarers - womenNonCarers;
        hoursCutProbability[0] = effects.one("hours_reduction_effect_of_starting_care",
                r -> r.is("quantity", "hours_reduction_effect_of_starting_care") && r.is("sex", "male")).number("value");
        hoursCut = p.get("labour.hours_cut_size");
        minimumHours = p.get("labour.minimum_hours");
        stopTemporarily[0] = p.get("labour.stop_temporarily_male");
        stopTemporarily[1] = p.get("labour.stop_temporarily_female");
        sicknessAbsence[0] = p.get("labour.sickness_absence_male");
        sicknessAbsence[1] = p.get("labour.sickness_absence_female");
        temporaryStopMonths = p.get("labour.temporary_stop_months");
        hoursRestoreRate = p.get("labour.hours_restore_rate_after_care");
        retirementAtAow = p.get("labour.retirement_at_aow");
        profiles = new WorkResponseProfiles(in);
    }

    private static double value(Table t, String measure, String sex, String group) {
        return t.one(measure + " " + sex + " " + group,
                r -> r.is("measure", measure) && r.is("sex", sex) && r.is("group", group)).number("value");
    }

    /** The least weekly hours of the workers SCP compares carers' hours among (12). */
    public double minimumJobHours() { return hoursByCare.minimumJobHours; }

    /*
     * Selection into care by hours. The base population associates part-time work with care ({@link HoursByCare}:
     * the odds of part-time are exp(shift) times higher for carers than for non-carers). An odds ratio reads both
     * ways, so among workers the odds of starting care are exp(light shift) times higher for part-timers, and among
     * those who start, the odds of an intensive episode exp(intensive - light shift) times higher. Without this, new
     * carers would be drawn from all workers alike and SCP's hours gap would fade as the base year's carers stop.
     * Each weight is normalised to a mean of 1 over the workers of the sex and education at their part-time share,
     * so the numbers of carers and intensive carers are unchanged.
     */

    /** Multiplies a worker's chance of starting care (1 for a person without work). */
    public double careStartWeight(nl.mantelsim.population.PersonBlock b, int i) {
        if (b.employed[i] != 1) return 1;
        double p = hoursByCare.partTimeShare(b.sex[i], b.education[i], HoursByCare.careStatus(0));
        return weight(b.workHours[i] < fullTimeMin, hoursByCare.startOdds, p);
    }

    /** Multiplies the chance that a new episode of a worker is intensive (1 for a person without work). */
    public double intensiveCareWeight(nl.mantelsim.population.PersonBlock b, int i) {
        if (b.employed[i] != 1) return 1;
        double p = hoursByCare.partTimeShare(b.sex[i], b.education[i], HoursByCare.careStatus(0));
        double starters = p * hoursByCare.startOdds / (p * hoursByCare.startOdds + 1 - p); // part-time share of starters
        return weight(b.workHours[i] < fullTimeMin, hoursByCare.intensiveOdds, starters);
    }

    private static double weight(boolean partTime, double odds, double partTimeShare) {
        return (partTime ? odds : 1) / (partTimeShare * odds + 1 - partTimeShare);
    }

    /** The solved logit shifts of the part-time share of light and intensive carers (for the fit notes). */
    public double[] partTimeShiftsForCare() { return new double[] {hoursByCare.lightShift, hoursByCare.intensiveShift}; }

    public double employmentRate(int sex, int age) { return employmentRate[sex * AGES + Math.min(age, AGES - 1)]; }

    /** Usual weekly hours of a worker; part-time more often for carers ({@link HoursByCare}). */
    public float drawHours(int sex, int education, double careHours, long seed, long id, int year) {
        int k = sex * EDUCATION_LEVELS + education;
        double u = Draws.uniform(seed, id, year, Purpose.WORK_HOURS, 0);
        double v = Draws.uniform(seed, id, year, Purpose.WORK_HOURS, 1);
        if (u < hoursByCare.partTimeShare(sex, education, HoursByCare.careStatus(careHours))) return (float) (partTimeMin[k] + v * (partTimeTop[k] - partTimeMin[k]));
        return (float) (fullTimeMin + v * (fullTimeMax[k] - fullTimeMin));
    }

    public float drawWage(int sex, int education, long seed, long id, int year) {
        UniformRandomProvider rng = Draws.stream(seed, id, year, Purpose.WAGE);
        double z = ZigguratSampler.NormalizedGaussian.of(rng).sample();
        double mu = Math.log(wageMean[sex * EDUCATION_LEVELS + education]) - wageLogSd * wageLogSd / 2;
        return (float) Math.exp(mu + wageLogSd * z);
    }

    /** 0 for up to 8 hours of care; 1 at the mean intensive carer's hours; capped at 2. */
    public static double careLoad(double effectiveCareHours, double meanIntensiveHours) {
        if (effectiveCareHours <= 8) return 0;
        return Math.min(2, (effectiveCareHours - 8) / (meanIntensiveHours - 8));
    }
}
