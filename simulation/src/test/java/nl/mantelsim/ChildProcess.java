package nl.mantelsim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process a test starts (a mantelsim JVM, the cluster script), whose output is read as it comes so a test can
 * act at a given moment ("year 2022 done") and still see everything afterwards; the output is also kept in a log.
 */
public final class ChildProcess implements AutoCloseable {
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    private ChildProcess(Process process, Path log) {
        this.process = process;
        this.reader = new Thread(() -> drain(log), "child-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    public static ChildProcess start(List<String> command, Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        // A null value removes the variable (a test of what happens when it is unset).
        env.forEach((k, v) -> {
            if (v == null) pb.environment().remove(k);
            else pb.environment().put(k, v);
        });
        pb.directory(TestData.PROJECT.toFile());
        return new ChildProcess(pb.start(), log);
    }

    /** The command that runs mantelsim's Main in a fresh JVM with this test's classpath and Spark's JVM flags. */
    public static List<String> mantelsim(String... args) throws IOException {
        List<String> c = new ArrayList<>();
        c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        c.addAll(sparkJvmFlags());
        // C1 only: these runs last seconds, and measured here it halves their CPU time (12 s against 22 s).
        c.addAll(List.of("-Xmx1g", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "nl.mantelsim.cli.Main"));
        c.addAll(List.of(args));
        return c;
    }

    /** Spark's --add-opens list from the parent pom, the one place it is kept. */
    public static List<String> sparkJvmFlags() throws IOException {
        Matcher m = Pattern.compile("<spark.jvm.flags>(.*)</spark.jvm.flags>").matcher(Files.readString(TestData.PROJECT.resolve("pom.xml")));
        if (!m.find()) throw new IllegalStateException("spark.jvm.flags not found in pom.xml");
        return List.of(m.group(1).trim().split("\\s+"));
    }

    private void drain(Path log) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer w = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                lines.add(line);
                w.write(line + "\n");
                w.flush();
            }
        } catch (IOException e) {
            lines.add("(output lost: " + e + ")");
        }
    }

    /** Waits until a line containing the text appears; false when the process ended or the time ran out first. */
    public boolean awaitLine(String text, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            synchronized (lines) {
                for (String l : lines) if (l.contains(text)) return true;
            }
            if (!process.isAlive() && !reader.isAlive()) return false;
            Thread.sleep(50);
        }
        return false;
    }

    /** The exit code; a process still running after the timeout is killed and the test fails. */
    public int exitCode(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("still running after " + timeout + "; output:\n" + output());
        }
        reader.join(10_000);
        return process.exitValue();
    }

    /** SIGKILL, as a scheduler or the OOM killer would end it: no shutdown hooks run. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    public long pid() { return process.pid(); }

    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
