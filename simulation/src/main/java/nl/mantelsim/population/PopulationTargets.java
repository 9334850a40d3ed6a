package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.Table;

/**
 * Builds the IPF margins for the base population of 1 January 2021 from the published tables:
 * <ul>
 *   <li>persons by sex and single year of age: CBS 83502NED/83503NED (5-year groups, split by {@link AgeSplit});</li>
 *   <li>carers (SCP broad definition, 2019) by age band among persons 18+, and by sex;</li>
 *   <li>intensive carers (over 8 hours a week, SCP 2019) by sex;</li>
 *   <li>employed persons by sex and 5-year group 15-74: CBS gross participation 2016 by age and sex, scaled per
 *       sex to the CBS net participation 15-74 of 2022 (the age profile of one source, the level of the newer).</li>
 * </ul>
 * Where the carer-by-age and carer-by-sex tables imply different totals, the age table wins (it is the more
 * detailed) and the sex shares are scaled to it; beyond the tolerance in data/model/parameters.csv the inputs are
 * refused as disagreeing.
 */
public final class PopulationTargets {
    public final double[] personsBySexAge = new double[2 * AGES];
    public final List<Ipf.Margin> margins = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    public static PopulationTargets build(InputData in) {
        PopulationTargets t = new PopulationTargets();
        Parameters p = in.parameters();
        t.addPopulation(in.table(InputCatalog.POPULATION), p.get("population.open_age_group_ratio"));
        t.addCarers(in, p.get("fit.margin_disagreement_tolerance"));
        t.addEmployment(in.table(InputCatalog.LABOUR_PARTICIPATION));
        return t;
    }

    public double persons(int sex, int age) { return personsBySexAge[sex * AGES + age]; }

    public double persons(int sex, int from, int to) {
        double s = 0;
        for (int a = from; a <= Math.min(to, MAX_AGE); a++) s += persons(sex, a);
        return s;
    }

    private void addPopulation(Table pop, double openRatio) {
        for (int sex = 0; sex < 2; sex++) {
            String sexName = sex == 0 ? "male" : "female";
            double[] groups = new double[20];
            boolean[] seen = new boolean[20];
            for (Table.Row r : pop.where(r -> r.text("source").startsWith("CBS") && r.is("sex", sexName))) {
                int g = r.integer("age") / 5;
                if (g >= 20 || r.integer("age") % 5 != 0) throw r.error("age", "expected a 5-year group start 0..95");
                groups[g] = r.number("count");
                seen[g] = true;
            }
            for (int g = 0; g < 20; g++) {
                if (!seen[g]) throw InputError.of(pop.file(), "no CBS count for " + sexName + " aged " + 5 * g);
            }
            double[] single = AgeSplit.split(groups, openRatio);
            System.arraycopy(single, 0, personsBySexAge, sex * AGES, AGES);
        }
        // The single-year targets sum to the published 5-year groups exactly, so one margin fixes both.
        int[] catSingle = new int[COUNT];
        double[] tSingle = new double[2 * AGES];
        String[] nSingle = new String[2 * AGES];
        for (int c = 0; c < COUNT; c++) catSingle[c] = sex(c) * AGES + age(c);
        for (int k = 0; k < 2 * AGES; k++) {
            tSingle[k] = personsBySexAge[k];
            nSingle[k] = (k < AGES ? "male " : "female ") + (k % AGES);
        }
        margins.add(new Ipf.Margin("persons by sex and age (CBS 2021)", catSingle, tSingle, nSingle));
    }

