package se.bokvar.bench.common;

import java.util.function.Function;

/** The command-line frame of a benchmark: {@code --help}, options parsed or the usage shown, then the run. */
public final class Cli {

    /** What runs once the options are parsed; returns the exit status. */
    @FunctionalInterface
    public interface Execution<O> {
        int execute(O options) throws Exception;
    }

    private Cli() {
    }

    /**
     * Prints {@code help} and returns 0 when an argument is {@code --help} or {@code -h}; prints the problem and the
     * help on standard error and returns 2 when the options do not parse; else runs.
     */
    public static <O> int run(String[] args, String help, Function<String[], O> parse, Execution<O> execution)
            throws Exception {
        for (String a : args) {
            if (a.equals("--help") || a.equals("-h")) {
                System.out.print(help);
                return 0;
            }
        }
        O o;
        try {
            o = parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(help);
            return 2;
        }
        return execution.execute(o);
    }

    /** The value after the option at {@code i - 1}. */
    public static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
