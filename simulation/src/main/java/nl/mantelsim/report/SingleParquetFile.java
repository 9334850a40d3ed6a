package nl.mantelsim.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Writes rows as one plain Parquet file. Spark writes a folder of part files; the one part is moved to a plain
 * file so that any Parquet reader (pandas, DuckDB, R's arrow) opens it by name.
 */
final class SingleParquetFile {
    private SingleParquetFile() {
    }

    static void write(SparkSession spark, List<Row> rows, StructType schema, Path file) throws IOException {
        Path tmp = file.resolveSibling(".parquet-" + file.getFileName());
        spark.createDataFrame(rows, schema).coalesce(1).write().mode("overwrite").parquet(tmp.toString());
        Path part;
        try (Stream<Path> s = Files.list(tmp)) {
            part = s.filter(p -> p.getFileName().toString().startsWith("part-") && p.toString().endsWith(".parquet"))
                    .findFirst().orElseThrow(() -> new IOException("Spark wrote no Parquet part in " + tmp));
        }
        Files.move(part, file);
        RunFolder.deleteRecursively(tmp);
    }
}
