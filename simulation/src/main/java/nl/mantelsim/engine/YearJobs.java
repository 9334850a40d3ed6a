package nl.mantelsim.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.mantelsim.demography.Demography;
import nl.mantelsim.demography.VitalAlignment;
import nl.mantelsim.policy.Levers;
import nl.mantelsim.population.PersonBlock;
import nl.mantelsim.report.Tally;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.rdd.RDD;
import scala.collection.Iterator;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * The work of a simulated year on Spark: its transformation of the blocks and its two actions (the counts after
 * deaths, births and ageing, worked out from the fates; the tallies and next January's counts), as small named
 * function classes.
 *
 * <p>Why not lambdas: every time a function is handed to Spark (map, or the job an action runs), the driver's
 * closure cleaner finds the class file that defines a lambda in its jar, parses it with ASM and serialises the
 * lambda once to check it, and the Java API and the actions wrap our lambdas in lambdas of their own (of
 * JavaPairRDD$, RDD and SparkContext, large classes), so a year paid for this at least six times, on the driver,
 * while the task threads waited between jobs, and the JIT went on compiling that parsing code. The cleaner skips a
 * function that is a plain class. The numbers do not change (DeterminismTest, ReferenceKernelTest). What it
 * saved: README, Benchmark, "local[2] against local[1] in one JVM".
 *
 * <p>What they capture: the broadcast models (large, sent once per executor), and the year's small tables (vital
 * shifts, migration rates, demand pressure: a few hundred numbers per scenario and replication) as plain fields.
 * Spark already ships each stage's function once per executor (its task binary is a broadcast), so a broadcast of
 * its own for each small table only added work between the year's jobs: three broadcasts made and removed a year,
 * each removal a message that starts threads in the block manager. They are typed HashMap, not Map, because a field
 * of a function Spark serialises must itself be serialisable.
 */
final class YearJobs {
    private YearJobs() {}

    private static final ClassTag<PersonBlock> BLOCK = ClassTag$.MODULE$.apply(PersonBlock.class);

    /** {@code blocks} with {@code step} applied to each block, as JavaRDD.map but without its wrapping lambda. */
    static JavaRDD<PersonBlock> map(JavaRDD<PersonBlock> blocks, AbstractFunction1<PersonBlock, PersonBlock> step) {
        return new JavaRDD<>(blocks.rdd().map(step, BLOCK), BLOCK);
    }

    /** Runs {@code perPartition} on every partition (one job) and returns the results in partition order. */
    @SuppressWarnings("unchecked")
    static <R> List<R> perPartition(JavaRDD<PersonBlock> blocks, PartitionJob<R> perPartition) {
        RDD<PersonBlock> rdd = blocks.rdd();
        int n = rdd.getNumPartitions();
        List<Object> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ids.add(i);
        Seq<Object> partitions = CollectionConverters.asScala(ids).toSeq();
        Object[] results = new Object[n];
        // The results are objects of any class; the tag only tells Spark to keep them in an array of objects.
        ClassTag<R> anyObject = (ClassTag<R>) (ClassTag<?>) ClassTag$.MODULE$.apply(Object.class);
        rdd.context().runJob(rdd, perPartition, partitions, new Collect<R>(results), anyObject);
        List<R> out = new ArrayList<>(n);
        for (Object r : results) out.add((R) r);
        return out;
    }

    /**
     * What every block's work needs to find its model and its seed: the broadcast models, the world of each
     * scenario and the seed of each replication.
     */
    record Context(Broadcast<List<Model>> models, int[] worldOf, long[] seeds) implements Serializable {
        Model model(PersonBlock b) { return models.value().get(worldOf[b.scenario]); }

        long seed(PersonBlock b) { return seeds[b.replication]; }
    }

