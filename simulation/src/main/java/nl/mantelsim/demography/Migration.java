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
        // First every resident's draw, then one column-wise copy: stayers in order, each immigrant after the
        // resident it copies.
        int n = in.size();
        int[] source = new int[n + n / 20 + 8];
        int[] copyNumber = new int[source.length]; // -1 for a resident, k for the k-th immigrant copying one
        int size = 0, emigrants = 0;
        long[] gone = new long[16];
        for (int i = 0; i < n; i++) {
            double r = ratePerResident[in.sex[i] * AGES + in.age[i]];
            double u = Draws.uniform(seed, in.id[i], year, Purpose.MIGRATION);
            if (r < 0 && u < -r) {
                if (emigrants == gone.length) gone = java.util.Arrays.copyOf(gone, 2 * emigrants);
                gone[emigrants++] = in.id[i];
                continue;
            }
            int copies = r > 0 ? (int) Math.floor(r) + (u < r - Math.floor(r) ? 1 : 0) : 0;
            if (size + 1 + copies > source.length) {
                source = java.util.Arrays.copyOf(source, 2 * source.length + copies);
                copyNumber = java.util.Arrays.copyOf(copyNumber, source.length);
            }
            source[size] = i;
            copyNumber[size++] = -1;
            for (int k = 0; k < copies; k++) {
                source[size] = i;
                copyNumber[size++] = k;
            }
        }
        PersonBlock out = in.gather(source, size);
        System.arraycopy(in.events, 0, out.events, 0, in.events.length);
        long immigrants = 0;
        java.util.List<Integer> newcomers = new java.util.ArrayList<>();
        for (int j = 0; j < size; j++) {
            int k = copyNumber[j];
            if (k < 0) continue;
            long residentId = in.id[source[j]];
            out.id[j] = Draws.derivedId(seed, residentId, year, Purpose.IMMIGRANT_ID, k);
            // A newcomer arrives alone, without kin or care ties in the population (see the class comment).
            out.householdId[j] = Draws.derivedId(seed, residentId, year, Purpose.HOUSEHOLD_ID, k);
            out.position[j] = (byte) (out.age[j] < 18 ? Position.CHILD_AT_HOME : Position.SINGLE).ordinal();
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
        out.events[PersonBlock.Event.CARE_STOPS.ordinal()] += Departures.clear(out, gone, emigrants);
        ImmigrantFamilies.join(out, newcomers, immigrantCoupleShare, seed, year);
        out.events[PersonBlock.Event.IMMIGRANTS.ordinal()] = immigrants;
        out.events[PersonBlock.Event.EMIGRANTS.ordinal()] = emigrants;
        return out;
    }
}
