package nl.mantelsim.population;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;

/**
 * The numbers household assembly needs, derived on the driver from care-labour/households.csv:
 * <ul>
 *   <li>children wanted by single parents: CBS 71487ned 2023 (1, 2, 3+ children);</li>
 *   <li>children wanted by couples: CBS 37975 households of 3, 4 and 5+ persons (2021) less the single-parent
 *       households of that size (2023), i.e. couples with 1, 2 and 3+ children, after taking out the other members
 *       who live with a family: they make a family one person larger, so the sizes the families have before
 *       they join are solved from the published ones, assuming each couple or single parent hosts one with the
 *       same chance (other members in families / couples and single parents, 2021; 2 x other multi-person
 *       households, taken as pairs, live apart);</li>
 *   <li>the share of other household members who live in an "other multi-person household" rather than with a
 *       family: 2 x such households (2024, derived) / other members (2024);</li>
 *   <li>mothers' age at birth and completed fertility (parameters.csv) for kin links;</li>
 *   <li>the age from which a housemate is a cost-sharer of a bijstand recipient (policy_parameters.csv).</li>
 * </ul>
 * "3+" children is 3, or 4 with the share that makes the children wanted by all families add up to the children
 * living at home (CBS 37620, 2021 interpolated); without it the children left over would join full families and
 * make too many households of 4 and 5+.
 */
public record HouseholdRules(double[] coupleChildren, double[] singleParentChildren, double otherPairShare,
                             double motherGapMean, double fatherGapMean, double gapSd, double[][] parityByAge,
                             int institutionSize, int costSharerMinimumAge, double fourthChildShare)
        implements Serializable {

    public static HouseholdRules from(InputData in) {
        Table h = in.table(InputCatalog.HOUSEHOLDS);
        double sp1 = v(h, "single_parent_households_1_child", "2023"), sp2 = v(h, "single_parent_households_2_children", "2023"),
                sp3 = v(h, "single_parent_households_3plus_children", "2023");
        double hh3 = v(h, "households_3_persons", "2021"), hh4 = v(h, "households_4_persons", "2021"),
                hh5 = v(h, "households_5plus_persons", "2021");
        double hh2 = v(h, "households_2_persons", "2021");
        double others = v(h, "persons_other_household_member", "2024");
        double otherHouseholds = v(h, "other_multi_person_households", "2024");
        double hosts = (HouseholdMargins.interpolated(h, "persons_cohabiting_partner_total") / 2
                + HouseholdMargins.interpolated(h, "persons_parent_in_single_parent_household"));
        double joined = Math.max(0, HouseholdMargins.interpolated(h, "persons_other_household_member") - 2 * otherHouseholds) / hosts;
        // Sizes before other members join: published(n) = (1 - joined) before(n) + joined before(n - 1).
        double before2 = (hh2 - otherHouseholds) / (1 - joined);
        double before3 = (hh3 - joined * before2) / (1 - joined);
        double before4 = (hh4 - joined * before3) / (1 - joined);
        double before5 = hh5 - joined * before4;
        double c1 = before3 - sp2, c2 = before4 - sp3, c3 = before5;
        if (c1 <= 0 || c2 <= 0 || c3 <= 0) {
            throw nl.mantelsim.data.InputError.of(h.file(), "households by size leave no couples with 1, 2 or 3+ children ("
                    + Math.round(c1) + ", " + Math.round(c2) + ", " + Math.round(c3) + ") after single parents and other members");
        }
        Parameters p = in.parameters();
        double couplesWithChildren = (HouseholdMargins.interpolated(h, "persons_partner_unmarried_couple_with_children")
                + HouseholdMargins.interpolated(h, "persons_partner_married_couple_with_children")) / 2;
        double singleParents = HouseholdMargins.interpolated(h, "persons_parent_in_single_parent_household");
        double[] couple = normalise(c1, c2, c3), single = normalise(sp1, sp2, sp3);
        double wantedAtThree = couplesWithChildren * (couple[0] + 2 * couple[1] + 3 * couple[2])
                + singleParents * (single[0] + 2 * single[1] + 3 * single[2]);
        double threePlus = couplesWithChildren * couple[2] + singleParents * single[2];
        double fourth = (HouseholdMargins.interpolated(h, "persons_child_living_at_home") - wantedAtThree) / threePlus;
        return new HouseholdRules(couple, single, Math.min(1, 2 * otherHouseholds / others),
                p.get("household.mother_age_gap_mean"), p.get("household.father_age_gap_mean"), p.get("household.mother_age_gap_sd"),
                parityByAge(in.table(InputCatalog.PARITY)), (int) p.get("household.institution_size"),
                (int) nl.mantelsim.policy.PolicyPrices.from(in).kostendelersMinimumAge(), Math.max(0, Math.min(1, fourth)));
    }

    /** Completed-children distribution by age in 2021, from the birth-cohort table. */
    private static double[][] parityByAge(Table t) {
        double[][] byAge = new double[Cells.AGES][];
        for (Table.Row r : t.rows()) {
            double[] shares = normalise(r.number("p0"), r.number("p1"), r.number("p2"), r.number("p3"), r.number("p4"));
            for (int cohort = r.integer("cohort_from"); cohort <= r.integer("cohort_to"); cohort++) {
                int age = 2021 - cohort;
                if (age >= 0 && age < Cells.AGES) byAge[age] = shares;
            }
        }
        for (int a = 15; a < Cells.AGES; a++) {
            if (byAge[a] == null) throw nl.mantelsim.data.InputError.of(t.file(), "no cohort row for persons aged " + a + " in 2021");
        }
        return byAge;
    }

    private static double v(Table h, String measure, String year) {
        return PopulationTargets.value(h, measure, "all", "all", year);
    }

    private static double[] normalise(double... x) {
        double s = 0;
        for (double d : x) s += d;
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) out[i] = x[i] / s;
        return out;
    }

    /**
     * Children a family wants, 1 to 3 from the shares, and 4 instead of 3 with {@link #fourthChildShare}: the uniform's
     * position inside the 3+ class is a second, independent uniform.
     */
    int childrenWanted(double[] shares, double u) {
        int k = pick(shares, u);
        if (k < shares.length - 1) return k + 1;
        double before = 0;
        for (int j = 0; j < k; j++) before += shares[j];
        double within = (u - before) / shares[k];
        return k + 1 + (within < fourthChildShare ? 1 : 0);
    }

    /** Index drawn from a discrete distribution with the uniform u. */
    static int pick(double[] shares, double u) {
        double c = 0;
        for (int k = 0; k < shares.length; k++) {
            c += shares[k];
            if (u < c) return k;
        }
        return shares.length - 1;
    }
}
