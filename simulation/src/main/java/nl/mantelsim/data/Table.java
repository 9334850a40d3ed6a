package nl.mantelsim.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A validated input table: rows keep their line number so that any later complaint about a value (a cell the
 * model cannot use, a missing combination) can still name file and line.
 */
public final class Table {
    private final String file;
    private final Map<String, Integer> columns;
    private final List<Row> rows;

    Table(String file, Map<String, Integer> columns, List<Row> rows) {
        this.file = file;
        this.columns = columns;
        this.rows = Collections.unmodifiableList(rows);
    }

    public String file() { return file; }
    public List<Row> rows() { return rows; }

    public List<Row> where(Predicate<Row> p) {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) if (p.test(r)) out.add(r);
        return out;
    }

    /** The one row matching p; an error naming the file when there is none or several. */
    public Row one(String what, Predicate<Row> p) {
        List<Row> m = where(p);
        if (m.size() != 1) {
            throw InputError.of(file, (m.isEmpty() ? "no row" : m.size() + " rows") + " for " + what
                    + (m.isEmpty() ? "" : " (lines " + m.stream().map(r -> String.valueOf(r.line())).toList() + ")"));
        }
        return m.get(0);
    }

    public final class Row {
        private final int line;
        private final String[] values;

        Row(int line, String[] values) {
            this.line = line;
            this.values = values;
        }

        public int line() { return line; }

        public String text(String column) {
            Integer i = columns.get(column);
            if (i == null) throw new InputError(file, line, column, "no such column");
            return values[i];
        }

        public boolean is(String column, String value) { return text(column).equals(value); }

        public double number(String column) {
            String s = text(column);
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new InputError(file, line, column, "'" + s + "' is not a number");
            }
        }

        public int integer(String column) {
            double d = number(column);
            if (d != Math.rint(d)) throw new InputError(file, line, column, "'" + text(column) + "' is not a whole number");
            return (int) d;
        }

        public InputError error(String column, String problem) {
            return new InputError(file, line, column, problem);
        }
    }
}
