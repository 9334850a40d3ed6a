package nl.mantelsim.population;

import nl.mantelsim.data.Table;

/** Age-group labels as the published tables write them ("18-34", "75+", "age 15-24"). */
public final class AgeBands {
    private AgeBands() {}

    /** {from, to} inclusive; an open group ends at Cells.MAX_AGE. */
    public static int[] parse(Table.Row row, String column) {
        String s = row.text(column).replace("age ", "").trim();
        try {
            if (s.endsWith("+")) return new int[] {Integer.parseInt(s.substring(0, s.length() - 1)), Cells.MAX_AGE};
            String[] p = s.split("-");
            if (p.length == 2) return new int[] {Integer.parseInt(p[0]), Integer.parseInt(p[1])};
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw row.error(column, "'" + row.text(column) + "' is not an age group like 20-24 or 75+");
    }

    public static boolean contains(int[] band, int age) {
        return age >= band[0] && age <= band[1];
    }
}
