package nl.mantelsim.labour;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * One year of employment and hours for person i (already aged). Transitions keep the base-year employment profile
 * by age as cohorts move through it (entry and exit rates from the profile's slope plus a base turnover); care adds
 * exits and hour cuts in proportion to the care load, which paid leave softens by the given factor.
 */
public final class LabourStep {
    private LabourStep() {}

    /**
     * @param careLoad from {@link LabourModel#careLoad}
     * @param protection share of the care penalty avoided (paid leave taken x its effectiveness); 0 without leave
     * @param newIntensive whether intensive care started this year
     */
    public static void apply(PersonBlock b, int i, int year, long seed, LabourModel m, double careLoad,
                             double protection, boolean newIntensive) {
        int sex = b.sex[i], age = b.age[i];
        long id = b.id[i];
        if (age < 15 || age > 74) {
            b.employed[i] = 0;
            b.workHours[i] = 0;
            return;
        }
        double r = m.employmentRate(sex, age), rPrev = m.employmentRate(sex, Math.max(age - 1, 0));
        if (b.employed[i] == 1) {
            double exit = m.exitBase + (rPrev > r ? (rPrev - r) / rPrev : 0);
            double penalty = careLoad * m.extraExitIntensive[sex] * (1 - protection);
            if (Draws.uniform(seed, id, year, Purpose.EMPLOYMENT_EXIT) < exit + penalty) {
                b.employed[i] = 0;
                b.workHours[i] = 0;
            } else if (newIntensive && careLoad > 0) {
                double cut = Math.min(1, careLoad) * m.hoursCutProbability[sex] * (1 - protection);
                if (Draws.uniform(seed, id, year, Purpose.HOURS_REDUCTION) < cut) {
                    b.workHours[i] = (float) Math.max(m.minimumHours, b.workHours[i] - m.hoursCut);
                }
            }
        } else {
            double entry = r >= 1 ? 1 : m.exitBase * r / (1 - r) + (r > rPrev && rPrev < 1 ? (r - rPrev) / (1 - rPrev) : 0);
            if (Draws.uniform(seed, id, year, Purpose.EMPLOYMENT_ENTRY) < entry) {
                b.employed[i] = 1;
                b.workHours[i] = m.drawHours(sex, b.education[i], seed, id, year);
                if (b.wage[i] == 0) b.wage[i] = m.drawWage(sex, b.education[i], seed, id, year);
            }
        }
    }
}
