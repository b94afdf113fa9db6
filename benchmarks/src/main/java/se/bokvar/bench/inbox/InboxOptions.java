package se.bokvar.bench.inbox;

import se.bokvar.bench.common.Cli;

/** The inbox benchmark's options; every one has a default that fits {@code ./bokvar up}. */
record InboxOptions(int cases, int requests, int warmup, double rate, int concurrency, String keycloak, String casesUrl,
        int pgPort, String user, String password, boolean reseed, boolean seed) {

    static InboxOptions parse(String[] args) {
        int cases = 1_000_000;
        int requests = 3000;
        int warmup = 300;
        double rate = 40;
        int concurrency = 16;
        int offset = 0;
        String keycloak = null;
        String casesUrl = null;
        Integer pg = null;
        String user = "anna";
        String password = "demo";
        boolean reseed = false;
        boolean seed = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--cases" -> cases = Integer.parseInt(Cli.value(args, ++i, a));
                case "--requests" -> requests = Integer.parseInt(Cli.value(args, ++i, a));
                case "--warmup" -> warmup = Integer.parseInt(Cli.value(args, ++i, a));
                case "--rate" -> rate = Double.parseDouble(Cli.value(args, ++i, a));
                case "--concurrency" -> concurrency = Integer.parseInt(Cli.value(args, ++i, a));
                case "--port-offset" -> offset = Integer.parseInt(Cli.value(args, ++i, a));
                case "--keycloak" -> keycloak = Cli.value(args, ++i, a);
                case "--case-service" -> casesUrl = Cli.value(args, ++i, a);
                case "--pg-port" -> pg = Integer.parseInt(Cli.value(args, ++i, a));
                case "--user" -> user = Cli.value(args, ++i, a);
                case "--password" -> password = Cli.value(args, ++i, a);
                case "--reseed" -> reseed = true;
                case "--no-seed" -> seed = false;
                default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench inbox --help)");
            }
        }
        if (cases < 1 || requests < 1 || rate <= 0 || concurrency < 1 || warmup < 0) {
            throw new IllegalArgumentException("--cases, --requests, --rate and --concurrency must be positive");
        }
        return new InboxOptions(cases, requests, warmup, rate, concurrency,
                keycloak != null ? keycloak : "http://127.0.0.1:" + (18080 + offset),
                casesUrl != null ? casesUrl : "http://127.0.0.1:" + (18082 + offset),
                pg != null ? pg : 15432 + offset, user, password, reseed, seed);
    }

    static final String HELP = """
            Usage: ./bokvar bench inbox [options]     (needs a running stack, e.g.
                                                       ./bokvar up --port-offset 400 --data-dir /tmp/inbox-bench)

              --cases N          cases in case-service's database (seeded once, kept)      default 1000000
              --reseed           remove the seeded cases and seed again
              --no-seed          measure whatever is there
              --requests R       measured inbox calls                                      default 3000
              --warmup W         calls first, not measured                                 default 300
              --rate Q           calls per second, fixed (open loop)                       default 40
              --concurrency C    most calls in flight                                      default 16
              --user U --password P   the caseworker (password grant on bokvar-cli)      default anna / demo
              --port-offset P    the stack was started with --port-offset P                default 0
              --keycloak URL --case-service URL --pg-port PORT   explicit addresses instead
            """;
}
