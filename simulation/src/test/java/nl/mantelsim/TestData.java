package nl.mantelsim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** Shared test fixtures: the project's data folder, a copy of it to break, and one Spark session per test JVM. */
public final class TestData {
    private TestData() {}

    /** Surefire runs in simulation/; the data folder is beside it. */
    public static final Path PROJECT = Path.of("").toAbsolutePath().getParent();
    public static final Path DATA = PROJECT.resolve("data");
    public static final Path PLAN = DATA.resolve("plans/default.yaml");

    private static SparkSession spark;

    public static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder().master("local[2]").appName("mantelsim-test")
                    .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "4")
                    .getOrCreate();
        }
        return spark;
    }

    /** A full copy of data/ that a test may corrupt. */
    public static Path copyOfData(Path into) throws IOException {
        Path target = into.resolve("data");
        try (Stream<Path> s = Files.walk(DATA)) {
            for (Path p : s.toList()) {
                Path q = target.resolve(DATA.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(q);
                else Files.copy(p, q);
            }
        }
        return target;
    }
}
