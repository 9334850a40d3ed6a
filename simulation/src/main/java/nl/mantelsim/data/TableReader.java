package nl.mantelsim.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CSV input table and checks every cell against the declared column kinds, so that a bad number fails at
 * load time with file, line and column, never half-way through a run.
 */
public final class TableReader {
    private TableReader() {}

    /** Reads and checks a table; key names the columns that identify a row (no two rows may share them). */
    public static Table read(Path path, String displayName, Map<String, Column> schema, List<String> key) {
        if (!Files.isRegularFile(path)) throw InputError.of(displayName, "file does not exist (" + path + ")");
        List<String> lines = Utf8Lines.read(path, displayName);
        if (lines.stream().allMatch(String::isBlank)) throw new InputError(displayName, 1, null, "empty file, a header row is required");
        List<String> header = Csv.split(stripBom(lines.get(0)));
        if (header == null) throw new InputError(displayName, 1, null, "unbalanced quotes in the header");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) index.put(header.get(i).trim(), i);
        for (String required : schema.keySet()) {
            if (!index.containsKey(required)) {
                throw new InputError(displayName, 1, required, "missing column (header has " + header + ")");
            }
        }
        for (String k : key) {
            if (!index.containsKey(k)) throw new InputError(displayName, 1, k, "missing key column (header has " + header + ")");
        }
        List<Table.Row> rows = new ArrayList<>();
        Map<List<String>, Integer> keyLines = new HashMap<>();
        Table table = new Table(displayName, index, rows);
        for (int n = 1; n < lines.size(); n++) {
            String line = lines.get(n);
            int lineNo = n + 1;
            if (line.isBlank()) continue;
            List<String> fields = Csv.split(line);
            if (fields == null) throw new InputError(displayName, lineNo, null, "unbalanced quotes");
            if (fields.size() != header.size()) {
                throw new InputError(displayName, lineNo, null,
                        "malformed row: " + fields.size() + " fields where the header has " + header.size());
            }
            String[] values = fields.stream().map(String::trim).toArray(String[]::new);
            for (Map.Entry<String, Column> c : schema.entrySet()) {
                check(displayName, lineNo, c.getKey(), values[index.get(c.getKey())], c.getValue());
            }
            if (key.isEmpty()) {
                rows.add(table.new Row(lineNo, values));
                continue;
            }
            List<String> k = key.stream().map(c -> values[index.get(c)]).toList();
            Integer first = keyLines.putIfAbsent(k, lineNo);
            if (first != null) {
                throw new InputError(displayName, lineNo, String.join(",", key), "duplicate key " + k + ", already on line " + first);
            }
            rows.add(table.new Row(lineNo, values));
        }
        if (rows.isEmpty()) throw new InputError(displayName, 2, null, "the table has no rows");
        return table;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    static void check(String file, int line, String column, String value, Column kind) {
        switch (kind) {
            case TEXT -> { }
            case REQUIRED -> {
                if (value.isEmpty()) throw new InputError(file, line, column, "empty, a value is required");
            }
            case YEAR_OR_EMPTY -> {
                if (!value.isEmpty()) parse(file, line, column, value);
            }
            default -> {
                double d = parse(file, line, column, value);
                if (kind != Column.NUMBER && d < 0) {
                    throw new InputError(file, line, column, "negative value " + value + " (must be 0 or more)");
                }
                if (kind == Column.SHARE && d > 1) {
                    throw new InputError(file, line, column, "share " + value + " is outside [0, 1]");
                }
            }
        }
    }

    private static double parse(String file, int line, String column, String value) {
        try {
            double d = Double.parseDouble(value);
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            throw new InputError(file, line, column, "'" + value + "' is not a number");
        }
    }
}
