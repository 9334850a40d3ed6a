package nl.mantelsim.cost;

import static nl.mantelsim.population.PersonBlock.Event.*;

import java.io.Serializable;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.labour.WorkResponse;
import nl.mantelsim.policy.CareLeave;
import nl.mantelsim.policy.PolicyPrices;
import nl.mantelsim.population.PersonBlock;

/**
 * What a care-related long-term sickness absence costs the employer: continued pay (loondoorbetaling bij ziekte,
 * BW art. 7:629) of 70% of the wage, the wage capped at the maximumdagloon and in the first 52 weeks at least the
 * minimum wage, for up to 104 weeks. Here an absence lasts {@code sickness.weeks_absent} weeks within its year (an
 * assumption), so the 104-week limit never binds. The self-employed get no continued pay and lose the whole wage.
 * Employers' other costs of absence (replacement, reintegration) are not counted.
 */
public record SicknessPay(double weeksAbsent, double payRate) implements Serializable {

    public static SicknessPay from(Parameters p) {
        return new SicknessPay(p.get("sickness.weeks_absent"), p.get("sickness.continued_pay_rate"));
    }

    /** Continued pay a week for these hours and hourly wage: the Wazo/BW rule of cap and floor (CareLeave). */
    public double weeklyPay(double hours, double hourlyWage, PolicyPrices prices) {
        return CareLeave.weeklyPay(hours, hourlyWage, payRate, prices);
    }

    /** Records the employer's continued pay and the wages not paid when person i fell ill for care this year. */
    public void record(PersonBlock b, int i, boolean employee, PolicyPrices prices, long[] ev) {
        if (b.workResponse[i] != WorkResponse.SICKNESS_ABSENCE.ordinal()) return;
        double weekly = b.workHours[i] * b.wage[i];
        double pay = employee ? weeklyPay(b.workHours[i], b.wage[i], prices) : 0;
        ev[COST_SICKNESS_EMPLOYER_CENTS.ordinal()] += Math.round(100 * weeksAbsent * pay);
        ev[WAGES_NOT_PAID_CENTS.ordinal()] += Math.round(100 * weeksAbsent * Math.max(0, weekly - pay));
    }
}
