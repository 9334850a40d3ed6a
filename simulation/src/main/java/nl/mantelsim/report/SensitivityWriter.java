package nl.mantelsim.report;

import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.DOUBLE;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT32;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * {@code sensitivity.csv} and {@code sensitivity.parquet}: the same columns and values, the Parquet file written on
 * the driver (a few hundred rows). Undefined doubles are empty in the CSV and null in Parquet.
 */
public final class SensitivityWriter {
    private SensitivityWriter() {}

    public static final List<String> COLUMNS = List.of("parameter", "unit", "default_value", "low_value", "high_value",
            "scenario", "reference", "year", "indicator", "group", "base", "at_low", "at_high", "swing", "note");

    static final MessageType SCHEMA = Types.buildMessage()
            .required(BINARY).as(stringType()).named("parameter")
            .required(BINARY).as(stringType()).named("unit")
            .required(DOUBLE).named("default_value")
            .required(DOUBLE).named("low_value")
            .required(DOUBLE).named("high_value")
            .required(BINARY).as(stringType()).named("scenario")
            .required(BINARY).as(stringType()).named("reference")
            .required(INT32).named("year")
            .required(BINARY).as(stringType()).named("indicator")
            .required(BINARY).as(stringType()).named("group")
            .optional(DOUBLE).named("base")
            .optional(DOUBLE).named("at_low")
            .optional(DOUBLE).named("at_high")
            .optional(DOUBLE).named("swing")
            .required(BINARY).as(stringType()).named("note")
            .named("sensitivity");

    public static void writeCsv(List<SensitivityRow> rows, Path file) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", COLUMNS)).append('\n');
        for (SensitivityRow r : rows) {
            sb.append(quote(r.parameter())).append(',').append(quote(r.unit())).append(',').append(num(r.defaultValue()))
                    .append(',').append(num(r.lowValue())).append(',').append(num(r.highValue())).append(',')
                    .append(quote(r.scenario())).append(',').append(quote(r.reference())).append(',').append(r.year())
                    .append(',').append(r.indicator()).append(',').append(r.group()).append(',').append(num(r.base()))
                    .append(',').append(num(r.atLow())).append(',').append(num(r.atHigh())).append(',')
                    .append(num(r.swing())).append(',').append(quote(r.note())).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static void writeParquet(List<SensitivityRow> rows, Path file) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
        try (ParquetWriter<Group> w = ExampleParquetWriter.builder(new LocalOutputFile(tmp)).withType(SCHEMA)
                .withCompressionCodec(CompressionCodecName.SNAPPY).withWriteMode(ParquetFileWriter.Mode.OVERWRITE).build()) {
            for (SensitivityRow r : rows) {
                Group g = groups.newGroup().append("parameter", r.parameter()).append("unit", r.unit())
                        .append("default_value", r.defaultValue()).append("low_value", r.lowValue())
                        .append("high_value", r.highValue()).append("scenario", r.scenario())
                        .append("reference", r.reference()).append("year", r.year()).append("indicator", r.indicator())
                        .append("group", r.group());
                optional(g, "base", r.base());
                optional(g, "at_low", r.atLow());
                optional(g, "at_high", r.atHigh());
                optional(g, "swing", r.swing());
                g.append("note", r.note());
                w.write(g);
            }
        }
        Files.move(tmp, file);
    }

    private static void optional(Group g, String field, double v) {
        if (!Double.isNaN(v)) g.append(field, v);
    }

    /** Doubles in the shortest form that reads back to the same double, as in summary.csv. */
    private static String num(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** Units and notes may hold commas and quotes (RFC 4180 quoting). */
    static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
