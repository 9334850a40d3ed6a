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
            sb.append(CsvCells.text(r.parameter())).append(',').append(CsvCells.text(r.unit())).append(',').append(CsvCells.num(r.defaultValue()))
                    .append(',').append(CsvCells.num(r.lowValue())).append(',').append(CsvCells.num(r.highValue())).append(',')
                    .append(CsvCells.text(r.scenario())).append(',').append(CsvCells.text(r.reference())).append(',').append(r.year())
                    .append(',').append(r.indicator()).append(',').append(r.group()).append(',').append(CsvCells.num(r.base()))
                    .append(',').append(CsvCells.num(r.atLow())).append(',').append(CsvCells.num(r.atHigh())).append(',')
                    .append(CsvCells.num(r.swing())).append(',').append(CsvCells.text(r.note())).append('\n');
        }
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static void writeParquet(List<SensitivityRow> rows, Path file) throws IOException {
        ParquetTable.write(file, SCHEMA, rows, (r, g) -> {
            g.append("parameter", r.parameter()).append("unit", r.unit())
                    .append("default_value", r.defaultValue()).append("low_value", r.lowValue())
                    .append("high_value", r.highValue()).append("scenario", r.scenario())
                    .append("reference", r.reference()).append("year", r.year()).append("indicator", r.indicator())
                    .append("group", r.group());
            ParquetTable.optional(g, "base", r.base());
            ParquetTable.optional(g, "at_low", r.atLow());
            ParquetTable.optional(g, "at_high", r.atHigh());
            ParquetTable.optional(g, "swing", r.swing());
            g.append("note", r.note());
        });
    }
}
