package nl.mantelsim.report;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.commons.math3.distribution.TDistribution;

/** The 0.975 quantile of Student's t, for 95% intervals of a mean over a handful of replications. */
final class StudentT {
    private static final ConcurrentMap<Integer, Double> QUANTILE_975 = new ConcurrentHashMap<>();

    private StudentT() {
    }

    /** t(0.975, df); cached, since a report asks for the same few degrees of freedom thousands of times. */
    static double quantile975(int degreesOfFreedom) {
        if (degreesOfFreedom < 1) {
            throw new IllegalArgumentException("degrees of freedom must be at least 1, not " + degreesOfFreedom);
        }
        return QUANTILE_975.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(null, df).inverseCumulativeProbability(0.975));
    }
}
