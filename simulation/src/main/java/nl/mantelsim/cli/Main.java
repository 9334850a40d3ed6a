package nl.mantelsim.cli;

import java.io.PrintWriter;
import nl.mantelsim.data.InputError;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * mantelsim: microsimulation of working informal carers (mantelzorgers) in the Netherlands to 2040.
 * Exit codes: 0 done, 2 bad input or usage (nothing written), 5 an output could not be written because the disk is
 * full (nothing published), 1 unexpected failure; `plan` also 3 run failed and 4 regression gate failed.
 */
@Command(name = "mantelsim", mixinStandardHelpOptions = true, version = "mantelsim 0.1.0",
        description = "Microsimulation of working informal carers (mantelzorgers) in the Netherlands, with policy variants.",
        subcommands = {RunCommand.class, PlanCommand.class, CompareCommand.class, ValidateCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    public static final int BAD_INPUT = 2;
    public static final int RUN_FAILED = 3;
    public static final int GATE_FAILED = 4;
    public static final int DISK_FULL = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: run, plan, compare, validate or bench");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (tests call this instead of main). */
    public static int execute(String... args) {
        return execute(null, args);
    }

    /** The same, with messages for the user (errors, usage) going to err instead of standard error. */
    public static int execute(PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        if (err != null) cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof InputError) {
                commandLine.getErr().println("mantelsim: bad input: " + e.getMessage());
                return BAD_INPUT;
            }
            java.util.Optional<DiskFull> full = DiskFull.of(e);
            if (full.isPresent()) {
                commandLine.getErr().println("mantelsim: " + full.get().userMessage());
                return DISK_FULL;
            }
            commandLine.getErr().println("mantelsim: failed: " + e);
            e.printStackTrace(commandLine.getErr());
            return 1;
        });
        return cl.execute(args);
    }
}
