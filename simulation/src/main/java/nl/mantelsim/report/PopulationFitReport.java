package nl.mantelsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.mantelsim.engine.Draws;
import nl.mantelsim.engine.Model;
import nl.mantelsim.population.Integerisation;
import nl.mantelsim.population.Ipf;

/**
 * population-fit.csv: every cell of every margin the base population was fitted to, with its published target,
 * the fitted weight and the integer synthetic population of replication 0 scaled back to the full population, so
 * a reader can see how closely the simulated 2021 matches the tables, including integerisation noise.
 */
public final class PopulationFitReport {
    private PopulationFitReport() {}

    public static void write(Model model, long runSeed, Path file) throws IOException {
        double[] weights = model.fit().weights();
        long[] counts = Integerisation.counts(weights, model.scale(), Draws.replicationSeed(runSeed, 0));
        double[] synthetic = new double[counts.length];
        for (int c = 0; c < counts.length; c++) synthetic[c] = counts[c] / model.scale();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("table,cell,target,fitted,synthetic,absolute_error,relative_error\n");
            for (Ipf.Margin m : model.fit().margins()) {
                double[] fitted = Ipf.sums(m, weights), synth = Ipf.sums(m, synthetic);
                for (int k = 0; k < m.targets().length; k++) {
                    double target = m.targets()[k], err = synth[k] - target;
                    w.write(String.format(java.util.Locale.ROOT, "\"%s\",\"%s\",%.3f,%.3f,%.3f,%.3f,%.6f%n", m.name(),
                            m.categoryNames()[k], target, fitted[k], synth[k], err, target == 0 ? 0 : err / target));
                }
            }
        }
    }
}
