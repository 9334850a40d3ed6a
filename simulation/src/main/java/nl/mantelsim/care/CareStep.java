package nl.mantelsim.care;

import static nl.mantelsim.population.Cells.AGES;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * One year of care need and care giving for person i (already aged). Carers stop at a constant yearly rate;
 * adults start at the rate that keeps their sex-and-age share at its target, where the target is the base-year
 * share scaled by the demand pressure (care receivers per potential carer relative to 2021) to the power of the
 * demand elasticity: more old people in need draw more people into caring.
 */
public final class CareStep {
    private CareStep() {}

    /** Returns true when the person started intensive care this year. */
    public static boolean apply(PersonBlock b, int i, int year, long seed, CareModel m, double demandPressure) {
        int sex = b.sex[i], age = b.age[i];
        long id = b.id[i];
        b.careNeed[i] = (byte) (m.needsCare(seed, id, sex, age) ? 1 : 0);
        if (b.careHours[i] > 0) {
            if (Draws.chance(m.stopRate, seed, id, year, Purpose.CARE_STOP)) {
                b.careHours[i] = 0;
                b.careSince[i] = 0;
                b.livesWithReceiver[i] = 0;
            }
            return false;
        }
        if (age < 18) return false;
        double target = Math.min(0.9, m.baseCarerShare[sex * AGES + age] * Math.pow(demandPressure, m.demandElasticity));
        double start = m.stopRate * target / (1 - target);
        if (!Draws.chance(start, seed, id, year, Purpose.CARE_START)) return false;
        boolean intensive = Draws.chance(m.intensiveShareOfCarers[sex * AGES + age], seed, id, year, Purpose.CARE_INTENSITY);
        b.careHours[i] = m.drawHours(intensive, sex, seed, id, year);
        b.careSince[i] = (short) (year + 1);
        b.livesWithReceiver[i] = (byte) (m.drawLivesWithReceiver(intensive, seed, id, year) ? 1 : 0);
        return intensive;
    }
}
