package nl.mantelsim.labour;

import static nl.mantelsim.population.PersonBlock.Event.*;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * One year of employment and hours for person i (already aged). Transitions keep the base-year employment profile
 * by age as cohorts move through it (entry and exit rates from the profile's slope plus a base turnover); at the AOW
 * age most employed persons retire and nobody starts work after it. An employed carer with a care load responds to
 * care in one of the ways of {@link WorkResponse}; care leave (the protection) makes every response less likely.
 *
 * <p>Hours cut for care stay cut after care ends but for a small yearly chance of going back (Josten et al. find
 * lasting reductions); a temporary stop and leave keep the contract, so the worker comes back at the same hours.
 */
public final class LabourStep {
    private LabourStep() {}

    /**
     * @param careLoad     from {@link LabourModel#careLoad}
     * @param protection   share of each work response avoided because of care leave; 0 without leave
     * @param newIntensive whether intensive care started this year
     * @param aowAge       the AOW age this year
     * @param ev           the block's event counters (responses, retirements, carers' income loss)
     */
    public static void apply(PersonBlock b, int i, int year, long seed, LabourModel m, double careLoad,
                             double protection, boolean newIntensive, int aowAge, long[] ev) {
        int sex = b.sex[i], age = b.age[i];
        long id = b.id[i];
        b.workResponse[i] = 0;
        if (age < 15 || age > 74) {
            stopWork(b, i);
            b.hoursCutForCare[i] = 0;
            return;
        }
        double r = m.employmentRate(sex, age), rPrev = m.employmentRate(sex, Math.max(age - 1, 0));
        if (b.employed[i] == 1) {
            if (age == aowAge && Draws.chance(m.retirementAtAow, seed, id, year, Purpose.RETIREMENT)) {
                stopWork(b, i);
                b.hoursCutForCare[i] = 0;
                ev[RETIREMENTS.ordinal()]++;
                return;
            }
            double exit = m.exitBase + (rPrev > r ? (rPrev - r) / rPrev : 0);
            if (Draws.uniform(seed, id, year, Purpose.EMPLOYMENT_EXIT) < exit) {
                stopWork(b, i);
                b.hoursCutForCare[i] = 0;
                return;
            }
            if (careLoad > 0) respond(b, i, year, seed, m, careLoad, protection, newIntensive, ev);
            else if (b.careHours[i] == 0 && b.hoursCutForCare[i] > 0
                    && Draws.chance(m.hoursRestoreRate, seed, id, year, Purpose.HOURS_RESTORE)) {
                b.workHours[i] += b.hoursCutForCare[i];
                b.hoursCutForCare[i] = 0;
            }
        } else if (age < aowAge) {
            double entry = r >= 1 ? 1 : m.exitBase * r / (1 - r) + (r > rPrev && rPrev < 1 ? (r - rPrev) / (1 - rPrev) : 0);
            if (Draws.uniform(seed, id, year, Purpose.EMPLOYMENT_ENTRY) < entry) {
                b.employed[i] = 1;
                b.workHours[i] = m.drawHours(sex, b.education[i], b.careHours[i], seed, id, year);
                b.hoursCutForCare[i] = 0;
                if (b.wage[i] == 0) b.wage[i] = m.drawWage(sex, b.education[i], seed, id, year);
            }
        } else {
            b.hoursCutForCare[i] = 0;
        }
        // Wages given up this year because of care: cut hours and, after leaving work for care, the former hours.
        if (b.hoursCutForCare[i] > 0) ev[lossEvent(sex).ordinal()] += Math.round(100.0 * 52 * b.hoursCutForCare[i] * b.wage[i]);
    }

    private static void respond(PersonBlock b, int i, int year, long seed, LabourModel m, double careLoad,
                                double protection, boolean newIntensive, long[] ev) {
        int sex = b.sex[i], age = b.age[i], edu = b.education[i], rel = b.careRelation[i];
        double load = Math.min(2, careLoad), keep = 1 - protection;
        double leave = load * m.extraExitIntensive[sex] * m.profiles.of(WorkResponse.LEAVE_WORK, age, edu, rel) * keep;
        double stop = load * m.stopTemporarily[sex] * m.profiles.of(WorkResponse.STOP_TEMPORARILY, age, edu, rel) * keep;
        double sick = load * m.sicknessAbsence[sex] * m.profiles.of(WorkResponse.SICKNESS_ABSENCE, age, edu, rel) * keep;
        double cut = newIntensive
                ? Math.min(1, careLoad) * m.hoursCutProbability[sex] * m.profiles.of(WorkResponse.REDUCE_HOURS, age, edu, rel) * keep
                : 0;
        double u = Draws.uniform(seed, b.id[i], year, Purpose.WORK_RESPONSE);
        boolean female = sex == PersonBlock.FEMALE;
        WorkResponse w;
        if (u < leave) {
            w = WorkResponse.LEAVE_WORK;
            b.hoursCutForCare[i] = b.workHours[i] + b.hoursCutForCare[i];
            stopWork(b, i);
            ev[(female ? LEFT_WORK_FEMALE : LEFT_WORK_MALE).ordinal()]++;
        } else if (u < leave + stop) {
            w = WorkResponse.STOP_TEMPORARILY;
            long lost = Math.round(100.0 * 52 * b.workHours[i] * b.wage[i] * m.temporaryStopMonths / 12);
            ev[lossEvent(sex).ordinal()] += lost;
            ev[WAGES_NOT_PAID_CENTS.ordinal()] += lost;
            ev[(female ? STOPPED_TEMPORARILY_FEMALE : STOPPED_TEMPORARILY_MALE).ordinal()]++;
        } else if (u < leave + stop + sick) {
            w = WorkResponse.SICKNESS_ABSENCE;
            ev[(female ? SICKNESS_ABSENCE_FEMALE : SICKNESS_ABSENCE_MALE).ordinal()]++;
        } else if (u < leave + stop + sick + cut) {
            w = WorkResponse.REDUCE_HOURS;
            float before = b.workHours[i];
            b.workHours[i] = (float) Math.max(m.minimumHours, before - m.hoursCut);
            b.hoursCutForCare[i] += before - b.workHours[i];
            ev[(female ? REDUCED_HOURS_FEMALE : REDUCED_HOURS_MALE).ordinal()]++;
        } else {
            w = WorkResponse.NONE;
            ev[NO_CHANGE.ordinal()]++;
        }
        b.workResponse[i] = (byte) w.ordinal();
    }

    static PersonBlock.Event lossEvent(int sex) {
        return sex == PersonBlock.FEMALE ? CARE_INCOME_LOSS_FEMALE_CENTS : CARE_INCOME_LOSS_MALE_CENTS;
    }

    private static void stopWork(PersonBlock b, int i) {
        b.employed[i] = 0;
        b.workHours[i] = 0;
    }
}
