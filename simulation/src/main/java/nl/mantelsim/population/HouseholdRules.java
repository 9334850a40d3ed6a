package nl.mantelsim.population;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;

/**
 * The numbers household assembly needs, derived on the driver from care-labour/households.csv and the fitted persons
 * by household position (so that households and persons agree: a small household-level IPU solved in closed form):
 * <ul>
 *   <li>children wanted by single parents: CBS 71487ned 2023 (1, 2, 3+ children);</li>
 *   <li>the share of other household members who live in an "other multi-person household" rather than with a
 *       family: 2 x such households (2024, derived) / other members (2024); these live in pairs;</li>
 *   <li>how the other members who live with a family are spread over families: at rate h0 with a couple without
 *       children, at rate h with a couple or single parent with children. Both are solved from CBS 37975's
 *       households of 2 persons (2021) and the other members to place: a couple without children hosting one is no
 *       longer a household of 2. CBS's tables leave h0 well below h (about 1% against 6%): most other members live
 *       with families with children;</li>
 *   <li>children wanted by couples: couples with 1, 2 and 3+ children solved from CBS 37975 households of 3, 4 and
 *       5+ persons (2021) after the single parents of each size and the households that an other member made one
 *       person larger;</li>
 *   <li>mothers' age at birth and completed fertility (parameters.csv) for kin links;</li>
 *   <li>the age from which a housemate is a cost-sharer of a bijstand recipient (policy_parameters.csv).</li>
 * </ul>
 * "3+" children is 3, or 4 with the share that makes the children wanted by all families add up to the children
 * living at home; without it the children left over would join full families and make too many households of 4
 * and 5+.
 */
public record HouseholdRules(double[] coupleChildren, double[] singleParentChildren, double otherPairShare,
                             double childlessHostShare, double coupleHostShare, double motherGapMean, double fatherGapMean, double gapSd,
                             double[][] parityByAge, int institutionSize, int costSharerMinimumAge, double fourthChildShare)
        implements Serializable {

    /** @param fit the base-population fit: the persons by household position the households are made of */
    public static HouseholdRules from(InputData in, FittedPopulation fit) {
        Table h = in.table(InputCatalog.HOUSEHOLDS);
        double[] single = normalise(v(h, "single_parent_households_1_child", "2023"), v(h, "single_parent_households_2_children", "2023"),
                v(h, "single_parent_households_3plus_children", "2023"));
        double hh2 = v(h, "households_2_persons", "2021"), hh3 = v(h, "households_3_persons", "2021"),
                hh4 = v(h, "households_4_persons", "2021"), hh5 = v(h, "households_5plus_persons", "2021");
        double pairShare = Math.min(1, 2 * v(h, "other_multi_person_households", "2024") / v(h, "persons_other_household_member", "2024"));

        double childless = positioned(fit, Position.PARTNER_NO_CHILDREN) / 2, couples = positioned(fit, Position.PARTNER_WITH_CHILDREN) / 2;
        double singleParents = positioned(fit, Position.SINGLE_PARENT), children = positioned(fit, Position.CHILD_AT_HOME);
        double others = positioned(fit, Position.OTHER_MEMBER);
        double pairs = pairShare * others / 2, joining = others - 2 * pairs, families = couples + singleParents;
        double s1 = single[0] * singleParents, s2 = single[1] * singleParents, s3 = single[2] * singleParents;
        // Households of 2: childless couples not hosting, single parents of one child not hosting, and the pairs;
        // and every joining member is hosted once: childless x h0 + families x h = joining. Two equations, h0 and h.
        double h1 = (hh2 - pairs - childless + joining - s1) / (families - s1);
        double h0 = (joining - h1 * families) / childless;
        if (!(h0 >= 0 && h0 < 1 && h1 >= 0 && h1 < 1)) {
            throw h.one("households_2_persons 2021", r -> r.is("measure", "households_2_persons") && r.is("year", "2021"))
                    .error("value", String.format(java.util.Locale.ROOT, "households of 2 persons (%.0f) and the other household "
                            + "members to place with families (%.0f, from the persons by position) give hosting rates outside "
                            + "[0, 1): childless couples %.3f, families with children %.3f", hh2, joining, h0, h1));
        }
        // Households of 3, 4 and 5+: published(n) = hosted families of n - 1 + families of n not hosting. A single
        // parent of "3+" with a fourth child is a household of 5; the share with a fourth child depends on the couples'
        // children, so the two are solved together (a fixed point, settled in a few rounds).
        double[] couple = null;
        double fourth = 0;
        for (int round = 0; round < 50; round++) {
            double c1 = (hh3 - childless * h0 - s1 * h1) / (1 - h1) - s2;
            double c2 = (hh4 - (c1 + s2) * h1) / (1 - h1) - s3 * (1 - fourth);
            double c3 = hh5 - (c2 + s3 * (1 - fourth)) * h1 - s3 * fourth;
            if (c1 <= 0 || c2 <= 0 || c3 <= 0) {
                throw nl.mantelsim.data.InputError.of(h.file(), "households by size leave no couples with 1, 2 or 3+ children ("
                        + Math.round(c1) + ", " + Math.round(c2) + ", " + Math.round(c3) + ") after single parents and other members");
            }
            couple = normalise(c1, c2, c3);
            double wantedAtThree = couples * (couple[0] + 2 * couple[1] + 3 * couple[2]) + singleParents * (single[0] + 2 * single[1] + 3 * single[2]);
            double next = Math.max(0, Math.min(1, (children - wantedAtThree) / (couples * couple[2] + singleParents * single[2])));
            boolean settled = Math.abs(next - fourth) < 1e-12;
            fourth = next;
            if (settled) break;
        }
        Parameters p = in.parameters();
        return new HouseholdRules(couple, single, pairShare, childless * h0 / joining, couples / families,
                p.get("household.mother_age_gap_mean"), p.get("household.father_age_gap_mean"), p.get("household.mother_age_gap_sd"),
                parityByAge(in.table(InputCatalog.PARITY)), (int) p.get("household.institution_size"),
                (int) nl.mantelsim.policy.PolicyPrices.from(in).kostendelersMinimumAge(), fourth);
    }

    private static double positioned(FittedPopulation fit, Position p) {
        return fit.sum(c -> Cells.position(c) == p.ordinal());
    }

    /**
     * Which families an other member joins, from a uniform: 0 a childless couple (with {@link #childlessHostShare}),
     * else 1 a couple with children or 2 a single parent, in proportion to their numbers (one hosting rate for both).
     */
    int hostList(double u) {
        if (u < childlessHostShare) return 0;
        return (u - childlessHostShare) / (1 - childlessHostShare) < coupleHostShare ? 1 : 2;
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
