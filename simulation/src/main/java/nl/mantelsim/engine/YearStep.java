package nl.mantelsim.engine;

import static nl.mantelsim.population.PersonBlock.Event.*;

import nl.mantelsim.care.CareMarket;
import nl.mantelsim.care.CareStep;
import nl.mantelsim.cost.PublicAccounts;
import nl.mantelsim.demography.Demography;
import nl.mantelsim.labour.LabourModel;
import nl.mantelsim.labour.LabourStep;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.population.Households;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.Tally;

/**
 * The order of the yearly stages after deaths, births, ageing and migration, written once: household events
 * (leaving home, separations, new couples, moves into institutions), then per person care
 * need and care giving, respijtzorg, moving in with the receiver (kostendelersnorm), paid leave, work and hours,
 * employers' continued pay during sickness absence, bijstand; then per household the cost-sharers and per receiver the informal hours received, and per person the
 * amounts public budgets depend on. Flows and public spending go to the block's event counters.
 */
public final class YearStep {
    private YearStep() {}

    /** {@code b}: the block after the year's deaths, births and migration ({@link Demography#step}), which it changes. */
    public static PersonBlock apply(PersonBlock b, int year, long seed, Model m, Levers levers, double demandPressure) {
        // Nobody is added or removed from here on (household events move persons between households), so the links
        // (rows of the block) stay valid.
        m.householdEvents().apply(b, year, seed);
        long[] ev = b.events;
        for (int i = 0; i < b.size(); i++) {
            boolean wasEmployed = b.employed[i] == 1, wasCarer = b.careHours[i] > 0;
            boolean newIntensive = CareStep.apply(b, i, year, seed, m.care(), demandPressure, m.demography(),
                    m.labour().careStartWeight(b, i), m.labour().intensiveCareWeight(b, i));
            boolean isCarer = b.careHours[i] > 0;
            if (isCarer != wasCarer) ev[(isCarer ? CARE_STARTS : CARE_STOPS).ordinal()]++;

            ev[COST_RESPIJTZORG_CENTS.ordinal()] += levers.respite().use(b, i, year, seed);
            ev[RESPITE_USERS.ordinal()] += b.respite[i];
            ev[MOVED_IN_WITH_RECEIVER.ordinal()] += levers.kostendelersnorm().moveIn(b, i, year, seed);

            double load = LabourModel.careLoad(levers.respite().effectiveCareHours(b, i), m.care().meanIntensiveHours(b.sex[i]));
            double protection = levers.leave().take(b, i, year, seed, ev);
            LabourStep.apply(b, i, year, seed, m.labour(), load, protection, newIntensive, m.bijstand().aow().floor(year + 1), ev);
            m.sicknessPay().record(b, i, !levers.leave().selfEmployed(seed, b.id[i]), m.prices(), ev);

            m.bijstand().update(b, i, year, seed, wasEmployed);
        }
        // Nobody moves between households from here on: one grouping serves positions, cost-sharers, the care market
        // and the tallies.
        Households households = new Households(b);
        Households.normalisePositions(b, households);
        m.bijstand().markCostSharers(b, households);
        m.status().assign(b, year, year + 1, seed, m.bijstand().aow());
        CareMarket.clear(b, m.care(), seed);
        for (int i = 0; i < b.size(); i++) {
            ev[COST_KOSTENDELERSNORM_CENTS.ordinal()] += levers.kostendelersnorm().extraBenefitCents(b, i);
            PublicAccounts.record(b, i, m.prices(), ev);
        }
        // Tallied here, while the households are at hand (the tallies were a third of a year's time).
        b.tally(Tally.of(b, households, m.care().heavyBurdenHours(), m.labour().minimumJobHours(), i -> CareMarket.wmo(b, i, m.care(), seed)));
        return b;
    }
}
