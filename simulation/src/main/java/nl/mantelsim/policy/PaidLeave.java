package nl.mantelsim.policy;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.population.PersonBlock;

/**
 * Paid care leave as the SER proposes (2026): a number of weeks times the weekly hours, paid from public funds at
 * a share of the wage, the wage capped at the maximum daily wage (5 days a week) and the benefit at least the
 * minimum wage for the hours. Employed carers with a care load take it with the take-up chance; takers avoid the
 * given share of the care-related exits and hour cuts (both assumptions with ranges in parameters.csv: no published
 * estimate exists, care-labour/README.md).
 */
public final class PaidLeave implements Serializable {
    final boolean enabled;
    final double weeks, payRate, takeup, weeksUsedShare, effectiveness;
    final PolicyPrices prices;

    public PaidLeave(Parameters p, PolicyPrices prices) {
        enabled = p.get("paid_leave.enabled") >= 0.5;
        weeks = p.get("paid_leave.weeks");
        payRate = p.get("paid_leave.pay_rate");
        takeup = p.get("paid_leave.takeup");
        weeksUsedShare = p.get("paid_leave.weeks_used_share");
        effectiveness = p.get("paid_leave.effectiveness");
        this.prices = prices;
    }

    /** Decides leave for an employed person with a care load; returns the cost in cents (0 when not taken). */
    public long take(PersonBlock b, int i, int year, long seed, double careLoad) {
        b.onLeave[i] = 0;
        if (!enabled || careLoad <= 0 || b.employed[i] == 0) return 0;
        if (!Draws.chance(takeup, seed, b.id[i], year, Purpose.LEAVE_TAKEUP)) return 0;
        b.onLeave[i] = 1;
        double hours = b.workHours[i];
        double weeklyWage = Math.min(hours * b.wage[i], 5 * prices.maximumDailyWage());
        double weeklyBenefit = Math.max(payRate * weeklyWage, prices.minimumWageHourly() * hours);
        return Math.round(100 * weeks * weeksUsedShare * weeklyBenefit);
    }

    /** The share of the care penalty on work that a leave taker avoids. */
    public double protection(PersonBlock b, int i) {
        return b.onLeave[i] == 1 ? effectiveness : 0;
    }
}
