package nl.mantelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {
    /** A clock the test moves by hand, in seconds. */
    private long nanos;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    private ProgressPrinter printer(ProgressPrinter.Mode mode, boolean overwrite) {
        return new ProgressPrinter(new PrintStream(bytes, true, StandardCharsets.UTF_8), mode, overwrite, () -> nanos);
    }

    private void advance(double seconds) {
        nanos += (long) (seconds * 1e9);
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Fit 1 s, synthesis 1 s, then 10 years of 2 s each. */
    private void run(ProgressPrinter p) {
        advance(1);
        p.stageDone("fit");
        advance(1);
        p.stageDone("synthesis");
        for (int i = 1; i <= 10; i++) {
            advance(2);
            p.yearDone(2020 + i, i, 10);
        }
        p.stageDone("outputs");
        p.finish();
    }

    @Test
    void aLongRunPrintsOneLinePerYearWithElapsedTimeAndTimeLeftOnceItHasTakenFiveSeconds() {
        run(printer(ProgressPrinter.Mode.AUTO, false));

        List<String> lines = text().lines().toList();
        // Quiet for the first 5 s: fit (1 s), synthesis (2 s) and the first year (4 s) print nothing.
        assertEquals("mantelsim: year 2022 done (2 of 10), 6.0 s elapsed, about 16.0 s left", lines.get(0));
        assertEquals("mantelsim: year 2030 done (10 of 10), 22.0 s elapsed, about 0.0 s left", lines.get(8));
        assertEquals("mantelsim: outputs done, 22.0 s elapsed", lines.get(9));
        assertEquals(10, lines.size());
    }

    @Test
    void aShortRunAndNeverPrintNothing() {
        ProgressPrinter p = printer(ProgressPrinter.Mode.AUTO, false);
        advance(1);
        p.stageDone("fit");
        p.yearDone(2021, 1, 1);
        p.finish();
        run(printer(ProgressPrinter.Mode.NEVER, true));

        assertEquals("", text());
    }

    @Test
    void onATerminalTheLinesOverwriteOneAnotherAndFinishEndsTheLine() {
        run(printer(ProgressPrinter.Mode.ALWAYS, true));

        String t = text();
        assertEquals(13, t.chars().filter(c -> c == '\r').count(), "fit, synthesis, 10 years, outputs");
        assertEquals(1, t.chars().filter(c -> c == '\n').count(), "one newline, at the end");
        assertTrue(t.endsWith("mantelsim: outputs done, 22.0 s elapsed\u001b[K\n"));
    }

    @Test
    void durationsArePreciseWhenShortAndCoarseWhenLong() {
        assertEquals("8.2 s", ProgressPrinter.duration(8.24));
        assertEquals("3 min 05 s", ProgressPrinter.duration(185));
        assertEquals("1 h 02 min", ProgressPrinter.duration(3725));
        assertEquals("?", ProgressPrinter.duration(Double.NaN));
    }
}
