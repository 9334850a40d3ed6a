package nl.mantelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU time of this JVM's threads by kind (Spark's task threads, the JIT compiler, the garbage collector, the rest),
 * read from Linux's /proc/self/task: the JIT and collector threads are the virtual machine's own and invisible to
 * Java's thread beans, yet on a 2-core machine they take their time from the task threads. Empty elsewhere.
 */
final class ThreadCpu {
    private ThreadCpu() {}

    private static final double TICKS_PER_SECOND = 100; // USER_HZ, 100 on Linux's x86 and ARM builds

    /** Key of the whole process's CPU, ended threads included, in a snapshot. */
    static final String PROCESS = "process";

    /**
     * Key of the part of {@link #PROCESS} spent in the operating system's kernel (system time). On this project's
     * virtual machine most of it is the kernel zeroing fresh pages of a growing heap (README, Benchmark).
     */
    static final String PROCESS_SYSTEM = "process, system";

    /** Seconds of CPU (user + system) per kind of thread alive now, and of the whole process under {@link #PROCESS}. */
    static Map<String, Double> snapshot() {
        Map<String, Double> byKind = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return byKind;
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(t -> {
                try {
                    String[] name = new String[1];
                    double seconds = cpuSeconds(Files.readString(t.resolve("stat")), name);
                    byKind.merge(kind(name[0]), seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while being read
                }
            });
            String self = Files.readString(Path.of("/proc/self/stat"));
            byKind.put(PROCESS, cpuSeconds(self, new String[1]));
            byKind.put(PROCESS_SYSTEM, systemSeconds(self));
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return byKind;
    }

    /** utime + stime of a stat line, in seconds; the name (in parentheses, may hold spaces) goes to name[0]. */
    static double cpuSeconds(String stat, String[] name) {
        name[0] = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        String[] f = fieldsAfterName(stat);
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
    }

    /** stime of a stat line, in seconds. */
    static double systemSeconds(String stat) {
        return Long.parseLong(fieldsAfterName(stat)[12]) / TICKS_PER_SECOND;
    }

    /** The fields after the name of a stat line: the state is [0], utime [11], stime [12] (proc(5), from 3). */
    private static String[] fieldsAfterName(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    static String kind(String threadName) {
        if (threadName.startsWith("Executor task") || threadName.startsWith("mantelsim-kerne")) return "task threads";
        if (threadName.startsWith("C2 Compiler") || threadName.startsWith("C1 Compiler")) return "JIT compiler";
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1")
                || threadName.startsWith("VM Thread")) return "garbage collector and VM";
        return "other threads";
    }

    /**
     * The CPU seconds per kind spent between two snapshots, as one line. A thread that ended in between (the
     * reference kernel's threads end with each stage; the JIT stops compiler threads it no longer needs) took its
     * time out of its kind: the process's total keeps it, and the difference is shown as "threads that ended".
     */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder sb = new StringBuilder();
        double kinds = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            if (e.getKey().equals(PROCESS) || e.getKey().equals(PROCESS_SYSTEM)) continue;
            double d = Math.max(0, e.getValue() - before.getOrDefault(e.getKey(), 0.0));
            kinds += d;
            sb.append(String.format(Locale.ROOT, "%s %.2f s, ", e.getKey(), d));
        }
        double all = after.containsKey(PROCESS) ? after.get(PROCESS) - before.getOrDefault(PROCESS, 0.0) : kinds;
        if (all > kinds + 0.005) sb.append(String.format(Locale.ROOT, "threads that ended %.2f s, ", all - kinds));
        sb.append(String.format(Locale.ROOT, "all %.2f s", Math.max(all, kinds)));
        if (after.containsKey(PROCESS_SYSTEM)) {
            double system = Math.max(0, after.get(PROCESS_SYSTEM) - before.getOrDefault(PROCESS_SYSTEM, 0.0));
            sb.append(String.format(Locale.ROOT, ", of which system (in the kernel) %.2f s", system));
        }
        return sb.toString();
    }
}
