package se.bokvar.bench.faults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;

import se.bokvar.bench.common.Cli;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;

/**
 * {@code ./bokvar faults [options]}: starts a stack of its own (the code of {@code ./bokvar up}, on free ports, in a
 * fresh temporary data folder, so a running {@code up} is never touched), streams notices while it kills and
 * restarts Kafka, case-service and PostgreSQL, then prints the counts and exits non-zero if an invariant broke.
 */
public final class FaultsCommand {

    static final String HELP = """
            Usage: ./bokvar faults [options]      (starts its own stack on free ports; needs no running ./bokvar up)

              --rate R              landlord notices per second (open loop)                     default 20
              --eviction-rate R     Kronofogden eviction notices per second                     default 1
              --steady S            seconds of streaming before the first fault                 default 20
              --downtime S          seconds each part stays down                                default 10
              --settle S            seconds of streaming after each restart                     default 20
              --rounds N            times the three faults are injected                         default 1
              --count N             landlord notices in all: streams on after the last fault     default 0 (time)
                                    until N were sent (e.g. --rate 50 --count 10000)
              --read-interval MS    a caseworker reads a case this often (0: no reads)          default 500
              --request-timeout S   a request without an answer by then failed                  default 10
              --timeout S           longest wait for every stored notice to become a case       default 300
              --short               the system test's short version (10/s, 0.5/s, 5 s, 4 s down, 8 s after)
              --port-offset P       the documented ports + P instead of free random ports
              --data-dir DIR        the stack's data folder (default: a new temporary folder; emptied first)
              --keep-data           keep the data folder (logs) afterwards; it is always kept when a check fails

            Faults, in order: the Kafka broker is SIGKILLed and started again; case-service is SIGKILLed and started
            again; PostgreSQL is SIGKILLed (postmaster and backends, as a crash) and started again (crash recovery). Checks afterwards: no receipt for a
            notice that is not stored; every stored notice exactly one case notice (none twice, none missing, none
            without its notice); failed requests either absent everywhere or exactly one case notice; every outbox
            published; no deadline alert announced twice; every answered read audited. See docs/benchmarks.md.
            """;

    private FaultsCommand() {
    }

    public static int run(String[] args) throws Exception {
        FaultOptions o = FaultOptions.command();
        Integer offset = null;
        Path dataDir = null;
        boolean keep = false;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--help", "-h" -> {
                        System.out.print(HELP);
                        return 0;
                    }
                    case "--short" -> o = FaultOptions.shortVersion();
                    case "--rate" -> o = with(o, Double.parseDouble(Cli.value(args, ++i, a)), null, null, null, null, null, null, null, null);
                    case "--eviction-rate" -> o = with(o, null, Double.parseDouble(Cli.value(args, ++i, a)), null, null, null, null, null, null, null);
                    case "--steady" -> o = with(o, null, null, seconds(Cli.value(args, ++i, a)), null, null, null, null, null, null);
                    case "--downtime" -> o = with(o, null, null, null, seconds(Cli.value(args, ++i, a)), null, null, null, null, null);
                    case "--settle" -> o = with(o, null, null, null, null, seconds(Cli.value(args, ++i, a)), null, null, null, null);
                    case "--rounds" -> o = with(o, null, null, null, null, null, Integer.parseInt(Cli.value(args, ++i, a)), null, null, null);
                    case "--read-interval" -> o = with(o, null, null, null, null, null, null,
                            Duration.ofMillis(Long.parseLong(Cli.value(args, ++i, a))), null, null);
                    case "--request-timeout" -> o = with(o, null, null, null, null, null, null, null, seconds(Cli.value(args, ++i, a)), null);
                    case "--timeout" -> o = with(o, null, null, null, null, null, null, null, null, seconds(Cli.value(args, ++i, a)));
                    case "--count" -> o = o.withCount(Integer.parseInt(Cli.value(args, ++i, a)));
                    case "--port-offset" -> offset = Integer.parseInt(Cli.value(args, ++i, a));
                    case "--data-dir" -> dataDir = Path.of(Cli.value(args, ++i, a)).toAbsolutePath();
                    case "--keep-data" -> keep = true;
                    default -> throw new IllegalArgumentException("Unknown option " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(HELP);
            return 2;
        }

