package nl.mantelsim.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** summary.csv read back: the mean and 95% interval of each cell (scenario, year, indicator, group). */
public final class SummaryCsv {
    private SummaryCsv() {}

    public record Cell(String scenario, int year, String indicator, String group) {
        @Override
        public String toString() { return scenario + " " + year + " " + indicator + " " + group; }
    }

    /** NaN where the CSV field is empty (undefined). */
    public record Mean(double mean, double ci95Low, double ci95High) {
        public boolean hasInterval() { return !Double.isNaN(ci95Low) && !Double.isNaN(ci95High); }
    }

    public static Map<Cell, Mean> read(Path summaryCsv) throws IOException {
        List<String> lines = Files.readAllLines(summaryCsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int scenario = column(header, "scenario", summaryCsv), year = column(header, "year", summaryCsv),
                indicator = column(header, "indicator", summaryCsv), group = column(header, "group", summaryCsv),
                mean = column(header, "mean", summaryCsv), low = column(header, "ci95_low", summaryCsv),
                high = column(header, "ci95_high", summaryCsv);
        Map<Cell, Mean> cells = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) continue;
            // Names in the summary are plain (scenario files, snake_case indicators): no quoting to undo.
            String[] f = line.split(",", -1);
            cells.put(new Cell(f[scenario], Integer.parseInt(f[year]), f[indicator], f[group]),
                    new Mean(number(f[mean]), number(f[low]), number(f[high])));
        }
        return cells;
    }

    private static int column(List<String> header, String name, Path file) throws IOException {
        int i = header.indexOf(name);
        if (i < 0) throw new IOException(file + " has no column " + name);
        return i;
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** |b - a| relative to |a|; when a is 0, any change counts as infinitely large. NaN when either is undefined. */
    public static double relativeChange(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) return Double.NaN;
        if (a == b) return 0;
        return a == 0 ? Double.POSITIVE_INFINITY : Math.abs(b - a) / Math.abs(a);
    }
}
