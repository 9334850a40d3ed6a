package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;

/**
 * Margins on household position (CBS StatLine 37620 and related tables in care-labour/households.csv).
 * <ul>
 *   <li>Persons by position: 37620 has 2018 and 2024; 2021 is interpolated linearly, except persons living alone,
 *       who are CBS 37975's one-person households of 2021 itself; the other six positions are scaled to the CBS 2021
 *       population total (they differ by 0.5%: the age table wins, being the base).</li>
 *   <li>Partners: as many women as men in each partner position (couples are taken as mixed-sex: same-sex couples,
 *       about 1-2%, are a documented simplification).</li>
 *   <li>Children living at home at 18-29 by sex and at 30-39 (CBS 2023 shares applied to 2021).</li>
 *   <li>Institutional residents at 80-89 and 90+: 2015 shares and the 2030 projection of the CBS
 *       Huishoudensprognose, interpolated to 2021.</li>
 *   <li>Living alone at 70+ by sex: the 2024 counts scaled by the 2021/2024 ratio of all persons living alone.</li>
 * </ul>
 */
final class HouseholdMargins {
    private HouseholdMargins() {}

    static final int BASE = 2021;

    static void add(PopulationTargets t, InputData in) {
        Table h = in.table(InputCatalog.HOUSEHOLDS);
        double[] byPosition = positionTotals(h, t);
        String[] names = new String[POSITIONS];
        for (Position p : Position.ALL) names[p.ordinal()] = p.label();
        t.margins.add(Margins.of("persons by household position (CBS 37620, 2021 interpolated)", Cells::position, byPosition, names));

        for (Position p : new Position[] {Position.PARTNER_NO_CHILDREN, Position.PARTNER_WITH_CHILDREN}) {
            double half = byPosition[p.ordinal()] / 2;
            double[] yes = {half, half};
            double[] all = {t.persons(0, 0, MAX_AGE), t.persons(1, 0, MAX_AGE)};
            t.margins.add(Margins.bySexYesNo("partners by sex: " + p.label() + " (mixed-sex couples)", c -> true,
                    c -> position(c) == p.ordinal(), yes, all));
        }

        double[] atHome1829 = {value(h, "share_living_with_parents", "male", "18-29", "2023") * t.persons(0, 18, 29),
                value(h, "share_living_with_parents", "female", "18-29", "2023") * t.persons(1, 18, 29)};
        t.margins.add(Margins.bySexYesNo("children living at home aged 18-29 (CBS Jeugdmonitor 2023)",
                c -> age(c) >= 18 && age(c) <= 29, c -> position(c) == Position.CHILD_AT_HOME.ordinal(), atHome1829,
                new double[] {t.persons(0, 18, 29), t.persons(1, 18, 29)}));
        // 30-39: CBS 2023 gives all and men; women = all - men. Shares of 2023's 30-39 population, taken as half men.
        double all3039 = value(h, "persons_living_with_parents", "all", "30-39", "2023");
        double men3039 = value(h, "persons_living_with_parents", "male", "30-39", "2023");
        double share = value(h, "share_living_with_parents", "all", "30-39", "2023");
        double pop2023 = all3039 / share;
        double[] atHome3039 = {men3039 / (pop2023 / 2) * t.persons(0, 30, 39), (all3039 - men3039) / (pop2023 / 2) * t.persons(1, 30, 39)};
        t.margins.add(Margins.bySexYesNo("children living at home aged 30-39 (CBS 2023)", c -> age(c) >= 30 && age(c) <= 39,
                c -> position(c) == Position.CHILD_AT_HOME.ordinal(), atHome3039,
                new double[] {t.persons(0, 30, 39), t.persons(1, 30, 39)}));

        addInstitutions(t, h);
        addLivingAlone70(t, h);
    }

