package nl.mantelsim.policy;

import static nl.mantelsim.population.PersonBlock.Event.*;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Care leave (Wet arbeid en zorg) under one of three regimes, all written as parameters: current law (2 weeks at
 * 70% paid by the employer; 6 weeks unpaid as a separate long-term leave), the cabinet plan (one 8-week leave, the
 * first 2 weeks at 70% by the employer) and the SER proposal (8 weeks at 70% as a public benefit). The pay is 70%
 * of the wage, the daily wage capped at the maximumdagloon, and at least the minimum wage for the hours.
 *
 * <p>Employees with a care situation are eligible; the self-employed (a fixed share of workers, assumption) are not.
 * Take-up is proportional to 1 + e x replacement rate, relative to the replacement today's short leave gives the same
 * employee, and is higher for intensive carers; the two scale factors are
 * calibrated on the base population so that the current law gives the 2023 use (CBS 2024: 74,000 users of the paid
 * short leave, 6,000 of the unpaid long leave). One keyed draw orders each employee's need for leave, so a longer or
 * better-paid leave adds users without reshuffling the others. Employees who take no leave may use holiday days
 * instead (158,000 in 2023, calibrated the same way). A leave lowers the chance of every work response in
 * proportion to its length (assumption: no Dutch estimate).
 */
public final class CareLeave implements Serializable {
    /** What an employee took this year; stored in PersonBlock.onLeave. */
    public enum Use { NONE, SHORT, LONG }

    /** Weeks of the short leave in current law: a longer leave is "long" (Wazo art. 5:1 against 5:9). */
    static final double SHORT_WEEKS = 2;
    /** A leave of this many weeks gives the full effectiveness (the cabinet's and the SER's total). */
    static final double FULL_PROTECTION_WEEKS = 8;

    final boolean publicBenefit, singleLeave;
    final double paidWeeks, unpaidWeeks, payRate, payElasticity, intensityRatio, continuationFactor;
    final double weeksUsedShare, effectiveness, selfEmployedShare;
    final LeaveCalibration calibration;
    final PolicyPrices prices;

    public CareLeave(Parameters p, PolicyPrices prices, LeaveCalibration.Pool pool) {
        publicBenefit = p.get("paid_leave.enabled") >= 0.5;
        singleLeave = p.get("paid_leave.single_leave") >= 0.5;
        paidWeeks = p.get("paid_leave.weeks");
        unpaidWeeks = p.get("paid_leave.unpaid_weeks");
        payRate = p.get("paid_leave.pay_rate");
        payElasticity = p.get("paid_leave.pay_elasticity");
        intensityRatio = p.get("paid_leave.intensity_ratio");
        continuationFactor = p.get("paid_leave.continuation_factor");
        weeksUsedShare = p.get("paid_leave.weeks_used_share");
        effectiveness = p.get("paid_leave.effectiveness");
        selfEmployedShare = p.get("labour.self_employed_share");
        this.prices = prices;
        calibration = LeaveCalibration.of(pool, selfEmployedShare, intensityRatio);
    }

    /** Weekly pay during paid leave: the rate times the wage with the daily wage capped, at least the minimum wage. */
    public static double weeklyPay(double hours, double hourlyWage, double payRate, PolicyPrices prices) {
        double weekly = hours * hourlyWage;
        double capped = Math.min(weekly, 5 * prices.maximumDailyWage());
        double floor = Math.min(weekly, prices.minimumWageHourly() * hours);
        return Math.max(payRate * capped, floor);
    }

    /** Whether a worker is self-employed: fixed for a person, so the same people lack the right every year. */
    public boolean selfEmployed(long seed, long id) {
        return Draws.uniform(seed, id, nl.mantelsim.engine.Model.BASE_DRAW_YEAR, Purpose.SELF_EMPLOYED) < selfEmployedShare;
    }

