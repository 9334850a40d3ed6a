package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;

/**
 * Margins on general social assistance (bijstand) under the AOW age. The total is CBS's first quarter of 2021
 * (the base year wins); its split by sex and the share under 27 come from the end of 2023 (the only year with
 * them); by household type (single, single parent, couple) from the 2017 benefits (82015NED): a benefit for a couple
 * is counted as its recipient's position, a documented simplification. The share under the kostendelersnorm
 * (12%, 2022) is fitted as the recipients who live in someone else's household as an adult: an other member or a
 * child at home (whose parents, at least 16 years older, are of cost-sharing age, 27+, whatever the child's age).
 * The households assembled afterwards decide the actual cost-sharers, which the fit report compares with the 12%:
 * assembly keeps other members and children at home of 27 or over out of households where a parent or partner is
 * on bijstand ({@link HouseholdAssembly}), so that recipients in their own household rarely have cost-sharers.
 */
final class BijstandMargins {
    private BijstandMargins() {}

    static void add(PopulationTargets t, InputData in) {
        Table b = in.table(InputCatalog.BIJSTAND);
        double total = v(b, "persons_with_general_bijstand", "all", "under AOW age", "2021Q1");
        double women = v(b, "persons_with_general_bijstand", "female", "under AOW age", "2023Q4");
        double men = v(b, "persons_with_general_bijstand", "male", "under AOW age", "2023Q4");
        double under27 = v(b, "persons_with_general_bijstand", "all", "under 27", "2023Q4") / (women + men);
        double[] bySex = {total * men / (women + men), total * women / (women + men)};
        double[] pop = {t.persons(0, 0, MAX_AGE), t.persons(1, 0, MAX_AGE)};
        t.margins.add(Margins.bySexYesNo("bijstand recipients by sex (CBS 2021Q1 total, 2023Q4 split)", c -> true,
                c -> bijstand(c) == 1, bySex, pop));
        t.margins.add(Margins.of("bijstand recipients under 27 (CBS 2023Q4 share)", c -> bijstand(c) == 1 ? (age(c) < 27 ? 0 : 1) : -1,
                new double[] {under27 * total, (1 - under27) * total}, new String[] {"under 27", "27 and over"}));
        double single = v(b, "share_benefits_single", "all", "under AOW age", "2017-01");
        double parent = v(b, "share_benefits_single_parent", "all", "under AOW age", "2017-01");
        double couple = v(b, "share_benefits_couple", "all", "under AOW age", "2017-01");
        double norm = single + parent + couple; // rounded shares: make them sum to one
        Table pol = in.table(InputCatalog.POLICY_PARAMETERS);
        double sharers = pol.one("share_of_bijstand_recipients_under_kostendelersnorm",
                r -> r.is("parameter", "share_of_bijstand_recipients_under_kostendelersnorm")).number("value");
        t.margins.add(Margins.of("bijstand recipients living as an adult in another's household (kostendelersnorm share, 2022)", c -> {
            if (bijstand(c) == 0) return -1;
            Position p = Position.ALL[position(c)];
            return p == Position.OTHER_MEMBER || p == Position.CHILD_AT_HOME ? 0 : 1;
        }, new double[] {sharers * total, (1 - sharers) * total}, new String[] {"in another's household", "own household"}));
        t.margins.add(Margins.of("bijstand recipients by household type (CBS 82015NED 2017 shares)", c -> {
            if (bijstand(c) == 0) return -1;
            Position p = Position.ALL[position(c)];
            return p.isPartner() ? 2 : p == Position.SINGLE_PARENT ? 1 : 0;
        }, new double[] {total * single / norm, total * parent / norm, total * couple / norm},
                new String[] {"single or other", "single parent", "couple"}));
    }

    private static double v(Table b, String measure, String sex, String age, String year) {
        return PopulationTargets.value(b, measure, sex, age, year);
    }
}
