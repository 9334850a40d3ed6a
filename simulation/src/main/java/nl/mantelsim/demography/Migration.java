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
 * alone; links to them are cleared like links to the dead.
 */
public final class Migration {
    private Migration() {}

    public static PersonBlock step(PersonBlock in, int year, long seed, double[] ratePerResident, double immigrantCoupleShare) {
        PersonBlock out = in.emptyLike(in.size() + in.size() / 50 + 8);
        System.arraycopy(in.events, 0, out.events, 0, in.events.length);
        long immigrants = 0;
        java.util.List<Integer> newcomers = new java.util.ArrayList<>();
        int emigrants = 0;
        long[] gone = new long[16];
        for (int i = 0; i < in.size(); i++) {
            double r = ratePerResident[in.sex[i] * AGES + in.age[i]];
            double u = Draws.uniform(seed, in.id[i], year, Purpose.MIGRATION);
            if (r < 0 && u < -r) {
                if (emigrants == gone.length) gone = java.util.Arrays.copyOf(gone, 2 * emigrants);
                gone[emigrants++] = in.id[i];
                continue;
            }
            out.append(in, i);
            if (r > 0) {
                int copies = (int) Math.floor(r) + (u < r - Math.floor(r) ? 1 : 0);
                for (int k = 0; k < copies; k++) {
                    int j = out.append(in, i);
                    out.id[j] = Draws.derivedId(seed, in.id[i], year, Purpose.IMMIGRANT_ID, k);
                    // A newcomer arrives alone, without kin or care ties in the population (see the class comment).
                    out.householdId[j] = Draws.derivedId(seed, in.id[i], year, Purpose.HOUSEHOLD_ID, k);
                    out.position[j] = (byte) (in.age[i] < 18 ? Position.CHILD_AT_HOME : Position.SINGLE).ordinal();
                    out.partnerId[j] = -1;
                    out.motherId[j] = -1;
                    out.fatherId[j] = -1;
                    CareLinks.unlink(out, j);
                    out.careNeed[j] = 0;
                    out.careHoursReceived[j] = 0;
                    out.bijstand[j] = 0;
                    out.costSharer[j] = 0;
                    out.onLeave[j] = 0;
                    out.respite[j] = 0;
                    newcomers.add(j);
                    immigrants++;
                }
            }
        }
        out.events[PersonBlock.Event.CARE_STOPS.ordinal()] += Departures.clear(out, gone, emigrants);
        ImmigrantFamilies.join(out, newcomers, immigrantCoupleShare, seed, year);
        out.events[PersonBlock.Event.IMMIGRANTS.ordinal()] = immigrants;
        out.events[PersonBlock.Event.EMIGRANTS.ordinal()] = emigrants;
        return out;
    }
}
