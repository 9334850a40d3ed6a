package nl.mantelsim.demography;

import java.io.Serializable;
import java.util.TreeMap;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;

/**
 * The population totals by sex that the simulation is aligned to, on 1 January of each year.
 * WPP2024 publishes 1 July totals from 2024: 1 January of year y is the mean of 1 July y-1 and 1 July y. Between
 * the CBS base (1 January 2021) and WPP's first value (1 July 2024) there is no WPP2024 total in our inputs, so the
 * target moves linearly from the base to it; this also absorbs the 1.5-2% by which WPP2024 lies above CBS
 * (shared/data/demography/SOURCES.md), spread over 2022-2024 rather than as a jump.
 */
public final class ProjectionTotals implements Serializable {
    private final TreeMap<Integer, double[]> julyBySex = new TreeMap<>();
    private final double[] base;
    private final int baseYear;

    public ProjectionTotals(InputData in, int baseYear, double[] baseBySex) {
        Table t = in.table(InputCatalog.PROJECTION_TOTALS);
        for (Table.Row r : t.rows()) {
            double male = r.number("male_median"), female = r.number("female_median"), total = r.number("total_median");
            // The total is not used, but a total that is not the sum of its parts means the columns were shifted
            // or copied from different variants; in WPP2024 they add up exactly.
            if (Math.abs(male + female - total) > 1) {
                throw r.error("total_median", "total " + r.text("total_median") + " differs from male + female = " + (long) (male + female));
            }
            julyBySex.put(r.integer("year"), new double[] {male, female});
        }
        this.base = baseBySex.clone();
        this.baseYear = baseYear;
        if (julyBySex.isEmpty()) throw InputError.of(t.file(), "no totals");
    }

    /** Target persons of this sex on 1 January of the year, full population. */
    public double januaryTarget(int year, int sex) {
        int first = julyBySex.firstKey();
        if (year <= baseYear) return base[sex];
        if (year <= first) {
            double w = (year - baseYear) / (first + 0.5 - baseYear);
            return base[sex] + w * (julyBySex.get(first)[sex] - base[sex]);
        }
        int last = julyBySex.lastKey();
        if (year > last) throw new IllegalArgumentException("no WPP2024 total after " + last);
        return (julyBySex.get(year - 1)[sex] + julyBySex.get(year)[sex]) / 2;
    }
}
