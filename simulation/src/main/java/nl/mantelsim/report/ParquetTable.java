package nl.mantelsim.report;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * The indicator table as one Parquet file, written by the driver itself. A Spark write would run on the
 * executors, which on a real cluster (YARN, Kubernetes, another machine) write to their own disks, not to the
 * driver's run folder; the table is small (thousands of rows), so no Spark job is needed.
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
        // Written beside the target and moved, so that a killed run never leaves a truncated file under the name.
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (IndicatorRow r : rows) {
                Group g = groups.newGroup().append("scenario", r.scenario()).append("replication", r.replication())
                        .append("year", r.year()).append("indicator", r.indicator()).append("group", r.group());
                if (!Double.isNaN(r.value())) g.append("value", r.value());
                w.write(g);
            }
        }
        Files.move(tmp, file);
    }
}
