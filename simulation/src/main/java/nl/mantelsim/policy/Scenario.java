package nl.mantelsim.policy;

import java.io.Serializable;
import java.util.Map;
import nl.mantelsim.data.Parameters;

/**
 * One policy variant: a name, what it means, the file it came from and the parameters that differ from the
 * defaults in data/model/parameters.csv. The baseline is the scenario without overrides (current policy).
 */
public record Scenario(String name, String description, String file, Map<String, Double> overrides,
                       Parameters parameters) implements Serializable {}
