package nl.mantelsim.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.mantelsim.data.InputError;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run. Safe by default: the web UI is off unless asked for, and then only on loopback; an
 * embedded (local) driver binds to loopback so nothing listens beyond this machine. On a cluster the executors get
 * the model's classes from the jar this class was loaded from (the shaded jar), as spark-submit would ship it.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static final String DEFAULT_MASTER = "local[*]";

    public static SparkSession create(String master, int partitions) {
        return create(master, partitions, false);
    }

    public static SparkSession create(String master, int partitions, boolean webUi) {
        String m = master(master);
        Map<String, String> conf = settings(m, partitions, webUi, System.getenv("SPARK_LOCAL_IP"), applicationJar(),
                System.getProperty("spark.jars"));
        if (!m.startsWith("local") && !conf.containsKey("spark.jars") && System.getProperty("spark.jars") == null) {
            System.err.println("mantelsim: warning: the model's classes come from a folder, not a jar, so executors on "
                    + m + " can only load them if they already have them; build the jar with mvn -Pcluster package");
        }
        SparkSession.Builder b = SparkSession.builder().appName("mantelsim").master(m);
        conf.forEach(b::config);
        return b.getOrCreate();
    }

    /**
     * The master: the command line's, else the one spark-submit passes (system property spark.master), else the
     * embedded local[*]. A default on the command line must not override spark-submit's --master.
     */
    public static String master(String option) {
        if (option != null && !option.isBlank()) return option;
        String submitted = System.getProperty("spark.master");
        return submitted != null && !submitted.isBlank() ? submitted : DEFAULT_MASTER;
    }

    /**
     * The settings a session gets; a pure function of its inputs so the safe defaults can be tested without
     * starting Spark. Spark binds its web UI to SPARK_LOCAL_IP, or to every interface when that is unset, and
     * offers no setting for it, so the UI is refused unless SPARK_LOCAL_IP is loopback (the launcher sets it).
     */
    static Map<String, String> settings(String master, int partitions, boolean webUi, String sparkLocalIp,
                                        Optional<Path> appJar, String submittedJars) {
        if (webUi && !isLoopback(sparkLocalIp)) {
            throw new InputError("command line", 0, "--spark-ui", "the web UI would listen on every network interface;"
                    + " set SPARK_LOCAL_IP=127.0.0.1 (./mantelsim does) to keep it on this machine (SPARK_LOCAL_IP is "
                    + (sparkLocalIp == null ? "unset" : "'" + sparkLocalIp + "'") + ")");
        }
        Map<String, String> c = new LinkedHashMap<>();
        c.put("spark.ui.enabled", String.valueOf(webUi));
        c.put("spark.sql.shuffle.partitions", String.valueOf(partitions));
        c.put("spark.default.parallelism", String.valueOf(partitions));
        if (master.startsWith("local")) {
            c.put("spark.driver.host", "127.0.0.1");
            c.put("spark.driver.bindAddress", "127.0.0.1");
        } else {
            // Reliable checkpoints (see Lineage) are removed with the run's blocks, not left in shared storage.
            c.put("spark.cleaner.referenceTracking.cleanCheckpoints", "true");
            // spark-submit already lists the application jar; a plain java driver must ship it itself.
            if (submittedJars == null && appJar.isPresent()) c.put("spark.jars", appJar.get().toUri().toString());
        }
        return c;
    }

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\d+|\\*)(?:,\\d+)?])?");

    /**
     * The task threads of an embedded master ("local", "local[N]", "local[*]", "local[N,F]"); empty for a cluster
     * master, whose executors are only known once they have registered.
     */
    public static OptionalInt localTaskSlots(String master) {
        Matcher m = LOCAL.matcher(master);
        if (!m.matches()) return OptionalInt.empty();
        if (m.group(1) == null) return OptionalInt.of(1);
        int cores = Runtime.getRuntime().availableProcessors();
        return OptionalInt.of(m.group(1).equals("*") ? cores : Integer.parseInt(m.group(1)));
    }

    static boolean isLoopback(String address) {
        return address != null && (address.equals("localhost") || address.equals("::1") || address.startsWith("127."));
    }

    /** The jar holding the model's classes, or empty when they come from a folder (tests, an IDE). */
    static Optional<Path> applicationJar() {
        try {
            var source = SparkSessions.class.getProtectionDomain().getCodeSource();
            if (source == null) return Optional.empty();
            Path p = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(p) && p.toString().endsWith(".jar") ? Optional.of(p) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
