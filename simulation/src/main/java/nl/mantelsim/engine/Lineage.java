package nl.mantelsim.engine;

import nl.mantelsim.population.PersonBlock;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;

/**
 * How each year's population is protected against a lost executor, which decides what a lost block costs.
 *
 * <ul>
 *   <li>Embedded (local) Spark: local checkpoints every year. They keep the lineage one year long and spill to
 *       disk rather than being recomputed, but live only in the executor that made them; in local mode that
 *       executor is the driver, so nothing is lost that the run could have survived.</li>
 *   <li>A cluster with a checkpoint folder (spark.checkpoint.dir, shared storage): a reliable checkpoint every
 *       {@value #CHECKPOINT_YEARS} years, so a lost block is recomputed from at most that many years back.</li>
 *   <li>A cluster without one: the full lineage is kept and a lost block is recomputed from the base population.
 *       Local checkpoints would make a lost worker fatal (Spark cannot rebuild a local checkpoint block, measured
 *       with scripts/spark-cluster.sh: "Checkpoint block not found"). Keyed draws make the recomputation identical.</li>
 * </ul>
 */
final class Lineage {
    private Lineage() {}

    static final int CHECKPOINT_YEARS = 5;

    /** Marks next year's blocks before their first action; yearIndex counts simulated years from 0. */
    static void protect(JavaRDD<PersonBlock> blocks, int yearIndex, SparkContext sc) {
        if (sc.isLocal()) {
            blocks.rdd().localCheckpoint();
        } else if (sc.getCheckpointDir().isDefined() && (yearIndex + 1) % CHECKPOINT_YEARS == 0) {
            blocks.checkpoint();
        }
    }
}
