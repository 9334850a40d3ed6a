package nl.mantelsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.mantelsim.data.InputData;
import nl.mantelsim.data.InputError;
import nl.mantelsim.engine.Plan;
import nl.mantelsim.policy.Scenario;
import nl.mantelsim.policy.ScenarioLoader;

/** Everything a run reads, loaded and checked in one place: the tables, the plan and its scenario files. */
public record Inputs(Path projectRoot, InputData data, Plan plan, Path planFile, List<Scenario> scenarios,
                     List<Path> scenarioFiles) {

    public static Inputs load(Path projectRoot, Path dataDir, Path planFile) {
        if (!Files.isDirectory(dataDir)) throw InputError.of(dataDir.toString(), "data folder does not exist");
        InputData data = InputData.load(dataDir);
        // The outputs' own parameter is checked with the model's, so validate catches it and a run fails before it starts.
        data.parameters().get(RunJob.SMALL_CELL_PARAMETER);
        Plan plan = Plan.load(planFile, display(projectRoot, planFile));
        List<Scenario> scenarios = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String name : plan.scenarios()) {
            Path f = dataDir.resolve("scenarios").resolve(name + ".yaml");
            if (!Files.isRegularFile(f)) {
                throw InputError.of(plan.file(), "scenario '" + name + "' has no file " + display(projectRoot, f));
            }
            scenarios.add(ScenarioLoader.load(f, display(projectRoot, f), data.parameters()));
            files.add(f);
        }
        if (plan.sensitivity() != null) {
            String problem = nl.mantelsim.engine.Sensitivity.problem(plan.sensitivity(), plan.scenarios(), data.parameters());
            if (problem != null) throw new InputError(plan.file(), plan.sensitivityLine(), "sensitivity.parameters", problem);
        }
        return new Inputs(projectRoot, data, plan, planFile, List.copyOf(scenarios), List.copyOf(files));
    }

    public List<Path> dataFiles() {
        List<Path> files = new ArrayList<>();
        for (String f : data.files()) files.add(data.dataDir().resolve(f));
        return files;
    }

    static String display(Path root, Path file) {
        Path a = root.toAbsolutePath().normalize(), b = file.toAbsolutePath().normalize();
        return b.startsWith(a) ? a.relativize(b).toString() : b.toString();
    }
}