    private static double[] positionTotals(Table h, PopulationTargets t) {
        String[][] measures = {
                {"persons_living_alone"},
                {"persons_partner_unmarried_couple_no_children", "persons_partner_married_couple_no_children"},
                {"persons_partner_unmarried_couple_with_children", "persons_partner_married_couple_with_children"},
                {"persons_child_living_at_home"},
                {"persons_parent_in_single_parent_household"},
                {"persons_other_household_member"},
                {"persons_in_institutional_households"}};
        double[] totals = new double[POSITIONS];
        double sum = 0;
        for (int p = 0; p < POSITIONS; p++) {
            for (String m : measures[p]) totals[p] += interpolated(h, m);
            sum += totals[p];
        }
        // Persons living alone are one-person households, which CBS 37975 counts for 2021 itself (the two series agree
        // in 2024); the linear interpolation overstates 2021 by 2%, so the base year's own count wins for them.
        int single = Position.SINGLE.ordinal();
        double interpolatedAlone = totals[single];
        totals[single] = livingAlone2021(h);
        double scale = (t.total() - totals[single]) / (sum - interpolatedAlone);
        for (int p = 0; p < POSITIONS; p++) if (p != single) totals[p] *= scale;
        t.note(String.format("persons by position: CBS 37620 2018-2024 interpolated to 2021 (%.0f), living alone from CBS 37975 2021 "
                + "(%.0f against %.0f interpolated), the others scaled by %.5f to the CBS 2021 population", sum, totals[single], interpolatedAlone, scale));
        return totals;
    }

    /** One-person households on 1 January 2021 (CBS 37975): the persons living alone of the base year. */
    static double livingAlone2021(Table h) {
        return value(h, "one_person_households", "all", "all", String.valueOf(BASE));
    }

    /** CBS 37620 counts of 2018 and 2024 interpolated to 1 January 2021. */
    static double interpolated(Table h, String measure) {
        double a = value(h, measure, "all", "all", "2018"), b = value(h, measure, "all", "all", "2024");
        return a + (b - a) * (BASE - 2018) / 6.0;
    }

    private static void addInstitutions(PopulationTargets t, Table h) {
        double[] share = new double[2];
        String[] groups = {"80-89", "90+"};
        for (int g = 0; g < 2; g++) {
            String grp = groups[g];
            Table.Row r2015 = h.one("share_living_in_institution " + grp, r -> r.is("measure", "share_living_in_institution") && r.is("age_group", grp));
            // The source row states the 2030 projection in its text: "projected 0.06 in 2030".
            double s2015 = r2015.number("value");
            double s2030 = projected2030(r2015);
            share[g] = s2015 + (s2030 - s2015) * (BASE - 2015) / 15.0;
        }
        double n8089 = t.personsAged(80, 89), n90 = t.personsAged(90, MAX_AGE);
        int inst = Position.INSTITUTION.ordinal();
        t.margins.add(Margins.of("institutional residents aged 80-89 and 90+ (CBS Huishoudensprognose 2015, 2021 interpolated)",
                c -> age(c) < 80 ? -1 : (age(c) < 90 ? 0 : 2) + (position(c) == inst ? 0 : 1),
                new double[] {share[0] * n8089, (1 - share[0]) * n8089, share[1] * n90, (1 - share[1]) * n90},
                new String[] {"institution 80-89", "private 80-89", "institution 90+", "private 90+"}));
        t.note(String.format("institutional shares 2021: 80-89 %.3f, 90+ %.3f (2015 observed, 2030 projected, interpolated)", share[0], share[1]));
    }

    private static double projected2030(Table.Row r) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("projected ([0-9.]+) in 2030").matcher(r.text("source"));
        if (!m.find()) throw r.error("source", "expected the text 'projected X in 2030'");
        return Double.parseDouble(m.group(1));
    }

    private static void addLivingAlone70(PopulationTargets t, Table h) {
        double ratio = livingAlone2021(h) / value(h, "persons_living_alone", "all", "all", "2024");
        double[] alone = {value(h, "persons_living_alone", "male", "70+", "2024") * ratio,
                value(h, "persons_living_alone", "female", "70+", "2024") * ratio};
        t.margins.add(Margins.bySexYesNo("living alone aged 70+ (CBS 2024, scaled to 2021)", c -> age(c) >= 70,
                c -> position(c) == Position.SINGLE.ordinal(), alone,
                new double[] {t.persons(0, 70, MAX_AGE), t.persons(1, 70, MAX_AGE)}));
    }

    private static double value(Table t, String measure, String sex, String age, String year) {
        if (measure.equals("persons_living_alone") && sex.equals("all") && year.equals("2024")) {
            // Two rows: the CBS 37620 series (first) and a rounded news figure; the series of 2018 wins.
            return t.where(r -> r.is("measure", measure) && r.is("sex", "all") && r.is("year", "2024")).get(0).number("value");
        }
        return PopulationTargets.value(t, measure, sex, age, year);
    }
}
