package nl.mantelsim.engine;

import java.util.List;
import nl.mantelsim.policy.Scenario;

/**
 * Scenarios that share one model: the run's own world, or a sensitivity variant's (the model rebuilt with one
 * assumed parameter moved). The first scenario is the world's reference: public returns and paired differences are
 * taken against it, never against another world's. Worlds simulated side by side in one {@link Simulation} share
 * the run's seed, so a difference between two worlds is the parameter's doing, not new noise.
 */
public record World(Model model, List<Scenario> scenarios) {
    public World {
        if (scenarios.isEmpty()) throw new IllegalArgumentException("a world needs at least its reference scenario");
        scenarios = List.copyOf(scenarios);
    }
}
