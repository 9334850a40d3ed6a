package nl.mantelsim.report;

import java.io.Serializable;

/**
 * One row of {@code summary.csv} / {@code summary.parquet}: one cell of the indicator table (scenario, year,
 * indicator, group) summarised over replications, with its paired difference against the reference scenario.
 * Doubles are NaN where undefined (written as empty / null).
 */
public record SummaryRow(String scenario, int year, String indicator, String group, int replications,
                         double mean, double standardError, double ci95Low, double ci95High,
                         String reference, double diffMean, double diffStandardError, double diffCi95Low,
                         double diffCi95High, boolean singleReplication, boolean smallCell) implements Serializable {}
