package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.BlockIndex;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.population.Position;

/**
 * The kostendelersnorm (Participatiewet art. 22a): a bijstand recipient sharing a home with A adult cost-sharers
 * gets (40 + 30A) / (100A) of the couple norm instead of the single norm (70%). It makes moving in with the person
 * one cares for costly, so abolishing it raises the yearly chance that an intensive carer on bijstand moves in
 * (both chances are assumptions in parameters.csv) and raises the benefit of every recipient who shares a home.
 * The lever's public cost is that extra bijstand.
 */
public final class Kostendelersnorm implements Serializable {
    final boolean applies;
    final double moveInWithNorm, moveInWithoutNorm, sharersInHome;
    final PolicyPrices prices;

    public Kostendelersnorm(Parameters p, PolicyPrices prices) {
        applies = p.get("kostendelersnorm.applies") >= 0.5;
        moveInWithNorm = p.get("kostendelersnorm.move_in_rate_with_norm");
        moveInWithoutNorm = p.get("kostendelersnorm.move_in_rate_without_norm");
        sharersInHome = p.get("kostendelersnorm.cost_sharers_in_home");
        this.prices = prices;
    }

    /** Share of the couple norm per person under the cost-sharer rule. */
    public static double normShare(double costSharers) {
        return (40 + 30 * costSharers) / (100 * costSharers);
    }

    /**
     * An intensive carer on bijstand who lives alone (or as a lodger) and not with the receiver may move in with
     * the receiver; returns 1 if so. A receiver in the block gets the carer as a household member; a receiver
     * outside the simulated kin is a household the model does not hold, so only the carer's flags change.
     */
    public int moveIn(PersonBlock b, int i, int year, long seed, BlockIndex index) {
        if (b.bijstand[i] == 0 || b.careHours[i] <= 8 || b.livesWithReceiver[i] == 1) return 0;
        Position p = Position.ALL[b.position[i]];
        if (p != Position.SINGLE && p != Position.OTHER_MEMBER) return 0;
        double rate = applies ? moveInWithNorm : moveInWithoutNorm;
        if (!Draws.chance(rate, seed, b.id[i], year, Purpose.MOVE_IN_WITH_RECEIVER)) return 0;
        int r = index.of(b.careReceiverId[i]);
        if (r >= 0) {
            b.householdId[i] = b.householdId[r];
            b.position[i] = (byte) Position.OTHER_MEMBER.ordinal();
        }
        b.livesWithReceiver[i] = 1;
        return 1;
    }

    /** Extra bijstand in cents this year for person i because the norm does not apply (0 under current rules). */
    public long extraBenefitCents(PersonBlock b, int i) {
        if (applies || b.bijstand[i] == 0 || b.costSharer[i] == 0) return 0;
        double monthly = (normShare(1) - normShare(sharersInHome)) * prices.bijstandCoupleNormMonthly();
        return Math.round(100 * 12 * monthly);
    }
}