    private void addCarers(InputData in, double tolerance) {
        Table scp = in.table(InputCatalog.CARER_PREVALENCE_SCP);
        List<Table.Row> byAge = scp.where(r -> r.is("definition", "scp_broad") && r.is("dimension", "age"));
        if (byAge.isEmpty()) throw InputError.of(scp.file(), "no scp_broad rows by age");
        int[] cat = new int[COUNT];
        java.util.Arrays.fill(cat, -1);
        double[] targets = new double[2 * byAge.size()];
        String[] names = new String[targets.length];
        double totalByAge = 0;
        for (int b = 0; b < byAge.size(); b++) {
            Table.Row r = byAge.get(b);
            int[] band = AgeBands.parse(r, "group");
            if (band[0] < 18) throw r.error("group", "carer bands start at 18");
            double pop = persons(0, band[0], band[1]) + persons(1, band[0], band[1]);
            targets[2 * b] = r.number("share") * pop;
            targets[2 * b + 1] = pop - targets[2 * b];
            names[2 * b] = "carers " + r.text("group");
            names[2 * b + 1] = "non-carers " + r.text("group");
            totalByAge += targets[2 * b];
            for (int c = 0; c < COUNT; c++) {
                if (AgeBands.contains(band, age(c))) cat[c] = 2 * b + (care(c) == NON_CARER ? 1 : 0);
            }
        }
        margins.add(new Ipf.Margin("carers by age band (SCP broad 2019)", cat, targets, names));

        double[] sexShare = {shareBySex(scp, "male"), shareBySex(scp, "female")};
        double[] adults = {persons(0, 18, MAX_AGE), persons(1, 18, MAX_AGE)};
        double totalBySex = sexShare[0] * adults[0] + sexShare[1] * adults[1];
        double ratio = totalByAge / totalBySex;
        if (Math.abs(ratio - 1) > tolerance) {
            throw InputError.of(scp.file(), String.format(
                    "marginals disagree: carers by age imply %.0f, carers by sex imply %.0f (%.1f%% apart, tolerance %.1f%%)",
                    totalByAge, totalBySex, 100 * Math.abs(ratio - 1), 100 * tolerance));
        }
        notes.add(String.format("carers by sex scaled by %.4f to the total implied by carers by age (%s)", ratio, scp.file()));
        addSexMargin("carers by sex (SCP broad 2019, scaled to the age margin)",
                new double[] {sexShare[0] * ratio, sexShare[1] * ratio}, adults, c -> care(c) != NON_CARER);

        Table intensity = in.table(InputCatalog.CARER_INTENSITY_SCP);
        double women = intensity.one("intensive_share_women", r -> r.is("quantity", "intensive_share_women")).number("value");
        double men = intensity.one("intensive_share_men", r -> r.is("quantity", "intensive_share_men")).number("value");
        addSexMargin("intensive carers by sex (SCP 2019)", new double[] {men, women}, adults,
                c -> care(c) == INTENSIVE_CARER);
    }

    private void addSexMargin(String name, double[] share, double[] adults, java.util.function.IntPredicate in) {
        int[] cat = new int[COUNT];
        for (int c = 0; c < COUNT; c++) cat[c] = age(c) < 18 ? -1 : 2 * sex(c) + (in.test(c) ? 0 : 1);
        double[] targets = {share[0] * adults[0], (1 - share[0]) * adults[0], share[1] * adults[1], (1 - share[1]) * adults[1]};
        margins.add(new Ipf.Margin(name, cat, targets, new String[] {"male yes", "male no", "female yes", "female no"}));
    }

    private static double shareBySex(Table scp, String sex) {
        return scp.one("scp_broad carers, " + sex,
                r -> r.is("definition", "scp_broad") && r.is("dimension", "sex") && r.is("group", sex)).number("share");
    }

    private void addEmployment(Table lp) {
        int groups = 12; // 15-19 .. 70-74
        double[][] gross = new double[2][groups];
        for (int sex = 0; sex < 2; sex++) {
            String s = sex == 0 ? "male" : "female";
            double pop = 0, employedAtGross = 0;
            for (int g = 0; g < groups; g++) {
                int from = 15 + 5 * g;
                String label = from + "-" + (from + 4);
                gross[sex][g] = lp.one("gross_participation " + s + " " + label,
                        r -> r.is("measure", "gross_participation") && r.is("sex", s) && r.is("age_group", label)).number("value");
                double n = persons(sex, from, from + 4);
                pop += n;
                employedAtGross += gross[sex][g] * n;
            }
            double net = lp.one("net_participation " + s + " 15-74",
                    r -> r.is("measure", "net_participation") && r.is("sex", s) && r.is("age_group", "15-74")).number("value");
            double k = net * pop / employedAtGross;
            for (int g = 0; g < groups; g++) gross[sex][g] = Math.min(0.98, gross[sex][g] * k);
            notes.add(String.format("employment by age for %s: 2016 gross participation x %.4f to meet 2022 net participation 15-74 of %.3f", s, k, net));
        }
        int[] cat = new int[COUNT];
        double[] targets = new double[2 * groups * 2];
        String[] names = new String[targets.length];
        for (int c = 0; c < COUNT; c++) {
            int a = age(c);
            cat[c] = (a < 15 || a > 74) ? -1 : ((sex(c) * groups + (a - 15) / 5) * 2 + (employed(c) == 1 ? 0 : 1));
        }
        for (int sex = 0; sex < 2; sex++) {
            for (int g = 0; g < groups; g++) {
                double n = persons(sex, 15 + 5 * g, 19 + 5 * g);
                int k = (sex * groups + g) * 2;
                targets[k] = gross[sex][g] * n;
                targets[k + 1] = n - targets[k];
                String label = (sex == 0 ? "male " : "female ") + (15 + 5 * g) + "-" + (19 + 5 * g);
                names[k] = "employed " + label;
                names[k + 1] = "not employed " + label;
            }
        }
        margins.add(new Ipf.Margin("employed by sex and age (CBS 2016 profile, 2022 level)", cat, targets, names));
    }
}
