package nl.mantelsim.labour;

import java.io.Serializable;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.Table;
import nl.mantelsim.population.CareRelation;

/**
 * Multipliers of the yearly chance of each work response by age band, education and relation to the person cared
 * for (model/work_response_profiles.csv, each row an assumption or source with a range). A row for one response
 * replaces the row for "all" in the same dimension and level.
 */
public final class WorkResponseProfiles implements Serializable {
    static final String[] AGE_BANDS = {"15-34", "35-54", "55-74"};
    static final String[] EDUCATION = {"low", "middle", "high"};

    /** [response][band], [response][education], [response][relation]. */
    final double[][] byAge, byEducation, byRelation;

    public WorkResponseProfiles(InputData in) {
        Table t = in.table(InputCatalog.WORK_RESPONSE_PROFILES);
        int n = WorkResponse.ALL.length;
        byAge = new double[n][AGE_BANDS.length];
        byEducation = new double[n][EDUCATION.length];
        byRelation = new double[n][CareRelation.ALL.length];
        for (WorkResponse r : WorkResponse.ALL) {
            for (int k = 0; k < AGE_BANDS.length; k++) byAge[r.ordinal()][k] = multiplier(t, r, "age", AGE_BANDS[k]);
            for (int k = 0; k < EDUCATION.length; k++) byEducation[r.ordinal()][k] = multiplier(t, r, "education", EDUCATION[k]);
            for (CareRelation c : CareRelation.ALL) byRelation[r.ordinal()][c.ordinal()] = multiplier(t, r, "relation", c.label());
        }
    }

    private static double multiplier(Table t, WorkResponse r, String dimension, String level) {
        for (String response : new String[] {r.label(), "all"}) {
            var rows = t.where(row -> row.is("response", response) && row.is("dimension", dimension) && row.is("level", level));
            if (rows.isEmpty()) continue;
            Table.Row row = rows.get(0);
            double m = row.number("multiplier");
            if (m < row.number("min") || m > row.number("max")) {
                throw row.error("multiplier", "value " + m + " is outside its range [" + row.number("min") + ", " + row.number("max") + "]");
            }
            return m;
        }
        throw nl.mantelsim.data.InputError.of(t.file(), "no multiplier for " + dimension + " '" + level + "' (response " + r.label() + " or all)");
    }

    static int ageBand(int age) { return age < 35 ? 0 : age < 55 ? 1 : 2; }

    public double of(WorkResponse r, int age, int education, int relation) {
        int k = r.ordinal();
        return byAge[k][ageBand(age)] * byEducation[k][education] * byRelation[k][relation];
    }
}
