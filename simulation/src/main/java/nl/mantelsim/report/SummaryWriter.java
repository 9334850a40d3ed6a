package nl.mantelsim.report;

import static nl.mantelsim.report.CsvCells.num;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BOOLEAN;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

/**
 * Writes the summary over replications ({@link SummaryTable}) as {@code summary.csv} and a single-file
 * {@code summary.parquet} with the same columns and values; undefined doubles are empty in the CSV and null in
 * Parquet. The column list is part of the output contract (README).
 */
public final class SummaryWriter {
    private SummaryWriter() {
    }

    public static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("scenario")
            .required(INT32).named("year")
            .required(BINARY).as(stringType()).named("indicator")
            .required(BINARY).as(stringType()).named("group")
            .required(INT32).named("replications")
            .optional(DOUBLE).named("mean")
            .optional(DOUBLE).named("standard_error")
            .optional(DOUBLE).named("ci95_low")
            .optional(DOUBLE).named("ci95_high")
            .required(BINARY).as(stringType()).named("reference")
            .optional(DOUBLE).named("diff_mean")
            .optional(DOUBLE).named("diff_standard_error")
            .optional(DOUBLE).named("diff_ci95_low")
            .optional(DOUBLE).named("diff_ci95_high")
            .required(BOOLEAN).named("single_replication")
            .required(BOOLEAN).named("small_cell")
            .named("summary");

    public static void writeCsv(List<SummaryRow> rows, Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", SCHEMA.getFields().stream().map(Type::getName).toList()) + "\n");
            for (SummaryRow r : rows) {
                w.write(r.scenario() + "," + r.year() + "," + r.indicator() + "," + r.group() + "," + r.replications()
                        + "," + num(r.mean()) + "," + num(r.standardError()) + "," + num(r.ci95Low()) + ","
                        + num(r.ci95High()) + "," + r.reference() + "," + num(r.diffMean()) + ","
                        + num(r.diffStandardError()) + "," + num(r.diffCi95Low()) + "," + num(r.diffCi95High()) + ","
                        + r.singleReplication() + "," + r.smallCell() + "\n");
            }
        }
    }

    /** Written on the driver (ParquetTable): on a cluster the executors' disks are not the run folder. */
    public static void writeParquet(List<SummaryRow> rows, Path file) throws IOException {
        ParquetTable.write(file, SCHEMA, rows, (r, g) -> {
            g.append("scenario", r.scenario()).append("year", r.year()).append("indicator", r.indicator())
                    .append("group", r.group()).append("replications", r.replications());
            ParquetTable.optional(g, "mean", r.mean());
            ParquetTable.optional(g, "standard_error", r.standardError());
            ParquetTable.optional(g, "ci95_low", r.ci95Low());
            ParquetTable.optional(g, "ci95_high", r.ci95High());
            g.append("reference", r.reference());
            ParquetTable.optional(g, "diff_mean", r.diffMean());
            ParquetTable.optional(g, "diff_standard_error", r.diffStandardError());
            ParquetTable.optional(g, "diff_ci95_low", r.diffCi95Low());
            ParquetTable.optional(g, "diff_ci95_high", r.diffCi95High());
            g.append("single_replication", r.singleReplication()).append("small_cell", r.smallCell());
        });
    }
}
