package nl.mantelsim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the inputs are; shared by every command. */
public final class CommonOptions {
    @Option(names = "--data", defaultValue = "data", description = "Input data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--plan", defaultValue = "data/plans/default.yaml", description = "Plan file (default: ${DEFAULT-VALUE}).")
    Path plan;

    Inputs load() {
        // The project root is the folder holding data/: manifest paths are relative to it.
        return Inputs.load(data.toAbsolutePath().normalize().getParent(), data, plan);
    }
}