        Path root = Path.of(System.getProperty("bokvar.root", ".")).toAbsolutePath().normalize();
        Path data = dataDir != null ? dataDir : Files.createTempDirectory("bokvar-faults-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))); // PostgreSQL may run as another user
        StackPorts ports = offset != null ? StackPorts.defaults(offset) : StackPorts.random();
        System.out.printf("bokvar fault injection: a stack of its own in %s, ports from %d (PostgreSQL) and %d (Kafka); %d cores,"
                + " load average %s%n", data, ports.postgres(), ports.kafka(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        if (System.getProperty("bokvar.ready-timeout") == null) {
            // a restart under load on a busy machine takes longer than a quiet start: wait up to five minutes
            System.setProperty("bokvar.ready-timeout", "300");
        }
        long t0 = System.nanoTime();
        FaultReport report;
        Stack stack;
        try {
            stack = Stack.start(new Stack.Options(root, data, root.resolve(".bokvar"), ports, true, ServiceSpec.ALL,
                    System.out, serviceEnvironment()));
        } catch (Stack.PortsInUseException e) {
            System.err.println(e.getMessage());
            return 3;
        } catch (Exception e) {
            System.err.println("The stack did not start: " + e.getMessage());
            System.err.println("Its logs are kept in " + data.resolve("logs"));
            return 3;
        }
        double started = (System.nanoTime() - t0) / 1e9;
        System.out.printf("Stack ready after %.1f s%n", started);
        try (stack) {
            report = FaultRun.run(stack, o, System.out);
        }
        report.print(System.out);
        System.out.printf("%nTotal %.1f s (stack start %.1f s); load average at the end %s (1, 5, 15 min; %d cores)%n",
                (System.nanoTime() - t0) / 1e9, started, loadAverage(), Runtime.getRuntime().availableProcessors());
        boolean broken = !report.violations().isEmpty();
        if (broken || keep) {
            System.out.println("The stack's data and logs are kept in " + data + " (logs/)");
        } else if (dataDir == null) {
            deleteTree(data);
        }
        return broken ? 1 : 0;
    }

    /**
     * What the services get besides the stack's usual environment: case-service scans its deadlines every two
     * seconds instead of thirty, so the periodic scan runs many times during the faults (and races the
     * registrations it must not announce a second time); and a recovery period is 'near' 30 days before it ends
     * instead of 3, so every termination's case has a deadline alert to announce at once, exactly once. (With the
     * real clock no deadline can pass during a run of minutes: breaches go through the same alert-once path.)
     */
    public static Map<String, String> serviceEnvironment() {
        return Map.of("BOKVAR_SCAN_INTERVAL", "2s", "BOKVAR_NEAR_RECOVERY_PERIOD", "P30D");
    }

    /** The machine's load averages (1, 5, 15 minutes) from /proc/loadavg, or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static FaultOptions with(FaultOptions o, Double rate, Double evictionRate, Duration steady, Duration downtime,
            Duration settle, Integer rounds, Duration readInterval, Duration requestTimeout, Duration timeout) {
        return new FaultOptions(rate != null ? rate : o.landlordRate(), evictionRate != null ? evictionRate : o.evictionRate(),
                o.concurrency(), requestTimeout != null ? requestTimeout : o.requestTimeout(), steady != null ? steady : o.steady(),
                downtime != null ? downtime : o.downtime(), settle != null ? settle : o.settle(),
                rounds != null ? rounds : o.rounds(), readInterval != null ? readInterval : o.readInterval(),
                timeout != null ? timeout : o.convergenceTimeout(), o.count());
    }

    private static Duration seconds(String s) {
        return Duration.ofMillis(Math.round(Double.parseDouble(s) * 1000));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
