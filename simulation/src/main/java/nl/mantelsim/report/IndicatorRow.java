package nl.mantelsim.report;
import java.io.Serializable;
/** One row of the long-format indicator table: the output contract read by analysts and schedulers. */
public record IndicatorRow(String scenario, int replication, int year, String indicator, String group, double value)
        implements Serializable {}
