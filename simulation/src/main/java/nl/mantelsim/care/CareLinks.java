package nl.mantelsim.care;

import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.CareRelation;
import nl.mantelsim.population.PersonBlock;

/**
 * Links a carer to the person cared for, through the kin links of the block: a partner who needs care first, then a
 * parent who needs care. Otherwise the receiver is outside the simulated kin (other kin, or friends and neighbours
 * with the share in parameters.csv) and is not linked. Whether the carer lives with the receiver follows from the
 * households.
 */
public final class CareLinks {
    private CareLinks() {}

    public static void link(PersonBlock b, int i, long seed, int year, double shareNonKin) {
        int r = needing(b, b.partner[i]);
        CareRelation rel = CareRelation.PARTNER;
        if (r < 0) {
            int mother = needing(b, b.mother[i]), father = needing(b, b.father[i]);
            r = mother >= 0 ? mother : father;
            rel = CareRelation.PARENT;
        }
        if (r >= 0) {
            b.careReceiver[i] = r;
            b.careRelation[i] = (byte) rel.ordinal();
            b.livesWithReceiver[i] = (byte) (b.householdId[r] == b.householdId[i] ? 1 : 0);
            return;
        }
        b.careReceiver[i] = -1;
        boolean nonKin = Draws.chance(shareNonKin, seed, b.id[i], year, Purpose.CARE_RELATION);
        b.careRelation[i] = (byte) (nonKin ? CareRelation.NON_KIN : CareRelation.OTHER_KIN).ordinal();
        b.livesWithReceiver[i] = 0;
    }

    public static void unlink(PersonBlock b, int i) {
        b.careHours[i] = 0;
        b.careMonths[i] = 0;
        b.careRelation[i] = 0;
        b.careReceiver[i] = -1;
        b.livesWithReceiver[i] = 0;
    }

    private static int needing(PersonBlock b, int j) {
        return j >= 0 && b.careNeed[j] == 1 ? j : -1;
    }

}
