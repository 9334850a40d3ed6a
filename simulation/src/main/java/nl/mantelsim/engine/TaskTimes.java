package nl.mantelsim.engine;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkContext;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Where the task threads' time goes while it listens (the benchmark's measured run): Spark's own task metrics, summed
 * over every finished task. Set against the wall time times the task slots, the sums say how busy the threads were,
 * which a profile of the methods cannot tell (an idle thread is not sampled).
 */
public final class TaskTimes extends SparkListener {
    private final AtomicLong tasks = new AtomicLong(), durationMs = new AtomicLong(), runMs = new AtomicLong(),
            deserializeMs = new AtomicLong(), gcMs = new AtomicLong(), resultMs = new AtomicLong();

    /** Starts listening on {@code sc}; {@link #stop} ends it. */
    public static TaskTimes listen(SparkContext sc) {
        TaskTimes t = new TaskTimes();
        sc.addSparkListener(t);
        return t;
    }

    public void stop(SparkContext sc) {
        sc.removeSparkListener(this);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        tasks.incrementAndGet();
        durationMs.addAndGet(end.taskInfo().duration());
        TaskMetrics m = end.taskMetrics();
        if (m == null) return; // a failed task may have none
        runMs.addAndGet(m.executorRunTime());
        deserializeMs.addAndGet(m.executorDeserializeTime());
        gcMs.addAndGet(m.jvmGCTime());
        resultMs.addAndGet(m.resultSerializationTime());
    }

    /**
     * One line: the tasks, their summed times, and the share of {@code slots} task threads over {@code wallSeconds}
     * that the executor side of the tasks fills (deserialising, running, serialising the result). Not the tasks'
     * durations: a duration ends when the driver has read the result, and a local master starts the next task on
     * the status update, before that, so durations overlap (their sum was 112% of one thread's wall time at scale 1).
     * Spark delivers listener events asynchronously, so call it once the jobs' results are back and the event queue
     * has drained (the benchmark waits for it).
     */
    public String summary(double wallSeconds, int slots) {
        double executorSeconds = (runMs.get() + deserializeMs.get() + resultMs.get()) / 1000.0;
        double busy = executorSeconds / (wallSeconds * slots);
        return String.format(Locale.ROOT, "%d tasks, %.2f s launch to result (run %.2f, of which GC %.2f; deserialise %.2f, "
                        + "result %.2f) over %.2f s x %d task threads: busy %.0f%% (run, deserialise and result)", tasks.get(),
                durationMs.get() / 1000.0, runMs.get() / 1000.0, gcMs.get() / 1000.0, deserializeMs.get() / 1000.0,
                resultMs.get() / 1000.0, wallSeconds, slots, 100 * busy);
    }
}
