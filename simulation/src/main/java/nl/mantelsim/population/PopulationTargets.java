package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * The published margins of the base population of 1 January 2021, gathered from the tables by theme
 * ({@link HouseholdMargins}, {@link CareMargins}, {@link LabourMargins}, {@link BijstandMargins}). Persons by sex and
 * single year of age come first: CBS 83502NED/83503NED 5-year groups split by {@link AgeSplit}; the other margins
 * are shares of these counts. Where two sources disagree the notes say which one wins.
 */
public final class PopulationTargets {
    public final double[] personsBySexAge = new double[2 * AGES];
    public final List<Ipf.Margin> margins = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    public static PopulationTargets build(InputData in) {
        PopulationTargets t = new PopulationTargets();
        t.addPopulation(in.table(InputCatalog.POPULATION), in.parameters().get("population.open_age_group_ratio"));
        HouseholdMargins.add(t, in);
        CareMargins.add(t, in);
        LabourMargins.add(t, in);
        BijstandMargins.add(t, in);
        return t;
    }

    public double persons(int sex, int age) { return personsBySexAge[sex * AGES + age]; }

    public double persons(int sex, int from, int to) {
        double s = 0;
        for (int a = from; a <= Math.min(to, MAX_AGE); a++) s += persons(sex, a);
        return s;
    }

    public double personsAged(int from, int to) { return persons(0, from, to) + persons(1, from, to); }

    public double total() { return persons(0, 0, MAX_AGE) + persons(1, 0, MAX_AGE); }

    void note(String s) { notes.add(s); }

    private void addPopulation(Table pop, double openRatio) {
        for (int sex = 0; sex < 2; sex++) {
            String sexName = sexName(sex);
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
            System.arraycopy(AgeSplit.split(groups, openRatio), 0, personsBySexAge, sex * AGES, AGES);
        }
        // The single-year targets sum to the published 5-year groups exactly, so one margin fixes both.
        String[] names = new String[2 * AGES];
        for (int k = 0; k < 2 * AGES; k++) names[k] = sexName(k / AGES) + " " + (k % AGES);
        margins.add(Margins.of("persons by sex and age (CBS 83502NED/83503NED, 1 Jan 2021)", c -> sex(c) * AGES + age(c),
                personsBySexAge.clone(), names));
    }

    /** A value from a long-format table (measure, sex, age_group, year), naming the table when absent. */
    static double value(Table t, String measure, String sex, String ageGroup, String year) {
        return t.one(measure + " " + sex + " " + ageGroup + " " + year, r -> r.is("measure", measure) && r.is("sex", sex)
                && r.is("age_group", ageGroup) && r.is("year", year)).number("value");
    }
}
