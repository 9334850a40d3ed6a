package nl.mantelsim.report;

/**
 * One row of {@code sensitivity.csv}: how a scenario's effect (scenario minus reference in {@code year}, an indicator
 * and group, mean over replications of the paired differences) moves when one assumed parameter is set to its minimum
 * and to its maximum, all else equal and with the same random numbers. NaN where a variant was refused or undefined.
 */
public record SensitivityRow(String parameter, String unit, double defaultValue, double lowValue, double highValue,
                             String scenario, String reference, int year, String indicator, String group,
                             double base, double atLow, double atHigh, String note) {

    /** How far the effect moves between the two ends of the range; NaN when either end is missing. */
    public double swing() {
        return Math.abs(atHigh - atLow);
    }
}
