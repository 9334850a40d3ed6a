package nl.mantelsim.demography;

import static nl.mantelsim.population.Cells.AGES;
import static nl.mantelsim.population.Cells.MAX_AGE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * Yearly demographic rates by sex and single year of age, from UN WPP2024 (shared/data/demography/SOURCES.md).
 * <ul>
 *   <li>Death probability: the abridged central death rates mx (0, 1-4, 5-year groups, 100+) for 5-year periods are
 *       interpolated log-linearly between age-group centres and linearly between period mid-years, then
 *       q = 1 - exp(-mx) (constant hazard within the year).</li>
 *   <li>Births per woman-year: WPP2024 ASFR by 5-year group (15-19 .. 45-49), constant within a group, linear
 *       between period mid-years.</li>
 *   <li>Net migration by sex and single age: WPP2024 for 2023-2060; earlier years use 2023, later years 2060.</li>
 * </ul>
 * Years are precomputed for the run so executors only index arrays.
 */
public final class DemographyRates implements Serializable {
    private final int firstYear;
    private final double[][] deathProbability; // [year - firstYear][sex * AGES + age]
    private final double[][] fertility;        // [year - firstYear][age]
    private final double[][] netMigration;     // [year - firstYear][sex * AGES + age], persons, full population

    private DemographyRates(int firstYear, double[][] q, double[][] f, double[][] m) {
        this.firstYear = firstYear;
        this.deathProbability = q;
        this.fertility = f;
        this.netMigration = m;
    }

    public static DemographyRates build(InputData in, int firstYear, int lastYear) {
        int years = lastYear - firstYear + 1;
        double[][] q = new double[years][];
        double[][] f = new double[years][];
        double[][] m = new double[years][];
        Table mort = in.table(InputCatalog.MORTALITY);
        Table fert = in.table(InputCatalog.FERTILITY);
        Table mig = in.table(InputCatalog.MIGRATION);
        for (int y = 0; y < years; y++) {
            int year = firstYear + y;
            q[y] = new double[2 * AGES];
            m[y] = new double[2 * AGES];
            for (int sex = 0; sex < 2; sex++) {
                double[] mx = mortalityBySingleAge(mort, sex == 0 ? "male" : "female", year);
                for (int a = 0; a < AGES; a++) q[y][sex * AGES + a] = 1 - Math.exp(-mx[a]);
            }
            f[y] = fertilityBySingleAge(fert, year);
            fillMigration(mig, year, m[y]);
        }
        return new DemographyRates(firstYear, q, f, m);
    }

    /** The last calendar year the rates were built for. */
    public int lastYear() { return firstYear + deathProbability.length - 1; }

    public double deathProbability(int year, int sex, int age) {
        return deathProbability[year - firstYear][sex * AGES + Math.min(age, MAX_AGE)];
    }

    public double birthRate(int year, int age) {
        return age < AGES ? fertility[year - firstYear][age] : 0;
    }

    /** WPP2024 net migrants of this sex and age in the calendar year, full population. */
    public double netMigration(int year, int sex, int age) {
        return netMigration[year - firstYear][sex * AGES + age];
    }

    // --- construction helpers -------------------------------------------------------------------------------

    /** The periods' mid-years present in the table, ascending. */
    private static double[] interpolateInTime(TreeMap<Integer, double[]> byMidYear, int year, String file) {
        if (byMidYear.isEmpty()) throw InputError.of(file, "no rows to interpolate for " + year);
        Integer lo = byMidYear.floorKey(year), hi = byMidYear.ceilingKey(year);
        if (lo == null) return byMidYear.get(hi);
        if (hi == null || lo.equals(hi)) return byMidYear.get(lo);
        double w = (year - lo) / (double) (hi - lo);
        double[] a = byMidYear.get(lo), b = byMidYear.get(hi), out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (1 - w) * a[i] + w * b[i];
        return out;
    }

    static double[] mortalityBySingleAge(Table mort, String sex, int year) {
        // Abridged groups: start ages and rates per period, then log-linear in age between group centres.
        TreeMap<Integer, TreeMap<Integer, Double>> byPeriod = new TreeMap<>();
        for (Table.Row r : mort.where(r -> r.is("sex", sex))) {
            byPeriod.computeIfAbsent(r.integer("year_mid"), k -> new TreeMap<>()).put(r.integer("age"), r.number("mx"));
        }
        TreeMap<Integer, double[]> single = new TreeMap<>();
        for (var e : byPeriod.entrySet()) single.put(e.getKey(), logLinearInAge(e.getValue(), mort.file()));
        return interpolateInTime(single, year, mort.file());
    }

    private static double[] logLinearInAge(TreeMap<Integer, Double> groups, String file) {
        List<double[]> centres = new ArrayList<>(); // {centre age, log mx}
        List<Integer> starts = new ArrayList<>(groups.keySet());
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : from + 1;
            double mx = groups.get(from);
            if (mx <= 0) throw InputError.of(file, "mx must be positive at age " + from);
            // Age 0 stays its own value: infant mortality is not on the curve of ages 1-4.
            centres.add(new double[] {from == 0 ? 0 : (from + to) / 2.0, Math.log(mx)});
        }
        double[] out = new double[AGES];
        out[0] = Math.exp(centres.get(0)[1]);
        for (int a = 1; a < AGES; a++) {
            int k = 1;
            while (k < centres.size() - 1 && centres.get(k + 1)[0] <= a) k++;
            double[] lo = centres.get(k), hi = centres.get(Math.min(k + 1, centres.size() - 1));
            double v = hi[0] == lo[0] ? lo[1] : lo[1] + (hi[1] - lo[1]) * (a - lo[0]) / (hi[0] - lo[0]);
            if (a < lo[0]) v = lo[1];
            out[a] = Math.exp(v);
        }
        return out;
    }

    static double[] fertilityBySingleAge(Table fert, int year) {
        TreeMap<Integer, double[]> byPeriod = new TreeMap<>();
        for (Table.Row r : fert.rows()) {
            double[] rates = byPeriod.computeIfAbsent(r.integer("year_mid"), k -> new double[AGES]);
            int from = r.integer("age"), width = r.integer("age_width");
            for (int a = from; a < Math.min(from + width, AGES); a++) rates[a] = r.number("asfr");
        }
        return interpolateInTime(byPeriod, year, fert.file());
    }

    private static void fillMigration(Table mig, int year, double[] out) {
        int first = Integer.MAX_VALUE, last = Integer.MIN_VALUE;
        for (Table.Row r : mig.rows()) {
            first = Math.min(first, r.integer("year"));
            last = Math.max(last, r.integer("year"));
        }
        int use = Math.max(first, Math.min(last, year));
        for (Table.Row r : mig.where(r -> r.integer("year") == use)) {
            int sex = r.is("sex", "male") ? 0 : r.is("sex", "female") ? 1 : -1;
            if (sex < 0) throw r.error("sex", "expected male or female");
            int age = Math.min(r.integer("age"), MAX_AGE);
            out[sex * AGES + age] += r.number("net");
        }
    }
}
