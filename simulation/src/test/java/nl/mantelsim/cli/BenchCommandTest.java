package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's task threads (the busy share of its task metrics is taken over them) and its rounds' middle value. */
class BenchCommandTest {
    @Test
    void taskThreadsOfALocalMasterAndNoneForAClusterMaster() {
        assertEquals(1, BenchCommand.taskSlots("local"));
        assertEquals(2, BenchCommand.taskSlots("local[2]"));
        assertEquals(3, BenchCommand.taskSlots("local[3,4]"));
        assertEquals(Runtime.getRuntime().availableProcessors(), BenchCommand.taskSlots("local[*]"));
        assertEquals(0, BenchCommand.taskSlots("spark://127.0.0.1:7077"));
        assertEquals(0, BenchCommand.taskSlots("yarn"));
    }

    @Test
    void theMiddleOfTheRoundsIsTheMedian() {
        assertEquals(1.6, ScalingPairs.median(new double[] {1.9, 1.6, 1.2}), 1e-12);
        assertEquals(1.65, ScalingPairs.median(new double[] {1.7, 1.2, 1.6, 2.0}), 1e-12);
        assertEquals(1.4, ScalingPairs.median(new double[] {1.4}), 1e-12);
    }
}
