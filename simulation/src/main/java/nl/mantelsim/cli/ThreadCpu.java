package nl.mantelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** Seconds of CPU (user + system) per kind of thread, for threads alive now. */
    static Map<String, Double> snapshot() {
        Map<String, Double> byKind = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) return byKind;
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(t -> {
                try {
                    String stat = Files.readString(t.resolve("stat"));
                    // The name is in parentheses and may hold spaces; the fields after it are space-separated.
                    int open = stat.indexOf('('), close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND;
                    byKind.merge(kind(name), seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended while being read
                }
            });
        } catch (IOException e) {
            return byKind;
        }
        return byKind;
    }

    static String kind(String threadName) {
        if (threadName.startsWith("Executor task") || threadName.startsWith("mantelsim-kerne")) return "task threads";
        if (threadName.startsWith("C2 Compiler") || threadName.startsWith("C1 Compiler")) return "JIT compiler";
        if (threadName.startsWith("GC Thread") || threadName.startsWith("ParGC") || threadName.startsWith("G1")
                || threadName.startsWith("VM Thread")) return "garbage collector and VM";
        return "other threads";
    }

    /**
     * The CPU seconds per kind spent between two snapshots, as one line. A thread that ended in between takes its
     * time with it (the JIT may stop a compiler thread it no longer needs), so a kind can show less than it used.
     */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder sb = new StringBuilder();
        double total = 0;
        for (Map.Entry<String, Double> e : after.entrySet()) {
            double d = e.getValue() - before.getOrDefault(e.getKey(), 0.0);
            if (d < 0) d = 0; // threads that ended take their time with them
            total += d;
            sb.append(String.format(java.util.Locale.ROOT, "%s %.2f s, ", e.getKey(), d));
        }
        return sb.append(String.format(java.util.Locale.ROOT, "all %.2f s", total)).toString();
    }
}
