package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;

/**
 * Margins on work and education.
 * <ul>
 *   <li>Employed by sex and 5-year group 15-74: CBS gross participation 2016 (age profile) scaled per sex to the
 *       CBS net participation 15-74 of 2022 (level): the profile of one source, the level of the newer.</li>
 *   <li>Education by sex, ages 15-64: CBS 2021 (the base year wins over the 2022 15-74 shares, which serve as a
 *       check); the high share at 25-34 by sex: CBS Emancipatiemonitor 2023.</li>
 *   <li>Employed persons by sex and education: CBS 82647NED 2022 shares within each sex.</li>
 * </ul>
 */
final class LabourMargins {
    private LabourMargins() {}

    static void add(PopulationTargets t, InputData in) {
        double[] employedBySex = addEmployment(t, in.table(InputCatalog.LABOUR_PARTICIPATION));
        Table edu = in.table(InputCatalog.EDUCATION);
        double[] pop1564 = {t.persons(0, 15, 64), t.persons(1, 15, 64)};
        double[] targets = new double[2 * EDUCATION_LEVELS];
        String[] names = new String[targets.length];
        for (int sex = 0; sex < 2; sex++) {
            for (int e = 0; e < EDUCATION_LEVELS; e++) {
                targets[sex * EDUCATION_LEVELS + e] = PopulationTargets.value(edu, "share_" + EDUCATION_NAMES[e], sexName(sex), "15-64", "2021") * pop1564[sex];
                names[sex * EDUCATION_LEVELS + e] = sexName(sex) + " " + EDUCATION_NAMES[e];
            }
        }
        t.margins.add(Margins.of("education by sex, 15-64 (CBS 2021)", c -> age(c) >= 15 && age(c) <= 64
                ? sex(c) * EDUCATION_LEVELS + education(c) : -1, targets, names));

        double[] pop2534 = {t.persons(0, 25, 34), t.persons(1, 25, 34)};
        double[] high = {PopulationTargets.value(edu, "share_high", "male", "25-34", "2023") * pop2534[0],
                PopulationTargets.value(edu, "share_high", "female", "25-34", "2023") * pop2534[1]};
        t.margins.add(Margins.bySexYesNo("high education by sex, 25-34 (CBS 2023)", c -> age(c) >= 25 && age(c) <= 34,
                c -> education(c) == HIGH, high, pop2534));

        Table wh = in.table(InputCatalog.WORKING_HOURS);
        double[] employedEdu = new double[2 * EDUCATION_LEVELS];
        for (int sex = 0; sex < 2; sex++) {
            double sum = 0;
            double[] k = new double[EDUCATION_LEVELS];
            for (int e = 0; e < EDUCATION_LEVELS; e++) {
                String group = "education " + EDUCATION_NAMES[e];
                String s = sexName(sex);
                k[e] = wh.one("employed_thousands " + s + " " + group, r -> r.is("measure", "employed_thousands")
                        && r.is("sex", s) && r.is("group", group)).number("value");
                sum += k[e];
            }
            for (int e = 0; e < EDUCATION_LEVELS; e++) employedEdu[sex * EDUCATION_LEVELS + e] = employedBySex[sex] * k[e] / sum;
        }
        t.margins.add(Margins.of("employed by sex and education (CBS 82647NED 2022 shares)", c -> employed(c) == 1
                && age(c) >= 15 && age(c) <= 74 ? sex(c) * EDUCATION_LEVELS + education(c) : -1, employedEdu, names));
    }

    /** Adds employment by sex and 5-year group; returns employed persons 15-74 by sex. */
    private static double[] addEmployment(PopulationTargets t, Table lp) {
        int groups = 12; // 15-19 .. 70-74
        double[][] rate = new double[2][groups];
        double[] employedBySex = new double[2];
        for (int sex = 0; sex < 2; sex++) {
            String s = sexName(sex);
            double pop = 0, employedAtGross = 0;
            for (int g = 0; g < groups; g++) {
                int from = 15 + 5 * g;
                String label = from + "-" + (from + 4);
                rate[sex][g] = lp.one("gross_participation " + s + " " + label,
                        r -> r.is("measure", "gross_participation") && r.is("sex", s) && r.is("age_group", label)).number("value");
                double n = t.persons(sex, from, from + 4);
                pop += n;
                employedAtGross += rate[sex][g] * n;
            }
            double net = lp.one("net_participation " + s + " 15-74",
                    r -> r.is("measure", "net_participation") && r.is("sex", s) && r.is("age_group", "15-74")).number("value");
            double k = net * pop / employedAtGross;
            for (int g = 0; g < groups; g++) {
                rate[sex][g] = Math.min(0.98, rate[sex][g] * k);
                employedBySex[sex] += rate[sex][g] * t.persons(sex, 15 + 5 * g, 19 + 5 * g);
            }
            t.note(String.format("employment by age for %s: 2016 gross participation x %.4f to meet 2022 net participation 15-74 of %.3f", s, k, net));
        }
        double[] targets = new double[2 * groups * 2];
        String[] names = new String[targets.length];
        for (int sex = 0; sex < 2; sex++) {
            for (int g = 0; g < groups; g++) {
                double n = t.persons(sex, 15 + 5 * g, 19 + 5 * g);
                int k = (sex * groups + g) * 2;
                targets[k] = rate[sex][g] * n;
                targets[k + 1] = n - targets[k];
                String label = sexName(sex) + " " + (15 + 5 * g) + "-" + (19 + 5 * g);
                names[k] = "employed " + label;
                names[k + 1] = "not employed " + label;
            }
        }
        t.margins.add(Margins.of("employed by sex and age (CBS 2016 profile, 2022 level)", c -> {
            int a = age(c);
            return (a < 15 || a > 74) ? -1 : ((sex(c) * groups + (a - 15) / 5) * 2 + (employed(c) == 1 ? 0 : 1));
        }, targets, names));
        return employedBySex;
    }
}
