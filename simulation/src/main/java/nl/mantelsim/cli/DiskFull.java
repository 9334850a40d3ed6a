package nl.mantelsim.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * An output of a run that could not be written because the file system is full (or the user's quota is used up).
 * The operating system says so only in the message of an IOException somewhere down the cause chain (Java names
 * no error code; Hadoop's Parquet writer wraps it once more), so the chain is searched for the two messages Linux
 * gives. A run that meets one stops with {@link Main#DISK_FULL}, names the file, and publishes nothing: the run's
 * staging folder is removed on the way out (RunJob), which also gives the space back.
 */
final class DiskFull extends RuntimeException {
    /** strerror(ENOSPC) and strerror(EDQUOT) on Linux. */
    private static final String[] REASONS = {"No space left on device", "Disk quota exceeded"};

    private final transient Path file;
    private final String reason;

    private DiskFull(Path file, String reason, Throwable cause) {
        super("cannot write " + (file == null ? "the run's outputs" : file) + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be written, if the writer knew it. */
    Optional<Path> file() { return Optional.ofNullable(file); }

    String reason() { return reason; }

    /** One output of a run (a file, or a folder of charts), written by a step that may fail with a full disk. */
    interface Write {
        void to(Path file) throws IOException;
    }

    /** The same, for a step whose result the run goes on with (the names of the charts written). */
    interface WriteReturning<T> {
        T to(Path file) throws IOException;
    }

    /**
     * Writes one output and, when the disk is full, throws a DiskFull that names it; any other failure passes
     * unchanged (it is not the disk's, and the message it has is the better one).
     */
    static void write(Path file, Write write) throws IOException {
        written(file, f -> {
            write.to(f);
            return null;
        });
    }

    /** {@link #write}, passing on the step's result. */
    static <T> T written(Path file, WriteReturning<T> write) throws IOException {
        try {
            return write.to(file);
        } catch (IOException | RuntimeException e) {
            Optional<String> reason = reason(e);
            if (reason.isPresent() && !(e instanceof DiskFull)) throw new DiskFull(file, reason.get(), e);
            throw e;
        }
    }

    /** The failure as a DiskFull when the disk is full anywhere in its chain (a DiskFull itself, kept as it is). */
    static Optional<DiskFull> of(Throwable e) {
        for (Throwable t : chain(e)) if (t instanceof DiskFull d) return Optional.of(d);
        Optional<String> reason = reason(e);
        if (reason.isEmpty()) return Optional.empty();
        Path file = null;
        for (Throwable t : chain(e)) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                file = Path.of(f.getFile());
                break;
            }
        }
        return Optional.of(new DiskFull(file, reason.get(), e));
    }

    /** "No space left on device" or "Disk quota exceeded" when a throwable in the chain says so. */
    static Optional<String> reason(Throwable e) {
        for (Throwable t : chain(e)) {
            if (!(t instanceof IOException)) continue;
            String m = t instanceof FileSystemException f ? f.getReason() : t.getMessage();
            if (m == null) continue;
            for (String r : REASONS) if (m.contains(r)) return Optional.of(r);
        }
        return Optional.empty();
    }

    /** The throwable, its causes and what was suppressed on the way (a close that failed after a write). */
    private static Set<Throwable> chain(Throwable e) {
        Set<Throwable> seen = new LinkedHashSet<>();
        ArrayDeque<Throwable> todo = new ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) continue;
            if (t.getCause() != null) todo.add(t.getCause());
            for (Throwable s : t.getSuppressed()) todo.add(s);
        }
        return seen;
    }

    /** The message for the user: what could not be written, why, and that nothing was published. */
    String userMessage() {
        return getMessage() + " (the disk is full); the run is not published and its unfinished folder was removed";
    }
}
