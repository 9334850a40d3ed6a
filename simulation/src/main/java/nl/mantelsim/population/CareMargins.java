package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.util.List;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * Margins on care giving, SCP broad definition (2019): carers by age band among persons 18+ and by sex, intensive
 * carers (over 8 hours a week) by sex and by age (as an assumed share of CBS narrow carers). Where carers by age and
 * carers by sex imply different totals, the age table wins (it is the more detailed) and the sex shares are scaled
 * to it; beyond the tolerance in parameters.csv the inputs are refused as disagreeing. The rest of the CBS narrow
 * definition is met through care duration ({@link nl.mantelsim.care.CareModel}).
 */
final class CareMargins {
    private CareMargins() {}

    static void add(PopulationTargets t, InputData in) {
        double tolerance = in.parameters().get("fit.margin_disagreement_tolerance");
        Table scp = in.table(InputCatalog.CARER_PREVALENCE_SCP);
        List<Table.Row> byAge = scp.where(r -> r.is("definition", "scp_broad") && r.is("dimension", "age"));
        if (byAge.isEmpty()) throw InputError.of(scp.file(), "no scp_broad rows by age");
        double[] targets = new double[2 * byAge.size()];
        String[] names = new String[targets.length];
        int[][] bands = new int[byAge.size()][];
        double totalByAge = 0;
        for (int b = 0; b < byAge.size(); b++) {
            Table.Row r = byAge.get(b);
            bands[b] = AgeBands.parse(r, "group");
            if (bands[b][0] < 18) throw r.error("group", "carer bands start at 18");
            double pop = t.personsAged(bands[b][0], bands[b][1]);
            targets[2 * b] = r.number("share") * pop;
            targets[2 * b + 1] = pop - targets[2 * b];
            names[2 * b] = "carers " + r.text("group");
            names[2 * b + 1] = "non-carers " + r.text("group");
            totalByAge += targets[2 * b];
        }
        t.margins.add(Margins.of("carers by age band (SCP broad 2019)", c -> {
            for (int b = 0; b < bands.length; b++) {
                if (AgeBands.contains(bands[b], age(c))) return 2 * b + (care(c) == NON_CARER ? 1 : 0);
            }
            return -1;
        }, targets, names));

        double[] adults = {t.persons(0, 18, MAX_AGE), t.persons(1, 18, MAX_AGE)};
        double[] sexShare = {shareBySex(scp, "male"), shareBySex(scp, "female")};
        double totalBySex = sexShare[0] * adults[0] + sexShare[1] * adults[1];
        double ratio = totalByAge / totalBySex;
        if (Math.abs(ratio - 1) > tolerance) {
            throw InputError.of(scp.file(), String.format(
                    "marginals disagree: carers by age imply %.0f, carers by sex imply %.0f (%.1f%% apart, tolerance %.1f%%)",
                    totalByAge, totalBySex, 100 * Math.abs(ratio - 1), 100 * tolerance));
        }
        t.note(String.format("carers by sex scaled by %.4f to the total implied by carers by age (%s)", ratio, scp.file()));
        t.margins.add(Margins.bySexYesNo("carers by sex (SCP broad 2019, scaled to the age margin)", c -> age(c) >= 18,
                c -> care(c) != NON_CARER, new double[] {sexShare[0] * ratio * adults[0], sexShare[1] * ratio * adults[1]}, adults));

        Table intensity = in.table(InputCatalog.CARER_INTENSITY_SCP);
        double women = intensity.one("intensive_share_women", r -> r.is("quantity", "intensive_share_women")).number("value");
        double men = intensity.one("intensive_share_men", r -> r.is("quantity", "intensive_share_men")).number("value");
        t.margins.add(Margins.bySexYesNo("intensive carers by sex (SCP 2019)", c -> age(c) >= 18,
                c -> care(c) == INTENSIVE_CARER, new double[] {men * adults[0], women * adults[1]}, adults));
        addIntensiveByAge(t, in.table(InputCatalog.CARER_PREVALENCE_CBS), men * adults[0] + women * adults[1]);
    }

    /**
     * Intensive carers by CBS's 5-year age groups (18-19 with 20-24): no table gives them, so they are assumed to be
     * the same share of CBS narrow carers (care over 3 months and/or over 8 hours a week, 2022) at every age, the
     * share that makes them add up to the SCP total. Without it the seed spreads intensive carers over ages like
     * all carers, and at 20-29 they alone outnumber CBS's narrow carers (by 45% at 20-24).
     */
    private static void addIntensiveByAge(PopulationTargets t, Table cbs, double intensiveTotal) {
        List<Table.Row> groups = cbs.where(r -> r.is("definition", "cbs_narrow") && r.is("dimension", "age") && r.integer("year") == 2022);
        if (groups.isEmpty()) throw InputError.of(cbs.file(), "no cbs_narrow rows by age for 2022");
        int[] groupOfAge = new int[AGES];
        java.util.Arrays.fill(groupOfAge, -1);
        double[] narrow = new double[groups.size()], pop = new double[groups.size()];
        double narrowTotal = 0;
        for (int g = 0; g < groups.size(); g++) {
            Table.Row r = groups.get(g);
            int[] band = AgeBands.parse(r, "group");
            int from = g == 0 ? 18 : band[0];
            for (int a = from; a <= band[1]; a++) {
                if (groupOfAge[a] >= 0) throw r.error("group", "age " + a + " is in two groups");
                groupOfAge[a] = g;
            }
            pop[g] = t.personsAged(from, band[1]);
            narrow[g] = r.number("share") * pop[g];
            narrowTotal += narrow[g];
        }
        for (int a = 18; a <= MAX_AGE; a++) {
            if (groupOfAge[a] < 0) throw InputError.of(cbs.file(), "no cbs_narrow 2022 age group holds age " + a);
        }
        double ratio = intensiveTotal / narrowTotal;
        double[] targets = new double[2 * groups.size()];
        String[] names = new String[targets.length];
        for (int g = 0; g < groups.size(); g++) {
            targets[2 * g] = ratio * narrow[g];
            targets[2 * g + 1] = pop[g] - targets[2 * g];
            String label = (g == 0 ? "18-" + AgeBands.parse(groups.get(g), "group")[1] : groups.get(g).text("group"));
            names[2 * g] = "intensive " + label;
            names[2 * g + 1] = "not intensive " + label;
        }
        t.note(String.format("intensive carers by age: %.3f of CBS narrow carers at every age (assumption; SCP total / CBS narrow total)", ratio));
        t.margins.add(Margins.of("intensive carers by age (assumed share of CBS narrow carers, 2022)",
                c -> age(c) < 18 ? -1 : 2 * groupOfAge[age(c)] + (care(c) == INTENSIVE_CARER ? 0 : 1), targets, names));
    }

    private static double shareBySex(Table scp, String sex) {
        return scp.one("scp_broad carers, " + sex,
                r -> r.is("definition", "scp_broad") && r.is("dimension", "sex") && r.is("group", sex)).number("share");
    }
}
