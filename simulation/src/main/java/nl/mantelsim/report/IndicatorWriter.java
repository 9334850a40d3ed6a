package nl.mantelsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the long-format indicator table, the contract analysts and schedulers read:
 * {@code scenario, replication, year, indicator, group, value}, sorted, as CSV and as a single Parquet file.
 */
public final class IndicatorWriter {
    private IndicatorWriter() {}

    public static final Comparator<IndicatorRow> ORDER = Comparator.comparing(IndicatorRow::scenario)
            .thenComparingInt(IndicatorRow::replication).thenComparingInt(IndicatorRow::year)
            .thenComparing(IndicatorRow::indicator).thenComparing(IndicatorRow::group);

    public static final StructType SCHEMA = new StructType()
            .add("scenario", DataTypes.StringType, false)
            .add("replication", DataTypes.IntegerType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false)
            .add("value", DataTypes.DoubleType, true);

    public static List<IndicatorRow> sorted(List<IndicatorRow> rows) {
        List<IndicatorRow> s = new ArrayList<>(rows);
        s.sort(ORDER);
        return s;
    }

    public static void writeCsv(List<IndicatorRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,replication,year,indicator,group,value\n");
            for (IndicatorRow r : rows) {
                w.write(r.scenario() + "," + r.replication() + "," + r.year() + "," + r.indicator() + "," + r.group() + ","
                        + (Double.isNaN(r.value()) ? "" : Double.toString(r.value())) + "\n");
            }
        }
    }

    /** One Parquet file, written on the driver (see ParquetTable: on a cluster, executors cannot reach the run folder). */
    public static void writeParquet(List<IndicatorRow> rows, Path file) throws IOException {
        ParquetTable.write(rows, file);
    }
}
