package se.bokvar.bench.web;

import se.bokvar.bench.common.Cli;

/** The desk benchmark's options; every one has a default that fits {@code ./bokvar up}. */
record WebOptions(int cases, int requests, int warmup, double rate, int concurrency, String deskUrl, int pgPort,
        int casesPort, String user, String password, boolean reseed, boolean seed, double p95TargetMs, double rssTargetMiB) {

    static WebOptions parse(String[] args) {
        int cases = 1_000_000;
        int requests = 2000;
        int warmup = 200;
        double rate = 20;
        int concurrency = 16;
        int offset = 0;
        String desk = null;
        Integer pg = null;
        String user = "anna";
        String password = "demo";
        boolean reseed = false;
        boolean seed = true;
        double p95 = 150;
        double rss = 300;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--cases" -> cases = Integer.parseInt(Cli.value(args, ++i, a));
                case "--requests" -> requests = Integer.parseInt(Cli.value(args, ++i, a));
                case "--warmup" -> warmup = Integer.parseInt(Cli.value(args, ++i, a));
                case "--rate" -> rate = Double.parseDouble(Cli.value(args, ++i, a));
                case "--concurrency" -> concurrency = Integer.parseInt(Cli.value(args, ++i, a));
                case "--port-offset" -> offset = Integer.parseInt(Cli.value(args, ++i, a));
                case "--desk" -> desk = Cli.value(args, ++i, a);
                case "--pg-port" -> pg = Integer.parseInt(Cli.value(args, ++i, a));
                case "--user" -> user = Cli.value(args, ++i, a);
                case "--password" -> password = Cli.value(args, ++i, a);
                case "--reseed" -> reseed = true;
                case "--no-seed" -> seed = false;
                case "--p95-target" -> p95 = Double.parseDouble(Cli.value(args, ++i, a));
                case "--rss-target" -> rss = Double.parseDouble(Cli.value(args, ++i, a));
                default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench web --help)");
            }
        }
        if (cases < 1 || requests < 1 || rate <= 0 || concurrency < 1 || warmup < 0) {
            throw new IllegalArgumentException("--cases, --requests, --rate and --concurrency must be positive");
        }
        if (requests + warmup > 100_000 || (requests + warmup) / rate > 3600) {
            throw new IllegalArgumentException("at most 100,000 pages and one hour per run");
        }
        String deskUrl = desk != null ? desk : "http://127.0.0.1:" + (18086 + offset);
        if (!deskUrl.startsWith("http://127.0.0.1:") && !deskUrl.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("--desk must be on the loopback address (http://127.0.0.1:PORT)");
        }
        return new WebOptions(cases, requests, warmup, rate, concurrency, deskUrl.replaceAll("/+$", ""),
                pg != null ? pg : 15432 + offset, 18082 + offset, user, password, reseed, seed, p95, rss);
    }

    /** The desk's port (to find its JVM in /proc). */
    int deskPort() {
        return java.net.URI.create(deskUrl).getPort();
    }

    static final String HELP = """
            Usage: ./bokvar bench web [options]     (needs a running stack, e.g.
                                                     ./bokvar up --port-offset 500 --data-dir /tmp/web-bench-data)

              The caseworker desk (caseworker-web) as a browser uses it: signed in through Keycloak's login page
              (authorization-code flow, real tokens, the desk's session cookie), its inbox pages and case pages at
              a fixed arrival rate over the inbox benchmark's seeded cases; p50/p95/p99/max per page kind, the
              desk's resident memory, CPU per page. Targets: p95 <= 150 ms at 20 pages/s, RSS <= 300 MiB.

              --cases N          cases in case-service's database (the inbox seed; seeded once, kept)  default 1000000
              --reseed           remove the seeded cases and seed again
              --no-seed          measure whatever is there
              --requests R       measured pages                                            default 2000
              --warmup W         pages first, not measured                                 default 200
              --rate Q           pages per second, fixed (open loop)                       default 20
              --concurrency C    most pages in flight                                      default 16
              --user U --password P   who signs in (Keycloak's login page)               default anna / demo
              --p95-target MS    default 150        --rss-target MIB  the desk's VmRSS, MiB   default 300
              --port-offset P    the stack was started with --port-offset P                default 0
              --desk URL --pg-port PORT   explicit addresses instead
            """;
}
