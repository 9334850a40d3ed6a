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
 * assumptions:           # optional: the other parameters read per scenario (public finance, formal care)
 *   finance.tax_and_premium_rate: 0.35
 * </pre>
 * Every key must be known and every value within its range in parameters.csv; otherwise the file, line and key
 * are named and nothing runs. The model's behaviour (care, labour, households, demography) is built once per run
 * from parameters.csv, so a scenario may not set those parameters: it would be silently ignored. They are varied by
 * the sensitivity analysis (engine/Sensitivity) or in parameters.csv.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {}

    private static final Set<String> TOP = Set.of("name", "description");

    /** Parameters outside the levers that the scenario-level code reads (policy.CareLeave, cost.PublicReturns). */
    static boolean isScenarioAssumption(String parameter) {
        return parameter.startsWith("finance.") || parameter.startsWith("formal_care.")
                || parameter.equals("labour.self_employed_share");
    }

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
                if (defaults.has(parameter) && !isScenarioAssumption(parameter)) {
                    throw y.error(key, "'" + parameter + "' is a model parameter, read once for all scenarios; vary it in "
                            + "data/model/parameters.csv or with --sensitivity (a scenario may set finance.*, formal_care.* "
                            + "and labour.self_employed_share)");
                }
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
