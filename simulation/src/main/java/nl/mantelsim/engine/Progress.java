package nl.mantelsim.engine;

/**
 * Told when a stage of a run or a simulated year is done, for a progress display. The default does nothing, so
 * tests, benchmarks and embedded runs stay silent.
 */
public interface Progress {
    Progress NONE = new Progress() {};

    /** A named stage of the run (fit, synthesis, outputs) has finished. */
    default void stageDone(String stage) {}

    /** Simulated year {@code year} is done: the {@code done}-th of {@code total} years. */
    default void yearDone(int year, int done, int total) {}
}
