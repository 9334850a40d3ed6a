package nl.mantelsim.report;

import static nl.mantelsim.population.PersonBlock.Event.*;
import static nl.mantelsim.report.Tally.Stock.*;

import nl.mantelsim.population.PersonBlock.Event;

/**
 * The labour, gender, leave and public-finance indicators of issue 5, from the same integer tallies as the rest.
 * Stocks are on 1 January; flows, weeks and money over the calendar year. The public returns, which need the
 * baseline, are added after the run (cost.PublicReturns).
 */
final class LabourIndicators {
    private LabourIndicators() {}

    static void stocks(IndicatorBuilder ib, int year, long[] t, double fteHours) {
        long wf = Tally.stock(t, WORKING_CARERS_FEMALE), wm = Tally.stock(t, WORKING_CARERS_MALE);
        ib.add(year, "working_carers", "female", ib.count(wf));
        ib.add(year, "working_carers", "male", ib.count(wm));
        bySex(ib, year, "working_intensive_carers", Tally.stock(t, WORKING_INTENSIVE_CARERS_FEMALE), Tally.stock(t, WORKING_INTENSIVE_CARERS_MALE));
        long ef = Tally.stock(t, EMPLOYED_16_69_FEMALE), em = Tally.stock(t, EMPLOYED_16_69_MALE);
        long cf = Tally.stock(t, EMPLOYED_CARERS_16_69_FEMALE), cm = Tally.stock(t, EMPLOYED_CARERS_16_69_MALE);
        ib.add(year, "share_of_workers_16_69_who_care", "all", ratio(cf + cm, ef + em));
        ib.add(year, "share_of_workers_16_69_who_care", "female", ratio(cf, ef));
        ib.add(year, "share_of_workers_16_69_who_care", "male", ratio(cm, em));
        bySex(ib, year, "cohabiting_carers", Tally.stock(t, COHABITING_CARERS_FEMALE), Tally.stock(t, COHABITING_CARERS_MALE));
        bySex(ib, year, "employees_reduced_hours_for_care", Tally.stock(t, REDUCED_HOURS_FOR_CARE_FEMALE), Tally.stock(t, REDUCED_HOURS_FOR_CARE_MALE));
        long intensive = Tally.stock(t, WORKING_INTENSIVE_CARERS_FEMALE) + Tally.stock(t, WORKING_INTENSIVE_CARERS_MALE);
        ib.add(year, "mean_work_hours", "intensive_carers", Tally.stock(t, WORK_MILLIHOURS_INTENSIVE_CARERS) / 1000.0 / intensive);
        ib.add(year, "mean_work_hours", "non_carers", Tally.stock(t, WORK_MILLIHOURS_NON_CARERS) / 1000.0 / Tally.stock(t, EMPLOYED_NON_CARERS));
        jobOf12Hours(ib, year, t);
        // FTE per person aged 15-74, men minus women: the gap in paid work that combines participation and hours.
        double fteF = Tally.stock(t, WORK_MILLIHOURS_FEMALE) / 1000.0 / fteHours / Tally.stock(t, POP_15_74_FEMALE);
        double fteM = Tally.stock(t, WORK_MILLIHOURS_MALE) / 1000.0 / fteHours / Tally.stock(t, POP_15_74_MALE);
        ib.add(year, "gender_gap_fte", "all", fteM - fteF);
    }

    /** Mean hours among workers with a job of 12+ hours, the population of SCP (2019): 31, 33 and 35 hours. */
    private static void jobOf12Hours(IndicatorBuilder ib, int year, long[] t) {
        long nf = Tally.stock(t, JOB12_INTENSIVE_FEMALE), nm = Tally.stock(t, JOB12_INTENSIVE_MALE);
        long hf = Tally.stock(t, JOB12_MILLIHOURS_INTENSIVE_FEMALE), hm = Tally.stock(t, JOB12_MILLIHOURS_INTENSIVE_MALE);
        ib.add(year, "mean_work_hours", "intensive_carers_12h", hours(hf + hm, nf + nm));
        ib.add(year, "mean_work_hours", "intensive_carers_12h_female", hours(hf, nf));
        ib.add(year, "mean_work_hours", "intensive_carers_12h_male", hours(hm, nm));
        ib.add(year, "mean_work_hours", "carers_12h", hours(Tally.stock(t, JOB12_MILLIHOURS_CARERS), Tally.stock(t, JOB12_CARERS)));
        ib.add(year, "mean_work_hours", "non_carers_12h", hours(Tally.stock(t, JOB12_MILLIHOURS_NON_CARERS), Tally.stock(t, JOB12_NON_CARERS)));
    }

    private static double hours(long millihours, long workers) { return workers == 0 ? Double.NaN : millihours / 1000.0 / workers; }

