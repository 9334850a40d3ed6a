package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.care.CareLinks;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Net migration by sex and age as per-person rates computed by {@link MigrationAlignment}: a positive rate r
 * gives each resident floor(r) + Bernoulli(r - floor(r)) immigrants who copy the resident's age, sex, work and
 * wage (immigrants are drawn from persons of the same age and sex, a documented simplification); a negative rate
 * is each resident's chance to emigrate. Immigrants arrive without care ties or benefits, each in a household of
 * their own (a minor too: a documented simplification until households migrate together). An emigrant leaves
 * alone; links to them are cleared like links to the dead. Migration follows the deaths and births of the year in
 * the same copy of the block ({@link Demography#step}).
 */
public final class Migration {
    private Migration() {}

    /**
     * The number of immigrants who copy this resident (as of after the year's deaths and births: its age then), or
     * -1 when the resident emigrates; 0 without migration ({@code ratePerResident} null).
     */
    static int arrivals(double[] ratePerResident, long seed, long id, int sex, int age, int year) {
        if (ratePerResident == null) return 0;
        double r = ratePerResident[sex * AGES + age];
        double u = Draws.uniform(seed, id, year, Purpose.MIGRATION);
        if (r < 0 && u < -r) return -1;
        return r > 0 ? (int) Math.floor(r) + (u < r - Math.floor(r) ? 1 : 0) : 0;
    }

    /**
     * Makes person j, a copy of a resident, its k-th immigrant: a new id and household, without kin or care ties in
     * the population, benefits or leave (see the class comment); age, sex, work and wage stay the resident's.
     */
    static void arrive(PersonBlock out, int j, long seed, long residentId, int year, int k) {
        out.id[j] = Draws.derivedId(seed, residentId, year, Purpose.IMMIGRANT_ID, k);
        out.householdId[j] = Draws.derivedId(seed, residentId, year, Purpose.HOUSEHOLD_ID, k);
        out.position[j] = (byte) (out.age[j] < 18 ? Position.CHILD_AT_HOME : Position.SINGLE).ordinal();
        out.partner[j] = -1;
        out.mother[j] = -1;
        out.father[j] = -1;
        CareLinks.unlink(out, j);
        out.careNeed[j] = 0;
        out.careHoursReceived[j] = 0;
        out.bijstand[j] = 0;
        out.costSharer[j] = 0;
        out.onLeave[j] = 0;
        out.respite[j] = 0;
    }
}
