package nl.mantelsim.engine;

import org.apache.spark.sql.SparkSession;

/**
 * The Spark session of a run. The web UI is off and the driver binds to loopback so that nothing listens beyond
 * this machine by default; on a cluster (spark-submit) the master and addresses come from spark-submit instead.
 */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession create(String master, int partitions) {
        SparkSession.Builder b = SparkSession.builder().appName("mantelsim")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", String.valueOf(partitions))
                .config("spark.default.parallelism", String.valueOf(partitions));
        if (master != null) {
            b.master(master);
            if (master.startsWith("local")) {
                b.config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return b.getOrCreate();
    }
}
