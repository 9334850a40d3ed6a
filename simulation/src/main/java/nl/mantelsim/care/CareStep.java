package nl.mantelsim.care;

import static nl.mantelsim.population.Cells.AGES;

import nl.mantelsim.demography.DemographyRates;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * One year of care need and care giving for person i (already aged). Carers stop at a constant yearly rate (and
 * whenever their receiver died or left, see demography.Departures); adults start at the rate that keeps their
 * sex-and-age share at its target, where the target is the base-year share scaled by the demand pressure (care
 * receivers per potential carer relative to 2021) to the power of the demand elasticity: more old people in need
 * draw more people into caring. A new carer is linked to a partner or parent in need where there is one, and gives
 * hours that depend on that link ({@link CareHoursFactors}).
 */
public final class CareStep {
    private CareStep() {}

    /**
     * Returns true when the person started intensive care this year.
     *
     * @param startWeight     multiplies the chance of starting care: above 1 for part-time workers, below 1 for
     *                        full-timers, 1 for others (labour.LabourModel#careStartWeight)
     * @param intensiveWeight the same for the chance that a new episode is intensive (LabourModel#intensiveCareWeight)
     */
    public static boolean apply(PersonBlock b, int i, int year, long seed, CareModel m, double demandPressure,
                                DemographyRates rates, double startWeight, double intensiveWeight) {
        int sex = b.sex[i], age = b.age[i];
        long id = b.id[i];
        // The state is that of 1 January of next year: need depends on whether the person dies in that year.
        int next = year + 1;
        double q = rates.deathProbability(Math.min(next, rates.lastYear()), sex, age);
        boolean last = CareModel.lastYearOfLife(rates, next, sex, age, seed, id);
        b.careNeed[i] = (byte) (m.needsCare(seed, id, sex, age, b.position[i], q, last) ? 1 : 0);
        if (b.careHours[i] > 0) {
            // A short episode of light help (under 3 months) is over within the year; longer ones end at the stop rate.
            boolean shortEpisode = b.careHours[i] <= 8 && b.careMonths[i] < 3;
            if (shortEpisode || Draws.chance(m.stopRate, seed, id, year, Purpose.CARE_STOP)) CareLinks.unlink(b, i);
            else b.careMonths[i] = (short) Math.min(Short.MAX_VALUE, b.careMonths[i] + 12);
            return false;
        }
        if (age < 18) return false;
        double target = Math.min(0.9, m.baseCarerShare[sex * AGES + age] * Math.pow(demandPressure, m.demandElasticity));
        if (!Draws.chance(Math.min(1, startWeight * m.startRate(sex, age, target)), seed, id, year, Purpose.CARE_START)) return false;
        int episode = m.newEpisode(sex, age, seed, id, year, intensiveWeight);
        boolean intensive = episode == CareModel.INTENSIVE;
        // On 1 January a long episode has run 3-12 months, a short one under 3.
        double u = Draws.uniform(seed, id, year, Purpose.CARE_DURATION);
        b.careMonths[i] = (short) (episode == CareModel.SHORT_LIGHT ? 3 * u : 3 + 9 * u);
        startSpell(b, i, intensive, seed, year, m);
        return intensive;
    }

    /**
     * Links a new carer to the receiver, then draws the hours, which depend on the relation and on living with the
     * receiver. Also used for the carers of the base population, whose intensity class comes from the fit.
     */
    public static void startSpell(PersonBlock b, int i, boolean intensive, long seed, int year, CareModel m) {
        CareLinks.link(b, i, seed, year, m.shareNonKin());
        b.careHours[i] = m.drawHours(intensive, b, i, seed, year);
    }
}
