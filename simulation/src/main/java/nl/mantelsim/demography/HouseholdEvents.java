package nl.mantelsim.demography;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * The year's household events inside a block, at simple documented rates (parameters.csv, all assumptions):
 * adult children leave the parental home, some of them to live with a partner; couples separate (the man moves
 * out); persons living alone and single parents start living with a partner, matched by age rank among this year's
 * starters in the block (a grouped match, never all pairs); older persons who need care move into an institution,
 * the partner staying behind. Positions are made to agree
 * with the new households afterwards (population.Households.normalisePositions).
 */
public final class HouseholdEvents implements Serializable {
    final double leave1824, leave2529, leave30, form2034, form3554, form5579, separation, inst6579, inst8089, inst90;
    final double leaveWithPartner, repartnerSingleParent;
    final int institutionSize;
    final double immigrantCoupleShare;

    public HouseholdEvents(Parameters p) {
        leave1824 = p.get("household.leave_home_rate_18_24");
        leave2529 = p.get("household.leave_home_rate_25_29");
        leave30 = p.get("household.leave_home_rate_30plus");
        form2034 = p.get("household.couple_formation_rate_20_34");
        form3554 = p.get("household.couple_formation_rate_35_54");
        form5579 = p.get("household.couple_formation_rate_55_79");
        separation = p.get("household.separation_rate");
        inst6579 = p.get("household.institution_rate_65_79");
        inst8089 = p.get("household.institution_rate_80_89");
        inst90 = p.get("household.institution_rate_90plus");
        institutionSize = (int) p.get("household.institution_size");
        immigrantCoupleShare = p.get("household.immigrant_couple_share");
        leaveWithPartner = p.get("household.leave_home_with_partner_share");
        repartnerSingleParent = p.get("household.repartner_rate_single_parent");
    }

    public double immigrantCoupleShare() { return immigrantCoupleShare; }

    /** The events move persons between households, never in or out of the block. */
    public void apply(PersonBlock b, int year, long seed) {
        long[] ev = b.events;
        // A parent of a minor at home neither leaves the parental home nor moves into an institution alone.
        boolean[] parentOfMinor = new boolean[b.size()];
        for (int c = 0; c < b.size(); c++) {
            if (b.age[c] >= 18 || b.position[c] != Position.CHILD_AT_HOME.ordinal()) continue;
            int m = b.mother[c], f = b.father[c];
            if (m >= 0) parentOfMinor[m] = true;
            if (f >= 0) parentOfMinor[f] = true;
        }
        List<Integer> women = new ArrayList<>(), men = new ArrayList<>();
        long institution = -1;
        int placed = 0;
        for (int i = 0; i < b.size(); i++) {
            int age = b.age[i];
            long id = b.id[i];
            Position p = Position.ALL[b.position[i]];
            if (p == Position.CHILD_AT_HOME && age >= 18 && !parentOfMinor[i]) {
                double rate = age < 25 ? leave1824 : age < 30 ? leave2529 : leave30;
                if (Draws.chance(rate, seed, id, year, Purpose.LEAVE_HOME)) {
                    moveOut(b, i, seed, year, 0, Position.SINGLE);
                    ev[PersonBlock.Event.LEFT_HOME.ordinal()]++;
                    // Leaving to live with a partner: the pair forms among this year's starters.
                    if (Draws.chance(leaveWithPartner, seed, id, year, Purpose.LEAVE_HOME_WITH_PARTNER)) (b.sex[i] == PersonBlock.FEMALE ? women : men).add(i);
                }
            } else if (p.isPartner() && b.sex[i] == PersonBlock.FEMALE && Draws.chance(separation, seed, id, year, Purpose.SEPARATION)) {
                int m = b.partner[i];
                if (m >= 0) {
                    b.partner[i] = -1;
                    b.partner[m] = -1;
                    moveOut(b, m, seed, year, 1, Position.SINGLE);
                    ev[PersonBlock.Event.SEPARATIONS.ordinal()]++;
                }
            } else if (p == Position.SINGLE && age >= 20 && age <= 79) {
                double rate = age < 35 ? form2034 : age < 55 ? form3554 : form5579;
                if (Draws.chance(rate, seed, id, year, Purpose.COUPLE_FORMATION)) (b.sex[i] == PersonBlock.FEMALE ? women : men).add(i);
            } else if (p == Position.SINGLE_PARENT && age >= 20 && age <= 64
                    && Draws.chance(repartnerSingleParent, seed, id, year, Purpose.REPARTNERING)) {
                (b.sex[i] == PersonBlock.FEMALE ? women : men).add(i);
            }
            if (age >= 65 && b.careNeed[i] == 1 && p != Position.INSTITUTION && p != Position.CHILD_AT_HOME && !parentOfMinor[i]) {
                double rate = age < 80 ? inst6579 : age < 90 ? inst8089 : inst90;
                if (Draws.chance(rate, seed, id, year, Purpose.INSTITUTION_MOVE)) {
                    int partner = b.partner[i];
                    if (partner >= 0) b.partner[partner] = -1; // living apart: the partner stays at home
                    b.partner[i] = -1;
                    if (placed % institutionSize == 0) institution = Draws.derivedId(seed, b.blockId, year, Purpose.HOUSEHOLD_ID, -1 - placed);
                    b.householdId[i] = institution;
                    b.position[i] = (byte) Position.INSTITUTION.ordinal();
                    placed++;
                    ev[PersonBlock.Event.INSTITUTION_MOVES.ordinal()]++;
                }
            }
        }
        ev[PersonBlock.Event.NEW_COUPLES.ordinal()] += formCouples(b, women, men, seed);
    }

    /** A person leaves for a new household of their own. */
    private static void moveOut(PersonBlock b, int i, long seed, int year, int index, Position position) {
        b.householdId[i] = Draws.derivedId(seed, b.id[i], year, Purpose.HOUSEHOLD_ID, index);
        b.position[i] = (byte) position.ordinal();
    }

    /**
     * Quantile matching by age, as for the base population's couples: the i-th youngest woman with the i-th youngest
     * man; the man joins the woman's household, unless only he has children at home (a single father), then she joins
     * his. Two single parents are not paired (one household would have to move with its children). Positions become
     * partner; a parent's is set to partner with children when positions are normalised. Returns the number of
     * couples formed. Also used for immigrants.
     */
    static int formCouples(PersonBlock b, List<Integer> women, List<Integer> men, long seed) {
        Comparator<Integer> byAge = Comparator.<Integer>comparingInt(i -> b.age[i]).thenComparingLong(i -> b.id[i]);
        women.sort(byAge);
        men.sort(byAge);
        int n = Math.min(women.size(), men.size()), formed = 0;
        byte singleParent = (byte) Position.SINGLE_PARENT.ordinal();
        for (int k = 0; k < n; k++) {
            int w = women.get(k), m = men.get(k);
            boolean motherHere = b.position[w] == singleParent, fatherHere = b.position[m] == singleParent;
            if (motherHere && fatherHere) continue;
            b.partner[w] = m;
            b.partner[m] = w;
            if (fatherHere) b.householdId[w] = b.householdId[m];
            else b.householdId[m] = b.householdId[w];
            b.position[w] = (byte) Position.PARTNER_NO_CHILDREN.ordinal();
            b.position[m] = (byte) Position.PARTNER_NO_CHILDREN.ordinal();
            formed++;
        }
        return formed;
    }
}
