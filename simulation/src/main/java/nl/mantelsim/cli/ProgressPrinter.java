package nl.mantelsim.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import nl.mantelsim.engine.Progress;

/**
 * Progress of a run on stderr: one plain line per stage and per simulated year with the elapsed time and an
 * estimate of the time left, so a scheduler's log shows where a long run is. On a terminal the lines overwrite
 * each other in place. Short runs print nothing: in {@link Mode#AUTO} the first line appears only once the run
 * has taken {@link #AUTO_AFTER_SECONDS}.
 */
public final class ProgressPrinter implements Progress {

    /** When to print: AUTO (only runs that take a while), ALWAYS, NEVER. */
    public enum Mode { AUTO, ALWAYS, NEVER }

    /** A run shorter than this is over before anyone wonders how far it is. */
    static final double AUTO_AFTER_SECONDS = 5;

    private final PrintStream out;
    private final Mode mode;
    private final boolean overwrite;
    private final LongSupplier nanoClock;
    private final long start;
    private long yearsStart;
    private boolean lineOpen;

    /**
     * @param overwrite rewrite one line in place (for a terminal) instead of printing a line per event
     * @param nanoClock {@link System#nanoTime} in use; a test's clock in tests
     */
    public ProgressPrinter(PrintStream out, Mode mode, boolean overwrite, LongSupplier nanoClock) {
        this.out = out;
        this.mode = mode;
        this.overwrite = overwrite;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.yearsStart = start;
    }

    /** Progress for the command line: stderr, overwriting in place when it looks like an interactive terminal. */
    public static ProgressPrinter forStderr(Mode mode) {
        String term = System.getenv("TERM");
        boolean terminal = System.console() != null && term != null && !term.equals("dumb");
        return new ProgressPrinter(System.err, mode, terminal, System::nanoTime);
    }

    @Override
    public void stageDone(String stage) {
        print(String.format(Locale.ROOT, "mantelsim: %s done, %s elapsed", stage, duration(elapsed())));
        // The years' pace is measured from here, so the fit and synthesis do not distort the estimate.
        yearsStart = nanoClock.getAsLong();
    }

    @Override
    public void yearDone(int year, int done, int total) {
        double perYear = (nanoClock.getAsLong() - yearsStart) / 1e9 / done;
        print(String.format(Locale.ROOT, "mantelsim: year %d done (%d of %d), %s elapsed, about %s left", year,
                done, total, duration(elapsed()), duration(perYear * (total - done))));
    }

    /** Ends an overwritten line, so whatever follows (the final stdout line, an error) starts on its own line. */
    public void finish() {
        if (lineOpen) {
            out.print('\n');
            out.flush();
            lineOpen = false;
        }
    }

    private double elapsed() {
        return (nanoClock.getAsLong() - start) / 1e9;
    }

    private void print(String line) {
        boolean show = switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> elapsed() >= AUTO_AFTER_SECONDS;
        };
        if (!show) {
            return;
        }
        if (overwrite) {
            // Carriage return, the line, then erase what a longer previous line left to the right.
            out.print("\r" + line + "\u001b[K");
            lineOpen = true;
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** "8.2 s", "3 min 05 s", "1 h 02 min": precise while short, coarse when long. */
    static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "?";
        }
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        long s = Math.round(seconds);
        if (s < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
    }
}
