package nl.mantelsim.engine;

import nl.mantelsim.data.InputError;

/** The settings of one run after plan and command line are combined. */
public record RunSettings(long seed, double scale, int until, int replications, int partitions, int blockSize,
                          String master) {

    public static final int MAX_UNTIL = 2060;

    public RunSettings {
        check("command line", scale, until, replications);
        if (partitions < 1 || partitions > 100_000) throw InputError.of("command line", "--partitions " + partitions + " is outside 1..100000");
        if (blockSize < 1_000) throw InputError.of("command line", "block size " + blockSize + " is below 1000");
    }

    /** The ranges every source of settings (plan file, command line) must respect. */
    static void check(String source, double scale, int until, int replications) {
        if (!(scale > 0 && scale <= 1)) throw new InputError(source, 0, "scale", scale + " is outside (0, 1]");
        if (until < Model.BASE_YEAR || until > MAX_UNTIL) {
            throw new InputError(source, 0, "until", until + " is outside " + Model.BASE_YEAR + ".." + MAX_UNTIL);
        }
        if (replications < 1 || replications > 1000) throw new InputError(source, 0, "replications", replications + " is outside 1..1000");
    }
}
