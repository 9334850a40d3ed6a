package nl.mantelsim.data;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** All input tables of one run, loaded and validated together before anything is computed or written. */
public final class InputData {
    private final Path dataDir;
    private final Map<String, Table> tables;
    private final Parameters parameters;

    private InputData(Path dataDir, Map<String, Table> tables, Parameters parameters) {
        this.dataDir = dataDir;
        this.tables = tables;
        this.parameters = parameters;
    }

    public static InputData load(Path dataDir) {
        Map<String, Table> tables = new LinkedHashMap<>();
        Map<String, List<String>> keys = InputCatalog.keys();
        for (Map.Entry<String, Map<String, Column>> e : InputCatalog.schemas().entrySet()) {
            String name = "data/" + e.getKey();
            tables.put(e.getKey(), TableReader.read(dataDir.resolve(e.getKey()), name, e.getValue(),
                    keys.getOrDefault(e.getKey(), List.of())));
        }
        for (String[] spec : InputCatalog.SHARE_BY_UNIT) checkShares(tables.get(spec[0]), spec[1], spec[2]);
        Parameters parameters = Parameters.from(tables.get(InputCatalog.MODEL_PARAMETERS));
        return new InputData(dataDir, tables, parameters);
    }

    /** In long tables a share hides among counts; the unit (or measure name) tells which rows must lie in [0, 1]. */
    private static void checkShares(Table t, String unitColumn, String valueColumn) {
        for (Table.Row r : t.rows()) {
            String unit = r.text(unitColumn);
            if (unit.equals("share") || unit.startsWith("share ") || unit.contains("_share") || unit.equals("probability")) {
                double v = r.number(valueColumn);
                if (v < 0 || v > 1) throw r.error(valueColumn, "share " + r.text(valueColumn) + " is outside [0, 1]");
            }
        }
    }

    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) throw new IllegalArgumentException("not in the input catalog: " + name);
        return t;
    }

    public Parameters parameters() { return parameters; }

    /** The same tables with other parameter values (a sensitivity variant); the caller keeps them within their ranges. */
    public InputData withParameters(Parameters other) { return new InputData(dataDir, tables, other); }
    public Path dataDir() { return dataDir; }

    /** Paths of every file read, relative to data/, for the manifest. */
    public Iterable<String> files() { return tables.keySet(); }
}
