package se.bokvar.bench.alerts;

import se.bokvar.bench.common.Cli;

/** The alert-delivery benchmark's options; every one has a default that fits {@code ./bokvar up}. */
record AlertOptions(int count, int warmup, double rate, double breachedShare, int timeoutSeconds, int pollMs,
        int settleSeconds, double p99TargetSeconds, String kafka, String mailPage, int pgPort, int deskPort,
        String directory, String mailboxes) {

    static AlertOptions parse(String[] args) {
        int count = 3000;
        int warmup = 100;
        double rate = 50;
        double breached = 0.1;
        int timeout = 300;
        int poll = 500;
        int settle = 10;
        double p99 = 5;
        int offset = 0;
        String kafka = null;
        String mailPage = null;
        Integer pg = null;
        Integer desk = null;
        String directory = null;
        String mailboxes = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--count" -> count = Integer.parseInt(Cli.value(args, ++i, a));
                case "--warmup" -> warmup = Integer.parseInt(Cli.value(args, ++i, a));
                case "--rate" -> rate = Double.parseDouble(Cli.value(args, ++i, a));
                case "--breached" -> breached = Double.parseDouble(Cli.value(args, ++i, a));
                case "--timeout" -> timeout = Integer.parseInt(Cli.value(args, ++i, a));
                case "--poll-ms" -> poll = Integer.parseInt(Cli.value(args, ++i, a));
                case "--settle" -> settle = Integer.parseInt(Cli.value(args, ++i, a));
                case "--p99-target" -> p99 = Double.parseDouble(Cli.value(args, ++i, a));
                case "--port-offset" -> offset = Integer.parseInt(Cli.value(args, ++i, a));
                case "--kafka" -> kafka = Cli.value(args, ++i, a);
                case "--mail-page" -> mailPage = Cli.value(args, ++i, a);
                case "--pg-port" -> pg = Integer.parseInt(Cli.value(args, ++i, a));
                case "--desk-port" -> desk = Integer.parseInt(Cli.value(args, ++i, a));
                case "--directory" -> directory = Cli.value(args, ++i, a);
                case "--mailboxes" -> mailboxes = Cli.value(args, ++i, a);
                default -> throw new IllegalArgumentException("Unknown option " + a + " (see ./bokvar bench alerts --help)");
            }
        }
        if (count < 1 || rate <= 0 || warmup < 0 || timeout < 1 || poll < 10 || settle < 0 || breached < 0 || breached > 1) {
            throw new IllegalArgumentException("--count, --rate, --timeout and --poll-ms must be positive, --breached within 0..1");
        }
        if (count + warmup > 100_000 || (count + warmup) / rate > 3600) {
            throw new IllegalArgumentException("at most 100,000 alerts and one hour of publishing per run");
        }
        String k = kafka != null ? kafka : "127.0.0.1:" + (19092 + offset);
        String m = mailPage != null ? mailPage : "http://127.0.0.1:" + (18025 + offset) + "/";
        if (!k.startsWith("127.0.0.1:") && !k.startsWith("localhost:")) {
            throw new IllegalArgumentException("--kafka must be on the loopback address (127.0.0.1:PORT)");
        }
        if (!m.startsWith("http://127.0.0.1:") && !m.startsWith("http://localhost:")) {
            throw new IllegalArgumentException("--mail-page must be on the loopback address (http://127.0.0.1:PORT/)");
        }
        return new AlertOptions(count, warmup, rate, breached, timeout, poll, settle, p99, k, m,
                pg != null ? pg : 15432 + offset, desk != null ? desk : 18086 + offset, directory, mailboxes);
    }

    static final String HELP = """
            Usage: ./bokvar bench alerts [options]     (needs a running stack, e.g.
                                                        ./bokvar up --port-offset 500 --data-dir /tmp/alerts-bench-data)

              Deadline alerts (se.bokvar.case.deadline-alert.v1 CloudEvents, as case-service's outbox relay publishes
              them) straight to the stack's Kafka at a fixed rate, each for a case of its own, to recipients of the
              caseworker directory and the units' mailboxes (some breached: also the supervisors' mailbox); each mail
              seen in the local SMTP server (GreenMail, its page) by its Message-ID. Latency from the alert's publish
              (due) time to its mail's arrival; every expected mail exactly once. Target: p99 <= 5 s at 50 alerts/s.

              --count N          measured alerts                                           default 3000
              --warmup W         alerts first (delivered before measuring, not measured)   default 100
              --rate Q           alerts per second, fixed (open loop)                      default 50
              --breached F       share of BREACHED alerts (the rest NEAR)                  default 0.1
              --timeout S        longest wait for the mails after the last alert           default 300
              --poll-ms MS       how often the mail page is read                           default 500
              --settle S         wait after the last mail, then look for doubles again     default 10
              --p99-target S     default 5
              --port-offset P    the stack was started with --port-offset P                default 0
              --kafka HOST:PORT --mail-page URL --pg-port PORT --desk-port PORT   explicit addresses instead
              --directory FILE --mailboxes FILE   the desk's caseworker directory and mailboxes, when the benchmark
                                 cannot read them from the desk's environment (default: as the desk runs)
            """;
}
