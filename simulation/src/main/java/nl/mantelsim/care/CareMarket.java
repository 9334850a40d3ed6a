package nl.mantelsim.care;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * Clears informal care in a block, after SimPaths' "market clearing": hours given equal hours received. Each
 * receiver at home needs a number of informal hours a week (a fixed keyed draw with CBS's mean by age). Linked
 * carers (partner, child) give their hours to their own receiver; the hours of carers whose receiver is outside the
 * simulated kin go in part (parameters.csv) to receivers in the population: that part forms the block's pool, shared
 * over the remaining needs in proportion to them. What the pool cannot cover is unmet; the rest of the hours, and
 * what the needs do not take, is help to persons below the receiver threshold. Institutional
 * residents get their care from the Wlz; informal hours given to them count as received, with no unmet need.
 * All sums are in whole milli-hours, so the identity given = received + unallocated holds exactly.
 */
public final class CareMarket {
    private CareMarket() {}

    public static void clear(PersonBlock b, CareModel m, long seed) {
        int n = b.size();
        long[] linked = new long[n], remaining = new long[n];
        long pool = 0, remainingTotal = 0;
        for (int i = 0; i < n; i++) {
            long h = Math.round(1000.0 * b.careHours[i]);
            int r = b.careReceiver[i];
            if (h == 0) continue;
            if (r >= 0) linked[r] += h;
            else pool += h;
        }
        pool = Math.round(pool * m.shareOfUnlinkedHoursToReceivers());
        for (int i = 0; i < n; i++) {
            b.careHoursUnmet[i] = 0;
            b.careHoursReceived[i] = linked[i] / 1000f;
            if (b.careNeed[i] == 0 || b.position[i] == Position.INSTITUTION.ordinal()) continue;
            long need = Math.round(1000.0 * m.hoursNeeded(b.age[i], seed, b.id[i]));
            remaining[i] = Math.max(0, need - linked[i]);
            remainingTotal += remaining[i];
        }
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) continue;
            // Milli-hours stay far below 2^63 / 2^40, so the product cannot overflow.
            long share = remainingTotal <= pool ? remaining[i] : remaining[i] * pool / remainingTotal;
            b.careHoursReceived[i] = (linked[i] + share) / 1000f;
            b.careHoursUnmet[i] = (remaining[i] - share) / 1000f;
        }
    }

    /** Whether a receiver at home gets Wmo household help (a fixed keyed draw against the share of the age). */
    public static boolean wmo(PersonBlock b, int i, CareModel m, long seed) {
        return Draws.uniform(seed, b.id[i], 0, Purpose.WMO) < m.wmoShare(b.age[i]);
    }
}