    static void flows(IndicatorBuilder ib, int year, long[] t) {
        long rf = ev(t, REDUCED_HOURS_FEMALE), rm = ev(t, REDUCED_HOURS_MALE);
        long sf = ev(t, STOPPED_TEMPORARILY_FEMALE), sm = ev(t, STOPPED_TEMPORARILY_MALE);
        long lf = ev(t, LEFT_WORK_FEMALE), lm = ev(t, LEFT_WORK_MALE);
        long kf = ev(t, SICKNESS_ABSENCE_FEMALE), km = ev(t, SICKNESS_ABSENCE_MALE);
        ib.add(year, "work_responses", "reduce_hours", ib.count(rf + rm));
        ib.add(year, "work_responses", "stop_temporarily", ib.count(sf + sm));
        ib.add(year, "work_responses", "leave_work", ib.count(lf + lm));
        ib.add(year, "work_responses", "sickness_absence", ib.count(kf + km));
        ib.add(year, "work_responses", "no_change", ib.count(ev(t, NO_CHANGE)));
        bySex(ib, year, "employees_stopped_work_for_care", sf + lf, sm + lm);
        ib.add(year, "employees_stopped_work_for_care", "temporarily", ib.count(sf + sm));
        ib.add(year, "employees_stopped_work_for_care", "left_work", ib.count(lf + lm));
        bySex(ib, year, "sickness_absence_care", kf, km);
        ib.add(year, "retirements", "all", ib.count(ev(t, RETIREMENTS)));

        ib.add(year, "leave_users", "all", ib.count(ev(t, LEAVE_TAKERS)));
        ib.add(year, "leave_users", "paid", ib.count(ev(t, LEAVE_USERS_PAID)));
        ib.add(year, "leave_users", "unpaid", ib.count(ev(t, LEAVE_USERS_UNPAID)));
        ib.add(year, "leave_users", "long", ib.count(ev(t, LEAVE_USERS_LONG)));
        ib.add(year, "leave_users", "holiday_days", ib.count(ev(t, LEAVE_USERS_HOLIDAY_DAYS)));
        long we = ev(t, LEAVE_MILLIWEEKS_EMPLOYER), wp = ev(t, LEAVE_MILLIWEEKS_PUBLIC), wu = ev(t, LEAVE_MILLIWEEKS_UNPAID);
        ib.add(year, "leave_weeks", "employer_paid", ib.count(we) / 1000.0);
        ib.add(year, "leave_weeks", "public_paid", ib.count(wp) / 1000.0);
        ib.add(year, "leave_weeks", "unpaid", ib.count(wu) / 1000.0);
        ib.add(year, "leave_weeks", "all", ib.count(we + wp + wu) / 1000.0);
        long employer = ev(t, COST_LEAVE_EMPLOYER_CENTS), publicLeave = ev(t, COST_PAID_LEAVE_CENTS), worker = ev(t, LEAVE_INCOME_LOSS_CENTS);
        ib.add(year, "leave_cost_eur", "employer", ib.count(employer) / 100.0);
        ib.add(year, "leave_cost_eur", "public", ib.count(publicLeave) / 100.0);
        ib.add(year, "leave_cost_eur", "worker", ib.count(worker) / 100.0);
        ib.add(year, "respite_users", "all", ib.count(ev(t, RESPITE_USERS)));

        long lossF = ev(t, CARE_INCOME_LOSS_FEMALE_CENTS), lossM = ev(t, CARE_INCOME_LOSS_MALE_CENTS);
        ib.add(year, "income_loss_carers_eur", "all", ib.count(lossF + lossM) / 100.0);
        ib.add(year, "income_loss_carers_eur", "female", ib.count(lossF) / 100.0);
        ib.add(year, "income_loss_carers_eur", "male", ib.count(lossM) / 100.0);

        // Cost lines by ministry: SZW pays the leave benefit and bijstand, VWS respijtzorg; employers (continued pay
        // during leave and during care-related sickness absence) are not public money and not in the total.
        long kdn = ev(t, COST_KOSTENDELERSNORM_CENTS), respite = ev(t, COST_RESPIJTZORG_CENTS), sick = ev(t, COST_SICKNESS_EMPLOYER_CENTS);
        ib.add(year, "public_cost_eur", "szw", ib.count(publicLeave + kdn) / 100.0);
        ib.add(year, "public_cost_eur", "vws", ib.count(respite) / 100.0);
        ib.add(year, "public_cost_eur", "employers", ib.count(employer + sick) / 100.0);
        ib.add(year, "public_cost_eur", "employers_leave", ib.count(employer) / 100.0);
        ib.add(year, "public_cost_eur", "employers_sickness", ib.count(sick) / 100.0);
        long wages = ev(t, WAGE_BILL_CENTS);
        ib.add(year, "wage_bill_eur", "all", ib.count(wages) / 100.0);
        ib.add(year, "wage_bill_eur", "paid", ib.count(wages - ev(t, WAGES_NOT_PAID_CENTS)) / 100.0);
        ib.add(year, "bijstand_spending_eur", "all", ib.count(ev(t, BIJSTAND_SPENDING_CENTS)) / 100.0);
        ib.add(year, "informal_care_hours", "all", ib.count(ev(t, INFORMAL_CARE_MILLIHOURS)) / 1000.0);
    }

    private static void bySex(IndicatorBuilder ib, int year, String indicator, long female, long male) {
        ib.add(year, indicator, "all", ib.count(female + male));
        ib.add(year, indicator, "female", ib.count(female));
        ib.add(year, indicator, "male", ib.count(male));
    }

    private static long ev(long[] t, Event e) { return Tally.event(t, e); }

    private static double ratio(long a, long b) { return b == 0 ? Double.NaN : (double) a / b; }
}
