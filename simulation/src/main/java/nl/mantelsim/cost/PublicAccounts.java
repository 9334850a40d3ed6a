package nl.mantelsim.cost;

import static nl.mantelsim.population.PersonBlock.Event.*;

import nl.mantelsim.policy.Kostendelersnorm;
import nl.mantelsim.policy.PolicyPrices;
import nl.mantelsim.population.PersonBlock;

/**
 * The yearly amounts of a person that public budgets depend on, after the year's work and households are known:
 * gross wages (taxed: Finance), bijstand at the norm the current law would pay (SZW) and informal care hours (which
 * replace formal Wmo/Wlz care: VWS). Their differences with the baseline are the returns ({@link PublicReturns}).
 */
public final class PublicAccounts {
    private PublicAccounts() {}

    static final int WEEKS_PER_YEAR = 52;

    public static void record(PersonBlock b, int i, PolicyPrices prices, long[] ev) {
        if (b.employed[i] == 1) ev[WAGE_BILL_CENTS.ordinal()] += Math.round(100.0 * WEEKS_PER_YEAR * b.workHours[i] * b.wage[i]);
        if (b.bijstand[i] == 1) ev[BIJSTAND_SPENDING_CENTS.ordinal()] += Math.round(100 * 12 * bijstandNormMonthly(b, i, prices));
        if (b.careHours[i] > 0) ev[INFORMAL_CARE_MILLIHOURS.ordinal()] += Math.round(1000.0 * b.careHours[i]);
    }

    /**
     * The monthly norm under current law: half the couple norm when the partner also receives bijstand, else the
     * kostendelersnorm for A = 1 + the cost-sharers (70% of the couple norm when alone). The extra paid when a
     * scenario lifts the norm is the kostendelersnorm lever's own cost and is not included here.
     */
    static double bijstandNormMonthly(PersonBlock b, int i, PolicyPrices prices) {
        int partner = b.partner[i];
        if (partner >= 0 && b.bijstand[partner] == 1) return 0.5 * prices.bijstandCoupleNormMonthly();
        return Kostendelersnorm.monthlyNorm(1 + b.costSharer[i], prices.bijstandCoupleNormMonthly());
    }
}
