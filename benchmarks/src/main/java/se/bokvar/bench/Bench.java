package se.bokvar.bench;

import java.util.Arrays;

import se.bokvar.bench.alerts.AlertsBenchmark;
import se.bokvar.bench.faults.FaultsCommand;
import se.bokvar.bench.inbox.InboxBenchmark;
import se.bokvar.bench.intake.IntakeBenchmark;
import se.bokvar.bench.web.WebBenchmark;

/** {@code ./bokvar bench <name> [options]}: runs one benchmark against a running stack and prints its figures. */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length == 0 ? "help" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int exit = switch (name) {
            case "intake" -> IntakeBenchmark.run(rest);
            case "inbox" -> InboxBenchmark.run(rest);
            case "web" -> WebBenchmark.run(rest);
            case "alerts" -> AlertsBenchmark.run(rest);
            case "faults" -> FaultsCommand.run(rest);
            case "help", "--help", "-h" -> help(0);
            default -> {
                System.err.println("Unknown benchmark: " + name);
                yield help(2);
            }
        };
        System.exit(exit);
    }

    private static int help(int exit) {
        System.out.println("""
                Usage: ./bokvar bench <benchmark> [options]     (against a running ./bokvar up; see docs/benchmarks.md)

                  intake   landlord notices at a fixed arrival rate with real tokens; latency, throughput, errors,
                           time until every notice is a case, and a pgbench baseline on the same PostgreSQL
                           (./bokvar bench intake --help for its options)
                  inbox    a million cases seeded into case-service's database; the caseworker's inbox through the
                           real API with a real token, audit on: p50/p95/p99 and the query plans; target p99 < 50 ms
                           (./bokvar bench inbox --help for its options)
                  web      the caseworker desk (caseworker-web) with a million cases: signed in on Keycloak's login
                           page like a browser, its inbox and case pages at a fixed rate; p95 target 150 ms at 20
                           pages/s, the desk's memory target 300 MB (./bokvar bench web --help for its options)
                  alerts   deadline-alert events published to Kafka at a fixed rate, each mail awaited in the local
                           SMTP server; p99 target 5 s at 50 alerts/s, every mail exactly once
                           (./bokvar bench alerts --help for its options)
                  faults   fault injection on a stack of its own (also ./bokvar faults): Kafka SIGKILLed, case-service
                           SIGKILLed, PostgreSQL restarted while notices stream in; prints the counts, exits non-zero
                           if a notice was lost or doubled or an alert announced twice (./bokvar faults --help)
                """);
        return exit;
    }
}
