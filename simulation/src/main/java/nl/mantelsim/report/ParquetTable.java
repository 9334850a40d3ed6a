package nl.mantelsim.report;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * A run's small tables (indicators, summary, sensitivity) as one plain Parquet file each, written by the driver
 * itself. A Spark write would run on the executors, which on a real cluster (YARN, Kubernetes, another machine)
 * write to their own disks, not to the driver's run folder; the tables are small, so no Spark job is needed, and
 * any Parquet reader (pandas, DuckDB, R's arrow) opens the file by name.
 */
final class ParquetTable {
    private ParquetTable() {}

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("scenario")
            .required(INT32).named("replication")
            .required(INT32).named("year")
            .required(BINARY).as(stringType()).named("indicator")
            .required(BINARY).as(stringType()).named("group")
            .optional(DOUBLE).named("value")
            .named("indicators");

    static void write(List<IndicatorRow> rows, Path file) throws IOException {
        write(file, SCHEMA, rows, (r, g) -> {
            g.append("scenario", r.scenario()).append("replication", r.replication()).append("year", r.year())
                    .append("indicator", r.indicator()).append("group", r.group());
            optional(g, "value", r.value());
        });
    }

    /** Writes one record per row, filled by {@code fill}, under {@code schema}. */
    static <T> void write(Path file, MessageType schema, List<T> rows, BiConsumer<T, Group> fill) throws IOException {
        // Written beside the target and moved, so that a killed run never leaves a truncated file under the name.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (T r : rows) {
                Group g = groups.newGroup();
                fill.accept(r, g);
                w.write(g);
            }
        }
        Files.move(tmp, file);
    }

    /** An undefined double (NaN) is a null in Parquet, as it is an empty cell in the CSV files. */
    static void optional(Group g, String field, double v) {
        if (!Double.isNaN(v)) g.append(field, v);
    }
}
