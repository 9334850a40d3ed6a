package nl.mantelsim.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the summary over replications ({@link SummaryTable}) as {@code summary.csv} and a single-file
 * {@code summary.parquet} with the same columns and values; undefined doubles are empty in the CSV and null in
 * Parquet. The column list is part of the output contract (README).
 */
public final class SummaryWriter {
    private SummaryWriter() {
    }

    public static final StructType SCHEMA = new StructType()
            .add("scenario", DataTypes.StringType, false)
            .add("year", DataTypes.IntegerType, false)
            .add("indicator", DataTypes.StringType, false)
            .add("group", DataTypes.StringType, false)
            .add("replications", DataTypes.IntegerType, false)
            .add("mean", DataTypes.DoubleType, true)
            .add("standard_error", DataTypes.DoubleType, true)
            .add("ci95_low", DataTypes.DoubleType, true)
            .add("ci95_high", DataTypes.DoubleType, true)
            .add("reference", DataTypes.StringType, false)
            .add("diff_mean", DataTypes.DoubleType, true)
            .add("diff_standard_error", DataTypes.DoubleType, true)
            .add("diff_ci95_low", DataTypes.DoubleType, true)
            .add("diff_ci95_high", DataTypes.DoubleType, true)
            .add("single_replication", DataTypes.BooleanType, false)
            .add("small_cell", DataTypes.BooleanType, false);

    public static void writeCsv(List<SummaryRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", SCHEMA.fieldNames()) + "\n");
            for (SummaryRow r : rows) {
                w.write(r.scenario() + "," + r.year() + "," + r.indicator() + "," + r.group() + "," + r.replications()
                        + "," + num(r.mean()) + "," + num(r.standardError()) + "," + num(r.ci95Low()) + ","
                        + num(r.ci95High()) + "," + r.reference() + "," + num(r.diffMean()) + ","
                        + num(r.diffStandardError()) + "," + num(r.diffCi95Low()) + "," + num(r.diffCi95High()) + ","
                        + r.singleReplication() + "," + r.smallCell() + "\n");
            }
        }
    }

    public static void writeParquet(SparkSession spark, List<SummaryRow> rows, Path file) throws IOException {
        List<Row> data = new ArrayList<>(rows.size());
        for (SummaryRow r : rows) {
            data.add(RowFactory.create(r.scenario(), r.year(), r.indicator(), r.group(), r.replications(),
                    nullable(r.mean()), nullable(r.standardError()), nullable(r.ci95Low()), nullable(r.ci95High()),
                    r.reference(), nullable(r.diffMean()), nullable(r.diffStandardError()),
                    nullable(r.diffCi95Low()), nullable(r.diffCi95High()), r.singleReplication(), r.smallCell()));
        }
        SingleParquetFile.write(spark, data, SCHEMA, file);
    }

    /** Double.toString round-trips exactly, so CSV and Parquet readers find the same double. */
    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    private static Double nullable(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
