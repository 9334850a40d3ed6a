package nl.mantelsim.policy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.Parameters;
import nl.mantelsim.data.YamlFile;

/**
 * Reads a scenario file (data/scenarios/NAME.yaml):
 * <pre>
 * name: paid-leave
 * description: ...
 * levers:                # lever parameters: paid_leave.*, respijtzorg.*, kostendelersnorm.*
 *   paid_leave:
 *     enabled: true
 * assumptions:           # optional: any other parameter of parameters.csv, for sensitivity runs
 *   care.stop_rate: 0.25
 * </pre>
 * Every key must be known and every value within its range in parameters.csv; otherwise the file, line and key
 * are named and nothing runs.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    private static final Set<String> TOP = Set.of("name", "description");

    public static Scenario load(Path file, String displayName, Parameters defaults) {
        YamlFile y = YamlFile.read(file, displayName);
        Map<String, Double> overrides = new TreeMap<>();
        for (Map.Entry<String, YamlFile.Value> e : y.values().entrySet()) {
            String key = e.getKey();
            if (TOP.contains(key)) continue;
            String parameter;
            if (key.startsWith("levers.")) {
                parameter = key.substring("levers.".length());
                if (!isLeverParameter(parameter)) {
                    throw y.error(key, "unknown lever parameter '" + parameter + "' (levers: " + String.join(", ", Levers.NAMES) + ")");
                }
            } else if (key.startsWith("assumptions.")) {
                parameter = key.substring("assumptions.".length());
            } else {
                throw y.error(key, "unknown scenario key (allowed: name, description, levers, assumptions)");
            }
            if (!defaults.has(parameter)) throw y.error(key, "unknown parameter '" + parameter + "' (see data/model/parameters.csv)");
            double v = y.parseNumber(key, e.getValue());
            Parameters.Spec spec = defaults.spec(parameter);
            if (v < spec.min() || v > spec.max()) {
                throw y.error(key, "value " + v + " is outside the range [" + spec.min() + ", " + spec.max() + "] of '" + parameter + "'");
            }
            overrides.put(parameter, v);
        }
        String name = y.text("name", null);
        if (name == null || name.isBlank()) throw new InputError(displayName, 1, "name", "a scenario needs a name");
        String expected = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        if (!name.equals(expected)) throw y.error("name", "name '" + name + "' differs from the file name '" + expected + "'");
        return new Scenario(name, y.text("description", ""), displayName, Map.copyOf(overrides), defaults.with(overrides));
    }

    private static boolean isLeverParameter(String parameter) {
        for (String lever : Levers.NAMES) if (parameter.startsWith(lever + ".")) return true;
        return false;
    }
}
