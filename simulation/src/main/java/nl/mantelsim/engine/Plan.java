package nl.mantelsim.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import nl.mantelsim.data.InputError;
import nl.mantelsim.data.YamlFile;

/**
 * A plan (data/plans/NAME.yaml): which scenarios to run and the run settings a scheduler would otherwise pass on
 * the command line (command-line options win). The first scenario is the reference for paired comparisons and must
 * be the baseline.
 */
public record Plan(String name, String file, List<String> scenarios, long seed, double scale, int until, int replications,
                   List<Gate> gates, Sensitivity.Spec sensitivity, int sensitivityLine, boolean pdf) {

    private static final Set<String> KEYS = Set.of("name", "description", "scenarios", "seed", "scale", "until", "replications", "pdf");

    /**
     * A regression gate for unattended runs (`mantelsim plan`): the mean over replications of one indicator and
     * group may move by at most this relative tolerance, per scenario and year, against the previous run of the
     * same plan with the same inputs.
     */
    public record Gate(String label, String indicator, String group, double tolerance) {}

    public static Plan load(Path path, String displayName) {
        YamlFile y = YamlFile.read(path, displayName);
        for (String key : y.values().keySet()) {
            if (!KEYS.contains(key) && !key.startsWith("gate.") && !key.startsWith("sensitivity.")) throw y.error(key, "unknown plan key (allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
        }
        YamlFile.Value list = y.values().get("scenarios");
        if (list == null || !list.isList() || list.list().isEmpty()) {
            throw new InputError(displayName, list == null ? 1 : list.line(), "scenarios", "a plan needs a list of scenarios");
        }
        if (!list.list().get(0).equals("baseline")) {
            throw new InputError(displayName, list.line(), "scenarios", "the first scenario must be 'baseline' (the reference for comparisons)");
        }
        for (String name : list.list()) {
            // The name becomes a file name under data/scenarios/: nothing that could point elsewhere.
            if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
                throw new InputError(displayName, list.line(), "scenarios", "'" + name + "' is not a scenario name (lower-case letters, digits, '-' and '_')");
            }
            if (list.list().indexOf(name) != list.list().lastIndexOf(name)) {
                throw new InputError(displayName, list.line(), "scenarios", "scenario '" + name + "' is listed twice");
            }
        }
        return new Plan(y.text("name", displayName), displayName, list.list(), (long) setting(y, "seed", 20210101),
                setting(y, "scale", 0.01), (int) setting(y, "until", 2040), (int) setting(y, "replications", 1), gates(y),
                sensitivity(y, list.list()), y.values().containsKey("sensitivity.parameters") ? y.values().get("sensitivity.parameters").line() : 0,
                flag(y, "pdf"));
    }

    /**
     * `sensitivity: {scenario: NAME, year: 2030, parameters: [a, b], replications: 1}`: rerun the baseline and NAME with
     * each assumed parameter (or those listed) at its minimum and maximum (engine/Sensitivity); absent: none. Parameter names are
     * checked against parameters.csv when the inputs are loaded.
     */
    private static Sensitivity.Spec sensitivity(YamlFile y, List<String> scenarios) {
        for (String key : y.values().keySet()) {
            if (key.startsWith("sensitivity.") && !Set.of("sensitivity.scenario", "sensitivity.year", "sensitivity.parameters",
                    "sensitivity.replications").contains(key)) {
                throw y.error(key, "unknown sensitivity key (a sensitivity has scenario, year, parameters and replications)");
            }
        }
        if (!y.values().containsKey("sensitivity.scenario")) {
            for (String key : List.of("sensitivity.year", "sensitivity.parameters", "sensitivity.replications")) {
                if (y.values().containsKey(key)) throw y.error(key, "a sensitivity needs a scenario");
            }
            return null;
        }
        if (y.values().get("sensitivity.scenario").isList()) throw y.error("sensitivity.scenario", "expected one scenario, not a list");
        double year = y.number("sensitivity.year", Sensitivity.Spec.DEFAULT_YEAR);
        if (year != Math.rint(year)) throw y.error("sensitivity.year", year + " is not a whole year");
        List<String> parameters = List.of();
        YamlFile.Value p = y.values().get("sensitivity.parameters");
        if (p != null) {
            if (!p.isList()) throw y.error("sensitivity.parameters", "expected a list of parameter names");
            parameters = p.list();
        }
        double replications = y.number("sensitivity.replications", Sensitivity.Spec.DEFAULT_REPLICATIONS);
        String bad = RunSettings.problem("replications", replications);
        if (bad != null) throw y.error("sensitivity.replications", bad);
        Sensitivity.Spec spec = new Sensitivity.Spec(y.text("sensitivity.scenario", "").trim(), (int) year, parameters,
                (int) replications);
        String problem = Sensitivity.problem(spec, scenarios, null);
        if (problem != null) {
            throw y.error(problem.startsWith("year") ? "sensitivity.year" : "sensitivity.scenario", problem);
        }
        return spec;
    }

    /** `gate: {indicator, group, tolerance}` for one gate, or `gate: {NAME: {indicator, group, tolerance}, ...}` for several. */
    private static List<Gate> gates(YamlFile y) {
        java.util.Map<String, java.util.Map<String, String>> byLabel = new java.util.LinkedHashMap<>();
        for (String key : y.values().keySet()) {
            if (!key.startsWith("gate.")) continue;
            String rest = key.substring("gate.".length());
            int dot = rest.lastIndexOf('.');
            String label = dot < 0 ? "gate" : rest.substring(0, dot);
            String field = dot < 0 ? rest : rest.substring(dot + 1);
            if (!Set.of("indicator", "group", "tolerance").contains(field) || label.contains(".")) {
                throw y.error(key, "unknown gate key (a gate has indicator, group and tolerance)");
            }
            if (y.values().get(key).isList()) throw y.error(key, "expected a single value, not a list");
            byLabel.computeIfAbsent(label, k -> new java.util.HashMap<>()).put(field, key);
        }
        if (byLabel.containsKey("gate") && byLabel.size() > 1) {
            throw y.error("gate.indicator", "either one gate (indicator, group, tolerance) or several under names, not both");
        }
        List<Gate> gates = new java.util.ArrayList<>();
        byLabel.forEach((label, keys) -> {
            String indicatorKey = keys.get("indicator");
            if (indicatorKey == null) throw y.error(keys.values().iterator().next(), "a gate needs an indicator");
            String indicator = y.text(indicatorKey, "").trim();
            if (!indicator.matches("[a-z0-9_]+")) throw y.error(indicatorKey, "'" + indicator + "' is not an indicator name");
            String group = keys.containsKey("group") ? y.text(keys.get("group"), "").trim() : "all";
            if (!group.matches("[a-z0-9_]+")) throw y.error(keys.get("group"), "'" + group + "' is not a group name");
            double tolerance = keys.containsKey("tolerance") ? y.number(keys.get("tolerance"), 0) : DEFAULT_GATE_TOLERANCE;
            if (!(tolerance >= 0 && tolerance <= 10)) throw y.error(keys.get("tolerance"), tolerance + " is outside 0..10 (a relative change)");
            gates.add(new Gate(label, indicator, group, tolerance));
        });
        return List.copyOf(gates);
    }

    /** `pdf: true` asks for report.pdf beside index.html (for circulation); a report is HTML only by default. */
    private static boolean flag(YamlFile y, String key) {
        YamlFile.Value v = y.values().get(key);
        if (v == null) return false;
        if (v.isList()) throw y.error(key, "expected true or false, not a list");
        return switch (v.text().trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw y.error(key, "'" + v.text().trim() + "' is not true or false");
        };
    }

    /** A gate without a tolerance lets a mean move by 2% before it fails. */
    public static final double DEFAULT_GATE_TOLERANCE = 0.02;

    private static double setting(YamlFile y, String key, double fallback) {
        double v = y.number(key, fallback);
        String problem = RunSettings.problem(key, v);
        if (problem != null) throw y.error(key, problem);
        return v;
    }
}