    /** A function of one partition's blocks, run on the executors. */
    abstract static class PartitionJob<R> extends AbstractFunction2<TaskContext, Iterator<PersonBlock>, R>
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Keeps each partition's result at its index; runs on the driver, so it is never serialised. */
    private static final class Collect<R> extends AbstractFunction2<Object, R, BoxedUnit> {
        private final Object[] results;

        Collect(Object[] results) { this.results = results; }

        @Override
        public BoxedUnit apply(Object index, R result) {
            results[(Integer) index] = result;
            return BoxedUnit.UNIT;
        }
    }

    /**
     * A block's whole year: deaths, births and ageing, aligned by the driver's vital shift of its (scenario,
     * replication), then migration, care, labour and policy with the driver's migration rates and care pressure.
     */
    static final class Year extends AbstractFunction1<PersonBlock, PersonBlock> implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Context context;
        private final int year;
        private final HashMap<Integer, VitalAlignment.Shift> vital;
        private final Broadcast<List<Levers>> levers;
        private final HashMap<Integer, double[]> rates;
        private final HashMap<Integer, Double> pressure;

        Year(Context context, int year, HashMap<Integer, VitalAlignment.Shift> vital, Broadcast<List<Levers>> levers,
             HashMap<Integer, double[]> rates, HashMap<Integer, Double> pressure) {
            this.context = context;
            this.year = year;
            this.vital = vital;
            this.levers = levers;
            this.rates = rates;
            this.pressure = pressure;
        }

        @Override
        public PersonBlock apply(PersonBlock b) {
            Model m = context.model(b);
            int k = DriverYear.key(b.scenario, b.replication);
            long seed = context.seed(b);
            PersonBlock changed = Demography.step(b, year, seed, m.demography(), m.shareMaleAtBirth(), vital.get(k),
                    rates.get(k), m.householdEvents().immigrantCoupleShare());
            return YearStep.apply(changed, year, seed, m, levers.value().get(b.scenario), pressure.get(k));
        }
    }

    /**
     * Persons by sex and age per (scenario, replication) of one partition after the year's deaths, births and
     * ageing ({@link Demography#countsAfter}): what the driver aligns migration to, before the year runs.
     */
    static final class AgedCounts extends PartitionJob<Map<Integer, long[]>> {
        private static final long serialVersionUID = 1L;
        private final Context context;
        private final int year;
        private final HashMap<Integer, VitalAlignment.Shift> vital;

        AgedCounts(Context context, int year, HashMap<Integer, VitalAlignment.Shift> vital) {
            this.context = context;
            this.year = year;
            this.vital = vital;
        }

        @Override
        public Map<Integer, long[]> apply(TaskContext task, Iterator<PersonBlock> it) {
            Map<Integer, long[]> m = new HashMap<>();
            while (it.hasNext()) {
                PersonBlock b = it.next();
                Model model = context.model(b);
                int k = DriverYear.key(b.scenario, b.replication);
                m.merge(k, Demography.countsAfter(b, year, context.seed(b), model.demography(), model.shareMaleAtBirth(),
                        vital.get(k)), Tally::add);
            }
            return m;
        }
    }

    /** Per (scenario, replication) of one partition: the year's integer tallies [0] and the counts by sex and age [1]. */
    static final class TalliesAndCounts extends PartitionJob<List<Map<Integer, long[]>>> {
        private static final long serialVersionUID = 1L;
        private final Context context;

        TalliesAndCounts(Context context) { this.context = context; }

        @Override
        public List<Map<Integer, long[]>> apply(TaskContext task, Iterator<PersonBlock> it) {
            Map<Integer, long[]> tallies = new HashMap<>(), counts = new HashMap<>();
            while (it.hasNext()) {
                PersonBlock b = it.next();
                int k = DriverYear.key(b.scenario, b.replication);
                tallies.merge(k, DriverYear.tally(b, context.model(b), context.seed(b)), Tally::add);
                counts.merge(k, DriverYear.counts(b), Tally::add);
            }
            return List.of(tallies, counts);
        }
    }
}
