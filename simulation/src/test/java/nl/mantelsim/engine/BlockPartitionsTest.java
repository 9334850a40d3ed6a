package nl.mantelsim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BlockPartitionsTest {
    private static List<Integer> blocks(int n) { return IntStream.range(0, n).boxed().toList(); }

    private static List<Integer> sizes(List<List<Integer>> parts) { return parts.stream().map(List::size).toList(); }

    /** Greedy in-order scheduling, as Spark launches a job's tasks: the time at which the last slot finishes. */
    private static int makespan(List<Integer> sizes, int slots) {
        int[] free = new int[slots];
        for (int s : sizes) {
            int first = 0;
            for (int k = 1; k < slots; k++) if (free[k] < free[first]) first = k;
            free[first] += s;
        }
        return IntStream.of(free).max().orElse(0);
    }

    @Test
    void everyBlockLandsInExactlyOnePartitionInItsOrder() {
        for (int n : new int[] {0, 1, 5, 27, 267}) {
            for (int p : new int[] {1, 2, 8, 27, 64}) {
                for (OptionalInt slots : List.of(OptionalInt.empty(), OptionalInt.of(1), OptionalInt.of(2),
                        OptionalInt.of(8))) {
                    List<List<Integer>> parts = BlockPartitions.deal(blocks(n), p, slots);
                    assertEquals(p, parts.size(), "one list per partition");
                    List<Integer> all = new ArrayList<>();
                    parts.forEach(all::addAll);
                    assertEquals(blocks(n), all, n + " blocks, " + p + " partitions, slots " + slots);
                    List<Integer> s = sizes(parts);
                    for (int i = 1; i < s.size(); i++) assertTrue(s.get(i) <= s.get(i - 1), "largest first: " + s);
                }
            }
        }
    }

    @Test
    void atScaleOneTenthTwoSlotsFinishWithinOneBlockInsteadOfThree() {
        // 27 blocks, 8 partitions, local[2]: Spark's even slicing (3,3,4,3,3,4,3,4) leaves one slot alone for 3
        // blocks at the end of every job; the dealt partitions end within one block (14 of 27 against 13.5).
        List<Integer> sparkSlices = List.of(3, 3, 4, 3, 3, 4, 3, 4);
        assertEquals(15, makespan(sparkSlices, 2));
        List<Integer> dealt = sizes(BlockPartitions.deal(blocks(27), 8, OptionalInt.of(2)));
        assertEquals(14, makespan(dealt, 2), "dealt " + dealt);
        assertTrue(dealt.get(7) < dealt.get(0), "the last wave is smaller: " + dealt);
    }

    @Test
    void withoutKnownSlotsOrWithTooFewBlocksTheRunsAreEven() {
        List<Integer> cluster = sizes(BlockPartitions.deal(blocks(267), 8, OptionalInt.empty()));
        assertTrue(cluster.get(0) - cluster.get(7) <= 1, "even on a cluster: " + cluster);
        List<Integer> oneWave = sizes(BlockPartitions.deal(blocks(27), 8, OptionalInt.of(8)));
        assertTrue(oneWave.get(0) - oneWave.get(7) <= 1, "even when every partition has its own slot: " + oneWave);
        List<Integer> small = sizes(BlockPartitions.deal(blocks(27), 27, OptionalInt.of(2)));
        assertEquals(List.of(1), small.stream().distinct().toList(), "one block each: " + small);
    }
}
