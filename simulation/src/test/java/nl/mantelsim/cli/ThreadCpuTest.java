package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The benchmark's CPU by kind of thread: names as Linux shows them (15 characters at most). */
class ThreadCpuTest {
    @Test
    void threadNamesFallIntoKinds() {
        assertEquals("task threads", ThreadCpu.kind("Executor task l"));
        assertEquals("task threads", ThreadCpu.kind("mantelsim-kerne"));
        assertEquals("JIT compiler", ThreadCpu.kind("C2 CompilerThre"));
        assertEquals("JIT compiler", ThreadCpu.kind("C1 CompilerThre"));
        assertEquals("garbage collector and VM", ThreadCpu.kind("GC Thread#1"));
        assertEquals("garbage collector and VM", ThreadCpu.kind("VM Thread"));
        assertEquals("other threads", ThreadCpu.kind("dag-scheduler-e"));
    }

    @Test
    void timeBetweenSnapshotsPerKindAndInAll() {
        String line = ThreadCpu.between(new TreeMap<>(Map.of("JIT compiler", 1.0, "task threads", 2.0)),
                new TreeMap<>(Map.of("JIT compiler", 1.5, "task threads", 4.0, "other threads", 0.25)));
        assertEquals("JIT compiler 0.50 s, other threads 0.25 s, task threads 2.00 s, all 2.75 s", line);
    }

    @Test
    void threadsThatEndedAreTheProcessTimeNoLiveThreadHas() {
        String line = ThreadCpu.between(new TreeMap<>(Map.of("task threads", 2.0, ThreadCpu.PROCESS, 3.0)),
                new TreeMap<>(Map.of("task threads", 1.0, ThreadCpu.PROCESS, 7.0)));
        assertEquals("task threads 0.00 s, threads that ended 4.00 s, all 4.00 s", line);
    }

    @Test
    void systemTimeIsThePartOfAllInTheKernel() {
        String line = ThreadCpu.between(
                new TreeMap<>(Map.of("task threads", 2.0, ThreadCpu.PROCESS, 3.0, ThreadCpu.PROCESS_SYSTEM, 0.5)),
                new TreeMap<>(Map.of("task threads", 4.0, ThreadCpu.PROCESS, 6.0, ThreadCpu.PROCESS_SYSTEM, 1.25)));
        assertEquals("task threads 2.00 s, threads that ended 1.00 s, all 3.00 s, of which system (in the kernel) 0.75 s", line);
        String stat = "4242 (java) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1 0 100 0";
        assertEquals(0.5, ThreadCpu.systemSeconds(stat), 1e-9);
    }

    @Test
    void aStatLineWithSpacesInTheName() {
        String[] name = new String[1];
        String stat = "4242 (Executor task launch) S 1 2 3 4 5 6 7 8 9 10 250 50 0 0 20 0 1 0 100 0";
        assertEquals(3.0, ThreadCpu.cpuSeconds(stat, name), 1e-9);
        assertEquals("Executor task launch", name[0]);
    }

    @Test
    void thisThreadsWorkShowsInItsKindAndInTheProcess() {
        Map<String, Double> before = ThreadCpu.snapshot();
        if (before.isEmpty()) return; // not Linux: nothing to read
        // 300 ms of this thread's own CPU (not of wall time, which a busy machine would stretch).
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long x = 0, end = threads.getCurrentThreadCpuTime() + 300_000_000L;
        while (threads.getCurrentThreadCpuTime() < end) x += Long.numberOfTrailingZeros(x + System.nanoTime());
        Map<String, Double> after = ThreadCpu.snapshot();
        String mine = ThreadCpu.kind(Thread.currentThread().getName());
        double own = after.get(mine) - before.getOrDefault(mine, 0.0);
        double process = after.get(ThreadCpu.PROCESS) - before.get(ThreadCpu.PROCESS);
        assertTrue(own >= 0.25, "CPU seconds of " + mine + ": " + own + " (" + x + ")");
        assertTrue(process >= own - 0.02, "the process's CPU " + process + " holds its threads' " + own);
    }
}
