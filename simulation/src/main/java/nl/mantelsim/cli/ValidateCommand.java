package nl.mantelsim.cli;

import java.util.concurrent.Callable;
import nl.mantelsim.engine.Model;
import nl.mantelsim.policy.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the data tables, the plan and its scenario files, and fit the base population, without running.")
public final class ValidateCommand implements Callable<Integer> {
    @Mixin CommonOptions common;

    @Override
    public Integer call() {
        Inputs inputs = common.load();
        Model model = Model.build(inputs.data(), inputs.plan().until(), inputs.plan().scale());
        System.out.printf("mantelsim: inputs valid: %d tables, plan '%s' with scenarios %s; base population fitted in %d"
                        + " iterations (max margin error %.2e)%n", inputs.dataFiles().size(), inputs.plan().name(),
                inputs.scenarios().stream().map(Scenario::name).toList(), model.fit().iterations(), model.fit().maxRelativeError());
        return 0;
    }
}
