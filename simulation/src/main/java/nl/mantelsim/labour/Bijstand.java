package nl.mantelsim.labour;

import static nl.mantelsim.population.Cells.AGES;

import java.io.Serializable;
import nl.mantelsim.data.InputData;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;
import nl.mantelsim.policy.PolicyPrices;
import nl.mantelsim.population.FittedPopulation;
import nl.mantelsim.population.Households;
import nl.mantelsim.population.PersonBlock;

/**
 * General social assistance (bijstand) for persons aged 18 up to the AOW age who do not work. The base population
 * has it from the fit (CBS totals by sex, age and household type); a person who loses work later enters with the
 * base-year share among non-employed persons of the same sex and age. Recipients leave when they find work, at the
 * AOW age, and otherwise at a yearly exit rate (a partner's income, study, another benefit, moving abroad; set to the
 * fall in recipients CBS published for 2021-2023, parameters.csv). Whether a recipient shares the dwelling with
 * cost-sharers follows from the household: other members aged 27 or over besides the partner (Participatiewet art.
 * 19a/22a as amended in 2023); the fit report compares the resulting share with CBS's 12%.
 */
public final class Bijstand implements Serializable {
    final double[] inflowShare = new double[2 * AGES];
    final int costSharerMinimumAge;
    final double exitRateOther;
    final AowAge aow;

    public Bijstand(InputData in, FittedPopulation fit, PolicyPrices prices) {
        aow = new AowAge(in);
        costSharerMinimumAge = (int) prices.kostendelersMinimumAge();
        exitRateOther = in.parameters().get("bijstand.exit_rate_other");
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < AGES; a++) inflowShare[sex * AGES + a] = fit.bijstandShareOfNotEmployed(sex, a);
        }
    }

    public AowAge aow() { return aow; }

    /** Aged 18 or over and below the AOW age on 1 January of the year. */
    public boolean eligibleAge(int age, long seed, long id, int year) {
        return age >= 18 && !aow.reached(age, seed, id, year);
    }

    /** After the labour step: leave on work, at the AOW age or for other reasons; job losers may enter. */
    public void update(PersonBlock b, int i, int year, long seed, boolean wasEmployed) {
        if (b.employed[i] == 1 || !eligibleAge(b.age[i], seed, b.id[i], year + 1)) {
            b.bijstand[i] = 0;
        } else if (wasEmployed) {
            double share = inflowShare[b.sex[i] * AGES + Math.min(b.age[i], AGES - 1)];
            b.bijstand[i] = (byte) (Draws.chance(share, seed, b.id[i], year, Purpose.BIJSTAND) ? 1 : 0);
        } else if (b.bijstand[i] == 1 && Draws.chance(exitRateOther, seed, b.id[i], year, Purpose.BIJSTAND_EXIT)) {
            b.bijstand[i] = 0;
        }
    }

    /**
     * Sets each recipient's number of cost-sharers (others aged 27+ in the dwelling besides the partner), from the
     * households of the block; A in the kostendelersnorm is that number plus one.
     */
    public void markCostSharers(PersonBlock b) {
        markCostSharers(b, new Households(b));
    }

    /** The same with the block's households already built (the year step shares them). */
    public void markCostSharers(PersonBlock b, Households h) {
        for (int k = 0; k < h.count(); k++) {
            for (int m = 0; m < h.size(k); m++) {
                int i = h.member(k, m);
                if (b.bijstand[i] == 0) {
                    b.costSharer[i] = 0;
                    continue;
                }
                // Living with a receiver outside the simulated kin also means sharing that receiver's home.
                int sharers = Households.costSharers(b, h, k, i, costSharerMinimumAge);
                if (sharers == 0 && b.livesWithReceiver[i] == 1 && b.careReceiver[i] == -1) sharers = 1;
                b.costSharer[i] = (byte) Math.min(sharers, Byte.MAX_VALUE);
            }
        }
    }
}
