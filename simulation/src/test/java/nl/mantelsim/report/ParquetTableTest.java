package nl.mantelsim.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.mantelsim.TestData;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet output, written on the driver, reads back in Spark as the contract's table: same rows, same types. */
class ParquetTableTest {
    @TempDir Path tmp;

    @Test
    void sparkReadsBackEveryRowWithTheContractSchemaAndUndefinedValuesAsNull() throws IOException {
        List<IndicatorRow> rows = new ArrayList<>(IndicatorWriter.sorted(SyntheticRows.table(List.of("baseline", "paid-leave"), 2, 2021, 2023)));
        rows.add(new IndicatorRow("paid-leave", 1, 2023, "zz_undefined", "all", Double.NaN));
        Path file = tmp.resolve("indicators.parquet");
        IndicatorWriter.writeParquet(rows, file);

        try (Stream<Path> s = Files.list(tmp)) {
            assertEquals(List.of("indicators.parquet"), s.map(p -> p.getFileName().toString()).toList(), "one plain file, no leftovers");
        }
        Dataset<Row> read = TestData.spark().read().parquet(file.toString());
        assertEquals(IndicatorWriter.SCHEMA.fieldNames().length, read.schema().fields().length);
        for (var f : IndicatorWriter.SCHEMA.fields()) {
            assertEquals(f.dataType(), read.schema().apply(f.name()).dataType(), f.name());
        }
        List<Row> back = read.collectAsList();
        assertEquals(rows.size(), back.size());
        for (int i = 0; i < rows.size(); i++) {
            IndicatorRow r = rows.get(i);
            Row b = back.get(i);
            assertEquals(List.of(r.scenario(), r.replication(), r.year(), r.indicator(), r.group()),
                    List.of(b.getString(0), b.getInt(1), b.getInt(2), b.getString(3), b.getString(4)));
            if (Double.isNaN(r.value())) assertTrue(b.isNullAt(5), "undefined is null");
            else assertEquals(r.value(), b.getDouble(5));
        }
    }
}
