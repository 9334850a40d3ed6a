package nl.mantelsim.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Which base blocks go into which Spark partition: this decides how evenly the task slots finish each job, never a
 * number (every draw is keyed by person, every sum is over integers; DeterminismTest).
 *
 * <p>Why not Spark's own slicing: it cuts the blocks into equal runs, and Spark launches a job's tasks in partition
 * order. At scale 0.1 (27 blocks, 8 partitions, two task slots) that gives runs of 3, 3, 4, 3, 3, 4, 3, 4 blocks;
 * the slots take them in turn and one slot runs the last 4-block task alone while the other waits: 3 blocks of a
 * 15-block year, measured as 23-98 ms of each 330-500 ms year job (Spark's event log; README, Benchmark). Here the
 * partitions are dealt largest first, and the last wave (one task per slot) gets about half a partition's blocks,
 * so the slots finish within about one block of each other.
 *
 * <p>The taper needs the number of task slots ({@link SparkSessions#localTaskSlots}). An embedded (local) master says
 * it; a cluster's executors are only known once they have registered, so there the blocks are cut evenly, as Spark
 * would.
 */
final class BlockPartitions {
    private BlockPartitions() {}

    /**
     * {@code items} (the blocks, in order) dealt into exactly {@code partitions} lists, each a consecutive run,
     * largest first. With more partitions than slots and at least two blocks per partition, every partition of
     * the last wave (the last {@code slots}) gets about half the blocks of the others; otherwise the runs are
     * as even as they can be.
     */
    static <T> List<List<T>> deal(List<T> items, int partitions, OptionalInt slots) {
        if (partitions < 1) throw new IllegalArgumentException("partitions must be at least 1, not " + partitions);
        int n = items.size();
        boolean taper = slots.isPresent() && slots.getAsInt() < partitions && n >= 2 * partitions;
        int lastWave = taper ? slots.getAsInt() : 0;
        // Weights: 2 for a partition of the earlier waves, 1 for one of the last; cut the blocks at the rounded
        // cumulative weights, so the sizes add up to n exactly and differ from their shares by less than one block.
        long total = 2L * (partitions - lastWave) + lastWave;
        int[] sizes = new int[partitions];
        long cumulative = 0;
        int cut = 0;
        for (int p = 0; p < partitions; p++) {
            cumulative += p < partitions - lastWave ? 2 : 1;
            int next = (int) ((cumulative * n + total / 2) / total);
            sizes[p] = next - cut;
            cut = next;
        }
        // Largest first: rounding can leave a smaller run before a larger one.
        Arrays.sort(sizes);
        List<List<T>> out = new ArrayList<>(partitions);
        int from = 0;
        for (int p = partitions - 1; p >= 0; p--) {
            out.add(List.copyOf(items.subList(from, from + sizes[p])));
            from += sizes[p];
        }
        return out;
    }
}