    /**
     * Decides this year's leave of person i (before the work responses) and records users, weeks and payments in
     * the block's events; returns the share of each work response the leave avoids.
     */
    public double take(PersonBlock b, int i, int year, long seed, long[] ev) {
        b.onLeave[i] = 0;
        if (b.employed[i] == 0 || b.careHours[i] <= 0 || selfEmployed(seed, b.id[i])) return 0;
        double w = b.careHours[i] > 8 ? intensityRatio : 1;
        double weekly = b.workHours[i] * b.wage[i];
        double pay = weeklyPay(b.workHours[i], b.wage[i], payRate, prices);
        double replacement = weekly > 0 ? Math.min(1, pay / weekly) : 0;
        double total = paidWeeks + unpaidWeeks, firstPart = Math.min(SHORT_WEEKS, total), rest = total - firstPart;
        double restPaid = Math.max(0, paidWeeks - SHORT_WEEKS);
        // Take-up relative to today's short leave for this employee, so the calibration holds for every wage.
        double today = Math.min(1, weeklyPay(b.workHours[i], b.wage[i], prices.wazoPayRate(), prices) / Math.max(weekly, 1e-9));
        double pFirst = paidWeeks > 0 ? calibration.paid() * w * (1 + payElasticity * replacement) / (1 + payElasticity * today)
                : calibration.unpaid() * w;
        double restReplacement = rest > 0 ? replacement * restPaid / rest : 0;
        double pLong = rest > 0 ? calibration.unpaid() * w * (1 + payElasticity * restReplacement) * (singleLeave ? continuationFactor : 1) : 0;
        pFirst = Math.min(0.95, pFirst);
        pLong = Math.min(0.95, pLong);
        double u = Draws.uniform(seed, b.id[i], year, Purpose.LEAVE_TAKEUP);
        if (u >= Math.max(pFirst, pLong)) {
            if (Draws.chance(Math.min(0.95, calibration.holiday() * w), seed, b.id[i], year, Purpose.HOLIDAY_DAYS_FOR_CARE)) {
                ev[LEAVE_USERS_HOLIDAY_DAYS.ordinal()]++;
            }
            return 0;
        }
        boolean isLong = u < pLong;
        double entitled = isLong ? total : firstPart;
        double paidUsed = weeksUsedShare * Math.min(paidWeeks, entitled), unpaidUsed = weeksUsedShare * entitled - paidUsed;
        b.onLeave[i] = (byte) (isLong ? Use.LONG : Use.SHORT).ordinal();
        ev[LEAVE_TAKERS.ordinal()]++;
        if (paidUsed > 0) ev[LEAVE_USERS_PAID.ordinal()]++;
        if (unpaidUsed > 0) ev[LEAVE_USERS_UNPAID.ordinal()]++;
        if (isLong) ev[LEAVE_USERS_LONG.ordinal()]++;
        ev[(publicBenefit ? LEAVE_MILLIWEEKS_PUBLIC : LEAVE_MILLIWEEKS_EMPLOYER).ordinal()] += Math.round(1000 * paidUsed);
        ev[LEAVE_MILLIWEEKS_UNPAID.ordinal()] += Math.round(1000 * unpaidUsed);
        long payCents = Math.round(100 * paidUsed * pay);
        ev[(publicBenefit ? COST_PAID_LEAVE_CENTS : COST_LEAVE_EMPLOYER_CENTS).ordinal()] += payCents;
        long lossCents = Math.round(100 * (paidUsed * Math.max(0, weekly - pay) + unpaidUsed * weekly));
        ev[LEAVE_INCOME_LOSS_CENTS.ordinal()] += lossCents;
        // The wage bill counts a full year of hours: the weeks the employer did not pay come off the taxed wages.
        ev[WAGES_NOT_PAID_CENTS.ordinal()] += lossCents + (publicBenefit ? payCents : 0);
        ev[(b.sex[i] == PersonBlock.FEMALE ? CARE_INCOME_LOSS_FEMALE_CENTS : CARE_INCOME_LOSS_MALE_CENTS).ordinal()] += lossCents;
        return effectiveness * Math.min(1, entitled / FULL_PROTECTION_WEEKS);
    }
}
