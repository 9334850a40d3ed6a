package nl.mantelsim.care;

import static nl.mantelsim.population.Cells.AGES;

/**
 * Care receivers per potential carer (persons 18-84), from counts by sex and age aggregated on the executors.
 * The expected number of receivers is the count times the need share, so no per-person pass is needed.
 */
public final class DemandPressure {
    private DemandPressure() {}

    public static double receiversPerPotentialCarer(long[] countsBySexAge, CareModel m) {
        double receivers = 0, potential = 0;
        for (int sex = 0; sex < 2; sex++) {
            for (int a = 0; a < AGES; a++) {
                long n = countsBySexAge[sex * AGES + a];
                receivers += n * m.needShare(sex, a);
                if (a >= 18 && a <= 84) potential += n;
            }
        }
        return potential > 0 ? receivers / potential : 0;
    }
}
