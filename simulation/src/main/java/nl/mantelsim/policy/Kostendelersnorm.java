package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * The kostendelersnorm (Participatiewet art. 22a): a bijstand recipient sharing a home with cost-sharers gets
 * (40 + 30A) / (100A) of the couple norm instead of the single norm (70%), A = the cost-sharers aged 27+ in the
 * dwelling counting the recipient (a partner is not a cost-sharer). A is counted per household each year
 * (labour.Bijstand.markCostSharers). The cut weighs on an intensive carer's choice to move in with the person cared
 * for: the yearly move-in chance falls with the relative benefit cut moving in would bring (an assumed elasticity).
 * A carer who moves in gives more care (assumption), which replaces some formal care (cost.PublicAccounts).
 *
 * <p>Abolition removes the cut for every recipient; the care-only variant removes it for recipients in a care
 * situation: living with the person they care for, or needing care themselves while sharing a home. The lever's
 * public cost is the extra bijstand.
 */
public final class Kostendelersnorm implements Serializable {
    final boolean applies, careExemption;
    final double moveInWithoutNorm, cutElasticity, sharersOutside, extraCareHours;
    final int minimumAge;
    final PolicyPrices prices;

    public Kostendelersnorm(Parameters p, PolicyPrices prices) {
        applies = p.get("kostendelersnorm.applies") >= 0.5;
        careExemption = p.get("kostendelersnorm.care_exemption") >= 0.5;
        moveInWithoutNorm = p.get("kostendelersnorm.move_in_rate_without_norm");
        cutElasticity = p.get("kostendelersnorm.move_in_cut_elasticity");
        sharersOutside = p.get("kostendelersnorm.cost_sharers_in_home");
        extraCareHours = p.get("kostendelersnorm.extra_care_hours_when_coresident");
        minimumAge = (int) prices.kostendelersMinimumAge();
        this.prices = prices;
    }

    /** Share of the couple norm per person for A cost-sharers (A = 1: the single norm, 70%). */
    public static double normShare(double costSharers) {
        return (40 + 30 * costSharers) / (100 * costSharers);
    }

    /** The monthly norm per person, in euros, for A cost-sharers under the given couple norm. */
    public static double monthlyNorm(int costSharers, double coupleNorm) {
        return normShare(costSharers) * coupleNorm;
    }

    /** Whether the norm cuts the benefit of a recipient in this situation. */
    boolean cuts(boolean careSituation) {
        return applies && !(careExemption && careSituation);
    }

    /**
     * An intensive carer on bijstand who lives alone (or as a lodger) and not with the receiver may move in with
     * the receiver; returns 1 if so. A receiver in the block gets the carer as a household member; a receiver
     * outside the simulated kin is a household the model does not hold, so only the carer's flags change.
     */
    public int moveIn(PersonBlock b, int i, int year, long seed) {
        if (b.bijstand[i] == 0 || b.careHours[i] <= 8 || b.livesWithReceiver[i] == 1) return 0;
        Position p = Position.ALL[b.position[i]];
        if (p != Position.SINGLE && p != Position.OTHER_MEMBER) return 0;
        int r = b.careReceiver[i];
        // Nobody moves into an institution to care: Wlz residents' carers stay where they live.
        if (r >= 0 && b.position[r] == Position.INSTITUTION.ordinal()) return 0;
        double a = r >= 0 ? costSharersAfterMoving(b, r) : sharersOutside;
        double cut = cuts(true) ? 1 - normShare(a) / normShare(1) : 0;
        double rate = moveInWithoutNorm * Math.max(0, 1 - cutElasticity * cut);
        if (!Draws.chance(rate, seed, b.id[i], year, Purpose.MOVE_IN_WITH_RECEIVER)) return 0;
        if (r >= 0) {
            b.householdId[i] = b.householdId[r];
            b.position[i] = (byte) Position.OTHER_MEMBER.ordinal();
        }
        b.livesWithReceiver[i] = 1;
        b.careHours[i] += (float) extraCareHours;
        return 1;
    }

    /** A after moving in: the carer, the receiver if 27 or over, and the receiver's partner at home if 27 or over. */
    int costSharersAfterMoving(PersonBlock b, int r) {
        int a = 1 + (b.age[r] >= minimumAge ? 1 : 0);
        int partner = b.partner[r];
        if (partner >= 0 && b.householdId[partner] == b.householdId[r] && b.age[partner] >= minimumAge) a++;
        return a;
    }

    /** A recipient in a care situation: living with the person cared for, or needing care while sharing a home. */
    static boolean careSituation(PersonBlock b, int i) {
        return b.livesWithReceiver[i] == 1 || b.careNeed[i] == 1;
    }

    /** Extra bijstand in cents this year for person i because the norm does not cut the benefit (0 under current law). */
    public long extraBenefitCents(PersonBlock b, int i) {
        if (b.bijstand[i] == 0 || b.costSharer[i] == 0 || cuts(careSituation(b, i))) return 0;
        double monthly = monthlyNorm(1, prices.bijstandCoupleNormMonthly()) - monthlyNorm(1 + b.costSharer[i], prices.bijstandCoupleNormMonthly());
        return Math.round(100 * 12 * monthly);
    }
}
