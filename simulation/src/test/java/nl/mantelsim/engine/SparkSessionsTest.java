package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.mantelsim.data.InputError;
import org.junit.jupiter.api.Test;

/** The session settings are safe by default: no web UI, loopback only, and the model's jar shipped to a cluster. */
class SparkSessionsTest {
    private static final Optional<Path> JAR = Optional.of(Path.of("/opt/mantelsim/mantelsim-all.jar"));

    @Test
    void aBatchRunHasNoWebUiAndItsEmbeddedDriverListensOnLoopbackOnly() {
        Map<String, String> c = SparkSessions.settings("local[*]", 8, false, null, JAR, null);
        assertEquals("false", c.get("spark.ui.enabled"));
        assertEquals("127.0.0.1", c.get("spark.driver.bindAddress"));
        assertEquals("127.0.0.1", c.get("spark.driver.host"));
        assertFalse(c.containsKey("spark.jars"), "an embedded run has the classes already");
    }

    @Test
    void theWebUiIsServedOnlyWhenAskedForAndOnlyWhenSparkBindsItToLoopback() {
        assertEquals("true", SparkSessions.settings("local[*]", 8, true, "127.0.0.1", JAR, null).get("spark.ui.enabled"));
        for (String exposed : new String[] {null, "0.0.0.0", "10.1.2.3", "192.168.0.7"}) {
            InputError e = assertThrows(InputError.class, () -> SparkSessions.settings("local[*]", 8, true, exposed, JAR, null));
            assertEquals("--spark-ui", e.field());
            assertTrue(e.getMessage().contains("SPARK_LOCAL_IP=127.0.0.1"), e.getMessage());
        }
    }

    @Test
    void onAClusterTheDriverShipsTheJarItWasLoadedFromUnlessSparkSubmitAlreadyDoes() {
        Map<String, String> c = SparkSessions.settings("spark://127.0.0.1:7077", 8, false, "127.0.0.1", JAR, null);
        assertEquals("file:///opt/mantelsim/mantelsim-all.jar", c.get("spark.jars"));
        assertFalse(c.containsKey("spark.driver.host"), "a cluster's executors must reach the driver: spark-submit or SPARK_LOCAL_IP decide");
        assertFalse(SparkSessions.settings("yarn", 8, false, null, JAR, "hdfs:///apps/mantelsim-all.jar").containsKey("spark.jars"));
        assertFalse(SparkSessions.settings("yarn", 8, false, null, Optional.empty(), null).containsKey("spark.jars"));
    }

    @Test
    void theMasterIsTheCommandLinesElseSparkSubmitsElseEmbedded() {
        assertEquals("spark://h:7077", SparkSessions.master("spark://h:7077"));
        String before = System.getProperty("spark.master");
        try {
            System.clearProperty("spark.master");
            assertEquals("local[*]", SparkSessions.master(null));
            System.setProperty("spark.master", "yarn");
            assertEquals("yarn", SparkSessions.master(null), "spark-submit --master yarn is not overridden by a default");
            assertEquals("local[2]", SparkSessions.master("local[2]"));
        } finally {
            if (before == null) System.clearProperty("spark.master");
            else System.setProperty("spark.master", before);
        }
    }

    @Test
    void anEmbeddedMasterNamesItsTaskThreadsAndAClusterMasterDoesNot() {
        assertEquals(OptionalInt.of(1), SparkSessions.localTaskSlots("local"));
        assertEquals(OptionalInt.of(2), SparkSessions.localTaskSlots("local[2]"));
        assertEquals(OptionalInt.of(3), SparkSessions.localTaskSlots("local[3,4]"));
        assertEquals(OptionalInt.of(Runtime.getRuntime().availableProcessors()), SparkSessions.localTaskSlots("local[*]"));
        assertEquals(OptionalInt.empty(), SparkSessions.localTaskSlots("spark://127.0.0.1:7077"));
        assertEquals(OptionalInt.empty(), SparkSessions.localTaskSlots("yarn"));
        assertEquals(OptionalInt.empty(), SparkSessions.localTaskSlots("local-cluster[2,1,1024]"));
    }
}
