package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's task threads, which the busy share of its Spark task metrics is taken over. */
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
}
