package nl.mantelsim.labour;

import java.io.Serializable;
import java.util.TreeMap;
import nl.mantelsim.data.InputCatalog;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Table;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Purpose;

/**
 * The AOW (state pension) age by year from data/model/aow_age.csv: SVB's published ages to 2028, then the
 * life-expectancy rule as an assumption; a year without a row keeps the age of the last row before it. Ages in the
 * model are whole years on 1 January, so whether a person of age a has reached an age of a years and m months
 * depends on their birthday: a fixed keyed draw per person places the birthday in the year.
 */
public final class AowAge implements Serializable {
    private final TreeMap<Integer, Double> byYear = new TreeMap<>();
    /** The age per year from the first row's year to {@link #LAST_YEAR}: asked for every person every year. */
    private final double[] ageByYear;
    private final int firstYear;
    private static final int LAST_YEAR = 2100;

    public AowAge(InputData in) {
        Table t = in.table(InputCatalog.AOW_AGE);
        for (Table.Row r : t.rows()) {
            int months = r.integer("months");
            if (months < 0 || months > 11) throw r.error("months", "months must be 0..11");
            byYear.put(r.integer("year"), r.integer("years") + months / 12.0);
        }
        firstYear = byYear.isEmpty() ? LAST_YEAR + 1 : byYear.firstKey();
        ageByYear = new double[Math.max(0, LAST_YEAR - firstYear + 1)];
        for (int y = firstYear; y <= LAST_YEAR; y++) ageByYear[y - firstYear] = byYear.floorEntry(y).getValue();
    }

    /** The AOW age in years (with months as a fraction) in the year. */
    public double age(int year) {
        if (year >= firstYear && year <= LAST_YEAR) return ageByYear[year - firstYear];
        Integer key = byYear.floorKey(year);
        if (key == null) throw InputError.of("data/" + InputCatalog.AOW_AGE, "no AOW age for " + year);
        return byYear.get(key);
    }

    /** Whether the person has reached the AOW age on 1 January of the year (or during the preceding one). */
    public boolean reached(int age, long seed, long id, int year) {
        double birthdayFraction = Draws.uniform(seed, id, 0, Purpose.BIRTHDAY);
        return age + birthdayFraction >= age(year);
    }

    /** The whole-year age below which nobody has reached the AOW age in the year. */
    public int floor(int year) {
        return (int) Math.floor(age(year));
    }
}
