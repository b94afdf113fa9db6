package se.bokvar.bench.intake;

import java.util.Arrays;
import java.util.List;

import se.bokvar.bench.common.Cli;

/** The intake benchmark's options; every one has a default that fits {@code ./bokvar up}. */
record IntakeOptions(List<Double> rates, int durationSeconds, double p99TargetMs, boolean allRates, double e2eRate,
        int e2eSeconds, int burst, int batchSize, int batchConcurrency, int concurrency, int warmup, String keycloak,
        String intake, String cases, int pgPort, int kafkaPort, String clientId, String clientSecret, String caseworker,
        String caseworkerPassword, int baselineSeconds, int drainTimeoutSeconds, boolean baseline, int ceilingCount,
        boolean inboxCheck, double rate, int household, double householdOthersRate, int stored) {

    /** The same options with another rate for the throttled baseline run. */
    IntakeOptions withRate(double r) {
        return new IntakeOptions(rates, durationSeconds, p99TargetMs, allRates, e2eRate, e2eSeconds, burst, batchSize,
                batchConcurrency, concurrency, warmup, keycloak, intake, cases, pgPort, kafkaPort, clientId, clientSecret,
                caseworker, caseworkerPassword, baselineSeconds, drainTimeoutSeconds, baseline, ceilingCount, inboxCheck, r,
                household, householdOthersRate, stored);
    }

    static IntakeOptions parse(String[] args) {
        List<Double> rates = List.of(50.0, 100.0, 150.0, 200.0, 300.0, 400.0);
        int duration = 60;
        Integer count = null;
        double p99Target = 50;
        boolean allRates = false;
        double e2eRate = 200;
        int e2eSeconds = 60;
        int burst = 10_000;
        int batchSize = 1000;
        int batchConcurrency = 2;
        int concurrency = 64;
        int warmup = 500;
        int offset = 0;
        String keycloak = null;
        String intake = null;
        String cases = null;
        Integer pgPort = null;
        Integer kafkaPort = null;
        String client = "landlord-hemma";
        String secret = "hemma-demo-secret";
        String caseworker = "anna";
        String caseworkerPassword = "demo";
        int baselineSeconds = 15;
        int drainTimeout = 900;
        boolean baseline = true;
        int ceiling = 0;
        boolean inboxCheck = true;
        int household = 0;
        double householdOthersRate = 5;
        int stored = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--rates" -> rates = Arrays.stream(Cli.value(args, ++i, a).split(",")).map(String::strip)
                        .map(Double::parseDouble).sorted().toList();
                case "--rate" -> rates = List.of(Double.parseDouble(Cli.value(args, ++i, a)));
                case "--duration" -> duration = Integer.parseInt(Cli.value(args, ++i, a));
                case "--count" -> count = Integer.parseInt(Cli.value(args, ++i, a));
                case "--p99-target" -> p99Target = Double.parseDouble(Cli.value(args, ++i, a));
                case "--all-rates" -> allRates = true;
                case "--e2e-rate" -> e2eRate = Double.parseDouble(Cli.value(args, ++i, a));
                case "--e2e-seconds" -> e2eSeconds = Integer.parseInt(Cli.value(args, ++i, a));
                case "--burst" -> burst = Integer.parseInt(Cli.value(args, ++i, a));
                case "--batch-size" -> batchSize = Integer.parseInt(Cli.value(args, ++i, a));
                case "--batch-concurrency" -> batchConcurrency = Integer.parseInt(Cli.value(args, ++i, a));
                case "--concurrency" -> concurrency = Integer.parseInt(Cli.value(args, ++i, a));
                case "--warmup" -> warmup = Integer.parseInt(Cli.value(args, ++i, a));
                case "--port-offset" -> offset = Integer.parseInt(Cli.value(args, ++i, a));
                case "--keycloak" -> keycloak = Cli.value(args, ++i, a);
                case "--intake" -> intake = Cli.value(args, ++i, a);
                case "--cases" -> cases = Cli.value(args, ++i, a);
                case "--pg-port" -> pgPort = Integer.parseInt(Cli.value(args, ++i, a));
                case "--kafka-port" -> kafkaPort = Integer.parseInt(Cli.value(args, ++i, a));
                case "--client" -> client = Cli.value(args, ++i, a);
                case "--secret" -> secret = Cli.value(args, ++i, a);
                case "--caseworker" -> caseworker = Cli.value(args, ++i, a);
                case "--caseworker-password" -> caseworkerPassword = Cli.value(args, ++i, a);
                case "--baseline-seconds" -> baselineSeconds = Integer.parseInt(Cli.value(args, ++i, a));
                case "--drain-timeout", "--e2e-timeout" -> drainTimeout = Integer.parseInt(Cli.value(args, ++i, a));
                case "--no-baseline" -> baseline = false;
                case "--no-inbox-check" -> inboxCheck = false;
                case "--ceiling-count" -> ceiling = Integer.parseInt(Cli.value(args, ++i, a));
                case "--household" -> household = Integer.parseInt(Cli.value(args, ++i, a));
                case "--household-others-rate" -> householdOthersRate = Double.parseDouble(Cli.value(args, ++i, a));
                case "--stored" -> stored = Integer.parseInt(Cli.value(args, ++i, a));
                default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench intake --help)");
            }
        }
        if (rates.isEmpty() || rates.stream().anyMatch(r -> r <= 0)) {
            throw new IllegalArgumentException("--rates must be positive");
        }
        if (count != null) {
            duration = (int) Math.max(1, Math.round(count / rates.get(0)));
        }
        if (duration <= 0 || concurrency <= 0 || warmup < 0 || e2eRate <= 0 || e2eSeconds < 0 || burst < 0
                || batchSize <= 0 || batchSize > 1000 || batchConcurrency <= 0 || household < 0 || householdOthersRate <= 0
                || stored < 0) {
            throw new IllegalArgumentException("--duration, --concurrency, --e2e-rate, --batch-size (at most 1000),"
                    + " --batch-concurrency and --household-others-rate must be positive; --warmup, --e2e-seconds, --burst,"
                    + " --household and --stored not negative");
        }
        return new IntakeOptions(rates, duration, p99Target, allRates, e2eRate, e2eSeconds, burst, batchSize, batchConcurrency,
                concurrency, warmup,
                keycloak != null ? keycloak : "http://127.0.0.1:" + (18080 + offset),
                intake != null ? intake : "http://127.0.0.1:" + (18081 + offset),
                cases != null ? cases : "http://127.0.0.1:" + (18082 + offset),
                pgPort != null ? pgPort : 15432 + offset, kafkaPort != null ? kafkaPort : 19092 + offset, client, secret,
                caseworker, caseworkerPassword, baselineSeconds, drainTimeout, baseline, ceiling, inboxCheck, rates.get(0),
                household, householdOthersRate, stored);
    }

    /** case-service's database, as the superuser: where a notice is seen to have become a case. */
    String casesJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/bokvar_cases?user=postgres";
    }

    /** The intake's own database (notice-intake-service, bokvar_intake), as the superuser. */
    String intakeJdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + pgPort + "/bokvar_intake?user=postgres";
    }

    static final String HELP = """
            Usage: ./bokvar bench intake [options]       (needs a running ./bokvar up)

            Sustained intake (open loop, fixed arrival rates, real landlord token)
              --rates R1,R2,...    arrival rates per second, ascending                   default 50,100,150,200,300,400
              --duration S         seconds per rate                                      default 60
              --p99-target MS      a rate is held if all 201, >= 97 % of it answered, p99 <= this   default 50
              --all-rates          go on after the first rate not held (default: stop there)
              --rate R             one rate only (same as --rates R); --count N: N notices instead of --duration
              --concurrency C      most requests in flight (and pgbench clients)         default 64
              --warmup W           notices first at the lowest rate, not measured        default 500
            End to end (POST -> case visible to the caseworker inbox)
              --e2e-rate R         steady arrival rate                                   default 200
              --e2e-seconds S      how long (0 skips the phase)                          default 60
              --caseworker U --caseworker-password P   inbox probe (password grant)      default anna / demo
              --no-inbox-check     skip paging the inbox for every case at the end
            Burst (a large landlord's monthly batch)
              --burst N            notices (0 skips)                                     default 10000
              --batch-size B       notices per POST /api/v1/notices/batch (max 1000)     default 1000
              --batch-concurrency K  batch requests in flight                            default 2
            Household (after the burst: does a notice cost more when its household's case holds many?)
              --household N        N notices for one household in chunks of 100,         default 0 (skipped)
                                   4 in flight, each chunk until its notices are cases; then N more
                                   as a flood, 16 in flight, while other buildings' notices arrive
              --household-others-rate R  other buildings' notices/s during the flood     default 5
            A full database (before the warm-up)
              --stored N           N seeded cases in case-service and N stored notices   default 0 (none)
                                   in the intake; kept for a rerun with the same N (the cases are the
                                   inbox benchmark's seed: another number seeded before is replaced)
            Baseline and the rest
              --baseline-seconds S length of each pgbench run                            default 15
              --no-baseline        skip pgbench
              --ceiling-count K    also K notices closed loop, as fast as C clients go   default 0 (skipped)
              --drain-timeout S    how long to wait for all notices to become cases      default 900
              --port-offset P      the stack was started with --port-offset P            default 0
              --keycloak URL --intake URL --cases URL --pg-port PORT --kafka-port PORT   explicit addresses
              --client ID --secret S   landlord client (client credentials)             default landlord-hemma
            """;
}
