package nl.mantelsim.engine;

import nl.mantelsim.data.InputError;

/** The settings of one run after plan and command line are combined. */
public record RunSettings(long seed, double scale, int until, int replications, int partitions, int blockSize,
                          String master, long personsPerBatch) {

    public static final int MAX_UNTIL = 2060;

    /**
     * Persons simulated at once by default: scenarios and replications beyond it run one batch after another (see
     * {@link Simulation}). Two generations of 4 million persons take about 0.7 GB; results do not depend on it. Larger
     * batches save Spark jobs but fill the launcher's 6 GB heap: the default plan's sensitivity analysis (294
     * scenario-worlds of 175,000 persons) took 218 s with batches of 20 million and 149-154 s with 2 or 5 million,
     * the garbage collector competing less for the two cores. A scenario larger than a batch is one batch.
     */
    public static final long DEFAULT_PERSONS_PER_BATCH = 4_000_000L;

    public RunSettings(long seed, double scale, int until, int replications, int partitions, int blockSize, String master) {
        this(seed, scale, until, replications, partitions, blockSize, master, DEFAULT_PERSONS_PER_BATCH);
    }

    /** Values here come from the command line: a bad value in a plan file is refused, with its line, on loading. */
    public RunSettings {
        refuse("scale", scale);
        refuse("until", until);
        refuse("replications", replications);
        refuse("partitions", partitions);
        refuse("block-size", blockSize);
        refuse("persons-per-batch", personsPerBatch);
    }

    private static void refuse(String setting, double value) {
        String problem = problem(setting, value);
        if (problem != null) throw new InputError("command line", 0, "--" + setting, problem);
    }

    /** What is wrong with a setting's value, or null; one list of ranges for the plan file and the command line. */
    public static String problem(String setting, double value) {
        return switch (setting) {
            case "scale" -> value > 0 && value <= 1 ? null : format(value) + " is outside (0, 1]";
            case "until" -> whole(value, Model.BASE_YEAR, MAX_UNTIL);
            case "replications" -> whole(value, 1, 1000);
            case "partitions" -> whole(value, 1, 100_000);
            case "block-size" -> whole(value, 1_000, 10_000_000);
            case "persons-per-batch" -> value == Math.rint(value) && value >= 1 ? null : format(value) + " is not a whole number of 1 or more";
            case "seed" -> value == Math.rint(value) && Math.abs(value) < 0x1p53 ? null : format(value) + " is not a whole number";
            default -> throw new IllegalArgumentException("not a run setting: " + setting);
        };
    }

    private static String whole(double value, int min, int max) {
        if (value != Math.rint(value)) return format(value) + " is not a whole number";
        return value >= min && value <= max ? null : format(value) + " is outside " + min + ".." + max;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
