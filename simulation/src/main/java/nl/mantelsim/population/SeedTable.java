package nl.mantelsim.population;

import static nl.mantelsim.population.Cells.*;

import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;

/**
 * The IPF seed: which cells can hold persons at all (structural zeros) and the assumed shapes that no published
 * margin fixes (data/model/position_seed.csv, data/model/education_seed.csv, one odds ratio in parameters.csv).
 * IPF keeps every interaction of the seed that the margins do not override, so these are the fit's assumptions.
 *
 * <p>Structural zeros: minors live with a parent or in an institution and give no care; nobody under 15 works or
 * has a classified education; nobody over 74 works; institutional residents neither work nor give care; bijstand
 * only for persons aged 18 up to the AOW age (66 in 2021) who do not work and live in a private household.
 */
final class SeedTable {
    private SeedTable() {}

    static double[] build(InputData in, int aowAge) {
        double[][] position = positionWeights(in.table(InputCatalog.POSITION_SEED));
        double[][] education = educationWeights(in.table(InputCatalog.EDUCATION_SEED));
        double oddsEmployedIntensive = in.parameters().get("fit.seed_odds_employed_intensive");
        double[] s = new double[COUNT];
        for (int c = 0; c < COUNT; c++) {
            int sex = sex(c), a = age(c), p = position(c), care = care(c), emp = employed(c), b = bijstand(c);
            double w = position[sex * POSITIONS + p][a] * education[a][education(c)];
            if (w == 0) continue;
            boolean institution = p == Position.INSTITUTION.ordinal();
            if (care != NON_CARER && (a < 18 || institution)) continue;
            if (emp == 1 && (a < 15 || a > 74 || institution)) continue;
            if (b == 1 && (emp == 1 || a < 18 || a >= aowAge || institution)) continue;
            if (care == INTENSIVE_CARER && emp == 1) w *= oddsEmployedIntensive;
            s[c] = w;
        }
        return s;
    }

    /** [sex * POSITIONS + position][age] from the seed file; ages no row covers get 0. */
    private static double[][] positionWeights(Table t) {
        double[][] w = new double[2 * POSITIONS][AGES];
        for (Table.Row r : t.rows()) {
            Position p;
            try {
                p = Position.valueOf(r.text("position").toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.error("position", "unknown position '" + r.text("position") + "'");
            }
            String sex = r.text("sex");
            if (!sex.equals("all") && !sex.equals("male") && !sex.equals("female")) throw r.error("sex", "expected all, male or female");
            int from = r.integer("age_from"), to = r.integer("age_to");
            if (from > to || to > MAX_AGE) throw r.error("age_to", "age range " + from + "-" + to + " is not within 0-" + MAX_AGE);
            for (int s = 0; s < 2; s++) {
                if (!sex.equals("all") && !sex.equals(sexName(s))) continue;
                for (int a = from; a <= to; a++) w[s * POSITIONS + p.ordinal()][a] = r.number("weight");
            }
        }
        return w;
    }

    private static double[][] educationWeights(Table t) {
        double[][] w = new double[AGES][EDUCATION_LEVELS];
        boolean[] covered = new boolean[AGES];
        for (Table.Row r : t.rows()) {
            int from = r.integer("age_from"), to = r.integer("age_to");
            if (from > to || to > MAX_AGE) throw r.error("age_to", "age range " + from + "-" + to + " is not within 0-" + MAX_AGE);
            for (int a = from; a <= to; a++) {
                if (covered[a]) throw r.error("age_from", "age " + a + " is covered twice");
                covered[a] = true;
                for (int e = 0; e < EDUCATION_LEVELS; e++) w[a][e] = r.number(EDUCATION_NAMES[e]);
            }
        }
        for (int a = 0; a < AGES; a++) if (!covered[a]) throw nl.mantelsim.data.InputError.of(t.file(), "age " + a + " has no row");
        return w;
    }
}
