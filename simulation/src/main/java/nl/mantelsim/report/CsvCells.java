package nl.mantelsim.report;

/** Cells of the CSV files a run writes, one rule for all of them. */
final class CsvCells {
    private CsvCells() {}

    /** Doubles in the shortest form that reads back to the same double; undefined (NaN) is an empty cell. */
    static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** A text cell, quoted when it holds a comma, a quote or a line break (RFC 4180; a line break becomes a space). */
    static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
