package nl.mantelsim.policy;

import static org.junit.jupiter.api.Assertions.*;

import nl.mantelsim.TestData;
import nl.mantelsim.cost.PublicReturns;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The legal rules of the levers, checked against the published amounts without running the model. */
class LeverRulesTest {
    static InputData in;
    static PolicyPrices prices;

    @BeforeAll
    static void load() {
        in = InputData.load(TestData.DATA);
        prices = PolicyPrices.from(in);
    }

    @Test
    void theKostendelersnormFormulaGivesThePublishedSharesAndAmountsForOneToFiveCostSharers() {
        Table t = in.table(InputCatalog.KOSTENDELERSNORM_SHARES);
        assertEquals(5, t.rows().size());
        for (Table.Row r : t.rows()) {
            int a = r.integer("cost_sharers");
            // Published to two decimals of a percentage (43.33%).
            assertEquals(r.number("share_of_couple_norm"), Kostendelersnorm.normShare(a), 0.00005, "A = " + a);
        }
        // A = 1 is the single norm: 70% of the couple norm, both published (1 January 2025, incl. holiday pay).
        assertEquals(1345.45, Kostendelersnorm.monthlyNorm(1, 1922.07), 0.005);
        assertEquals(1922.07, prices.bijstandCoupleNormMonthly(), 1e-9);
        assertEquals(961.04, Kostendelersnorm.monthlyNorm(2, 1922.07), 0.005);
        assertEquals(768.83, Kostendelersnorm.monthlyNorm(4, 1922.07), 0.005);
    }

    @Test
    void leavePayIsSeventyPercentCappedAtTheMaximumDailyWageAndAtLeastTheMinimumWage() {
        double cap = 0.7 * 5 * prices.maximumDailyWage();
        assertEquals(274.44, prices.maximumDailyWage(), 1e-9);
        // A high earner: the daily wage is capped before the 70%.
        assertEquals(cap, CareLeave.weeklyPay(40, 100, 0.7, prices), 1e-9);
        // A middle earner: 70% of the weekly wage.
        assertEquals(0.7 * 36 * 30, CareLeave.weeklyPay(36, 30, 0.7, prices), 1e-9);
        // A low earner: the minimum wage for the hours is the floor.
        double floor = prices.minimumWageHourly() * 20;
        assertEquals(floor, CareLeave.weeklyPay(20, 15, 0.7, prices), 1e-9);
        for (double wage = 10; wage <= 200; wage += 0.5) {
            for (double hours = 4; hours <= 48; hours += 4) {
                double pay = CareLeave.weeklyPay(hours, wage, 0.7, prices);
                assertTrue(pay <= Math.max(cap, Math.min(hours * wage, prices.minimumWageHourly() * hours)) + 1e-9, "cap " + wage + " " + hours);
                assertTrue(pay >= Math.min(hours * wage, prices.minimumWageHourly() * hours) - 1e-9, "floor " + wage + " " + hours);
            }
        }
    }

    @Test
    void respiteUseIsDemandWhereOfferedRationedByPlaces() {
        var p = in.parameters();
        double today = RespiteSupply.useShare(p.get("respijtzorg.coverage"), p.get("respijtzorg.willingness"), p.get("respijtzorg.capacity_per_1000"));
        assertEquals(0.10, today, 0.005, "about 1 in 10 intensive carers use respite today (90% non-use, 2018)");
        assertEquals(0.28, RespiteSupply.useShare(1, 0.28, 280), 1e-12, "national coverage with enough places meets the willingness");
        assertEquals(0.05, RespiteSupply.useShare(1, 0.28, 50), 1e-12, "places ration use");
    }

    @Test
    void publicReturnsAddUpAcrossTheLines() {
        double[] r = PublicReturns.returns(1e9, 0, 2e7, -1e5, in.parameters());
        assertEquals(PublicReturns.LINES.length, r.length);
        assertEquals(0.4e9, r[0], 1e-3, "Finance: the documented average rate on the wage change");
        // The SER leave benefit is taxable income: 100 million of benefit instead of 100 million of wages not paid.
        double[] ser = PublicReturns.returns(-1e8, 1e8, 0, 0, in.parameters());
        assertEquals(-0.4e8 + 0.37e8, ser[0], 1e-3, "Finance: wage tax lost, benefit tax gained");
        assertEquals(ser[0], ser[3], 1e-6);
        assertEquals(2e7, r[1], 1e-9, "SZW: bijstand saved");
        assertTrue(r[2] < 0, "VWS: less informal care means more formal care, a negative return");
        assertEquals(r[0] + r[1] + r[2], r[3], 1e-6);
    }

    @Test
    void theCalibrationPoolCountsEmployedCarersAndTheTargetsOf2023() {
        var pool = LeaveCalibration.Pool.from(in, nl.mantelsim.population.FittedPopulation.fit(in));
        assertEquals(74_000, pool.usersPaid());
        assertEquals(6_000, pool.usersUnpaid());
        assertEquals(158_000, pool.usersHoliday());
        assertTrue(pool.light() > pool.intensive() && pool.intensive() > 100_000, pool.toString());
    }
}
