package nl.mantelsim.cost;

import static nl.mantelsim.population.PersonBlock.Event.*;
import static org.junit.jupiter.api.Assertions.*;

import nl.mantelsim.TestData;
import nl.mantelsim.data.InputData;
import nl.mantelsim.labour.WorkResponse;
import nl.mantelsim.policy.PolicyPrices;
import nl.mantelsim.population.PersonBlock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Employers' continued pay during care-related sickness absence follows BW art. 7:629. */
class SicknessPayTest {
    static SicknessPay pay;
    static PolicyPrices prices;

    @BeforeAll
    static void load() {
        InputData in = InputData.load(TestData.DATA);
        pay = SicknessPay.from(in.parameters());
        prices = PolicyPrices.from(in);
    }

    @Test
    void theEmployerPaysSeventyPercentWithTheMinimumWageAsFloorAndTheMaximumDailyWageAsCap() {
        assertEquals(0.7, pay.payRate(), 1e-12, "BW 7:629: 70% of the wage");
        assertEquals(0.7 * 36 * 25, pay.weeklyPay(36, 25, prices), 1e-9, "an ordinary wage: 70%");
        assertEquals(prices.minimumWageHourly() * 36, pay.weeklyPay(36, prices.minimumWageHourly() * 1.1, prices), 1e-9,
                "70% of a wage just above the minimum wage is raised to the minimum wage");
        assertEquals(0.7 * 5 * prices.maximumDailyWage(), pay.weeklyPay(40, 200, prices), 1e-9, "the daily wage is capped");
    }

    @Test
    void onlyASicknessAbsenceCostsTheEmployerAndTheSelfEmployedGetNothing() {
        PersonBlock b = new PersonBlock(0, 0, 0, 4);
        int sick = b.appendNew(1, PersonBlock.FEMALE, 45), selfEmployed = b.appendNew(2, PersonBlock.FEMALE, 45), cut = b.appendNew(3, PersonBlock.MALE, 50);
        for (int i : new int[] {sick, selfEmployed, cut}) {
            b.employed[i] = 1;
            b.workHours[i] = 32;
            b.wage[i] = 25;
        }
        b.workResponse[sick] = (byte) WorkResponse.SICKNESS_ABSENCE.ordinal();
        b.workResponse[selfEmployed] = (byte) WorkResponse.SICKNESS_ABSENCE.ordinal();
        b.workResponse[cut] = (byte) WorkResponse.REDUCE_HOURS.ordinal();
        long[] ev = new long[PersonBlock.Event.values().length];
        pay.record(b, sick, true, prices, ev);
        double weeks = pay.weeksAbsent(), weekly = 32 * 25;
        assertEquals(Math.round(100 * weeks * 0.7 * weekly), ev[COST_SICKNESS_EMPLOYER_CENTS.ordinal()]);
        assertEquals(Math.round(100 * weeks * 0.3 * weekly), ev[WAGES_NOT_PAID_CENTS.ordinal()], "the 30% not paid comes off the taxed wages");
        long[] other = new long[ev.length];
        pay.record(b, selfEmployed, false, prices, other);
        pay.record(b, cut, true, prices, other);
        assertEquals(0, other[COST_SICKNESS_EMPLOYER_CENTS.ordinal()], "no employer pays the self-employed; a cut in hours is no absence");
        assertEquals(Math.round(100 * weeks * weekly), other[WAGES_NOT_PAID_CENTS.ordinal()], "the self-employed lose the whole wage");
    }
}
