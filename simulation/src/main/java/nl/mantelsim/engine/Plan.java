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
public record Plan(String name, String file, List<String> scenarios, long seed, double scale, int until, int replications) {

    private static final Set<String> KEYS = Set.of("name", "description", "scenarios", "seed", "scale", "until", "replications");

    public static Plan load(Path path, String displayName) {
        YamlFile y = YamlFile.read(path, displayName);
        for (String key : y.values().keySet()) {
            if (!KEYS.contains(key)) throw y.error(key, "unknown plan key (allowed: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
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
                setting(y, "scale", 0.01), (int) setting(y, "until", 2040), (int) setting(y, "replications", 1));
    }

    private static double setting(YamlFile y, String key, double fallback) {
        double v = y.number(key, fallback);
        String problem = RunSettings.problem(key, v);
        if (problem != null) throw y.error(key, problem);
        return v;
    }
}
