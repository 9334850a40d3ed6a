package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.util.List;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * Margins on care giving, SCP broad definition (2019): carers by age band among persons 18+ and by sex, intensive
 * carers (over 8 hours a week) by sex. Where carers by age and carers by sex imply different totals, the age table
 * wins (it is the more detailed) and the sex shares are scaled to it; beyond the tolerance in parameters.csv the
 * inputs are refused as disagreeing. The CBS narrow definition is met through care duration, not here
 * ({@link BaseSynthesis}).
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
    }

    private static double shareBySex(Table scp, String sex) {
        return scp.one("scp_broad carers, " + sex,
                r -> r.is("definition", "scp_broad") && r.is("dimension", "sex") && r.is("group", sex)).number("share");
    }
}
