package se.bokvar.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

import se.bokvar.local.process.Http;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;
import se.bokvar.local.stack.Walkthrough;

/**
 * The {@code ./bokvar} command: {@code up} runs the whole platform on this machine without Docker,
 * {@code down} stops what {@code up} started, {@code status} shows what answers, {@code walkthrough} prints the
 * copy-paste walkthrough.
 */
public final class Bokvar {

    private static final PrintStream OUT = System.out;

    private Bokvar() {
    }

    public static void main(String[] args) {
        List<String> list = new ArrayList<>(List.of(args));
        String command = list.isEmpty() ? "help" : list.remove(0);
        try {
            int exit = switch (command) {
                case "up" -> up(list);
                case "down" -> down(list);
                case "status" -> status(list);
                case "extract" -> extract(list);
                case "walkthrough" -> {
                    OUT.print(walkthrough());
                    yield 0;
                }
                case "help", "--help", "-h" -> help(0);
                default -> {
                    System.err.println("Unknown command: " + command);
                    yield help(2);
                }
            };
            System.exit(exit);
        } catch (UsageException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static int help(int exit) {
        OUT.println("""
                Usage: ./bokvar <command> [options]

                  up            build what is missing, start PostgreSQL, Kafka, Keycloak, the services and the
                                caseworker desk (caseworker-web), wait until
                                all are healthy, print URLs, demo credentials and a walkthrough; Ctrl-C stops everything
                    --fresh            start from empty data (deletes .bokvar/data)
                    --port-offset N    add N to every port (when the defaults are taken)
                    --data-dir DIR     keep data somewhere else than .bokvar/data
                  down          stop a running 'up' (and everything it started)
                  status        show what is running and healthy
                  walkthrough   print the copy-paste walkthrough
                  extract       a person's register extract (GDPR art. 15) from the running stack, as a supervisor:
                                JSON and a readable Swedish document, written to files only you may read
                                (docs/register-extract.md)
                    --person PNR       the person's personnummer (required)
                    --purpose TEXT     why, at least 10 characters, e.g. the request's diary number (required)
                    --user NAME        the supervisor signing in (default sara); password from BOKVAR_PASSWORD
                                       (default: the local demo password)
                    --out DIR          where to write (default .bokvar/extracts)
                    --port-offset N    the stack's port offset
                  bench NAME    run a benchmark against a running stack (./bokvar bench help; docs/benchmarks.md)
                  faults        fault injection on a stack of its own: Kafka, case-service and PostgreSQL killed and
                                restarted while notices stream in; prints the counts (./bokvar faults --help)
                  fuzz          hostile text in every field of every write endpoint of every service, more strings
                                and a random seed than the build sends (docs/security-tests.md; ./bokvar fuzz --help)
                """);
        return exit;
    }

    /** Options common to the commands. */
    private record Common(Path root, Path dataDir, int offset, boolean fresh) {
        Path runFile() {
            return dataDir.resolve("run/launcher.pid");
        }
    }

    private static Common parse(List<String> args) {
        Path root = Path.of(System.getProperty("bokvar.root", ".")).toAbsolutePath().normalize();
        Path dataDir = root.resolve(".bokvar/data");
        int offset = 0;
        boolean fresh = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--fresh" -> fresh = true;
                case "--port-offset" -> offset = intArg(args, ++i, a);
                case "--data-dir" -> dataDir = Path.of(arg(args, ++i, a)).toAbsolutePath();
                default -> throw new UsageException("Unknown option: " + a + " (see ./bokvar help)");
            }
        }
        return new Common(root, dataDir, offset, fresh);
    }

    private static String arg(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value");
        }
        return args.get(i);
    }

    private static int intArg(List<String> args, int i, String option) {
        try {
            int value = Integer.parseInt(arg(args, i, option));
            if (value < 0 || value > 20000) {
                throw new UsageException(option + " must be between 0 and 20000");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number");
        }
    }

    private static int up(List<String> args) {
        Common c = parse(args);
        Optional<ProcessHandle> running = runningLauncher(c);
        if (running.isPresent()) {
            System.err.println("bokvar is already running (pid " + running.get().pid() + "). Stop it with ./bokvar down.");
            return 1;
        }
        DataLock lock;
        try {
            lock = DataLock.acquire(c.dataDir());
        } catch (DataLock.HeldException e) {
            System.err.println("bokvar is already running with the data folder " + c.dataDir()
                    + ". Stop it with ./bokvar down, or use another folder with --data-dir.");
            return 1;
        }
        StackPorts ports = StackPorts.defaults(c.offset());
        try {
            Stack.checkPortsFree(ports);
        } catch (Stack.PortsInUseException e) {
            System.err.println("Cannot start: " + e.getMessage());
            System.err.println("Stop whatever uses them, or start with another port range, e.g. ./bokvar up --port-offset 100");
            return 1;
        }
        try {
            Files.createDirectories(c.runFile().getParent());
            Files.writeString(c.runFile(), Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            OUT.println("(could not write " + c.runFile() + "; ./bokvar down will not find this run)");
        }
        OUT.println("Starting bokvar (data in " + c.root().relativize(c.dataDir()) + (c.fresh() ? ", fresh" : "") + ") ...");
        long t0 = System.nanoTime();
        Stack.Options options = new Stack.Options(c.root(), c.dataDir(), c.root().resolve(".bokvar"), ports, c.fresh(),
                ServiceSpec.ALL, OUT, Map.of(), List.of(ServiceSpec.CASEWORKER_WEB));
        Stack stack;
        try {
            stack = Stack.start(options);
        } catch (Stack.PortsInUseException e) {
            System.err.println("Cannot start: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println();
            System.err.println("Start-up failed: " + e.getMessage());
            System.err.println("Logs are in " + c.dataDir().resolve("logs"));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println();
            OUT.println("Stopping bokvar ...");
            stack.close();
            try {
                Files.deleteIfExists(c.runFile());
            } catch (IOException ignored) {
                // best effort
            }
            OUT.println("Stopped.");
            lock.release();
            stopped.countDown();
        }, "bokvar-stop"));
        double seconds = (System.nanoTime() - t0) / 1e9;
        OUT.println();
        OUT.printf("bokvar is up after %.1f s.%n%n", seconds);
        OUT.print(summary(stack));
        OUT.println();
        OUT.println("Walkthrough (also: ./bokvar walkthrough, or bash docs/walkthrough.sh):");
        OUT.println("--------------------------------------------------------------------------");
        if (c.offset() != 0) {
            OUT.print(Walkthrough.exports(stack));
        }
        OUT.print(walkthrough());
        OUT.println("--------------------------------------------------------------------------");
        OUT.println("Press Ctrl-C (or run ./bokvar down) to stop everything.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    static String summary(Stack stack) {
        StringBuilder s = new StringBuilder();
        StackPorts p = stack.ports();
        s.append("Caseworker desk (sign in as anna / demo in a browser):\n");
        s.append(String.format("  %-24s %s%n", ServiceSpec.CASEWORKER_WEB.name(), stack.url(ServiceSpec.CASEWORKER_WEB)));
        s.append(String.format("  %-24s %s  (the desk's deadline-alert e-mails; SMTP at 127.0.0.1:%d, nothing leaves the"
                + " machine)%n", "Local mail", stack.mailPageUrl(), p.smtp()));
        s.append("Services (OpenAPI at /q/swagger-ui, health at /q/health, metrics at /q/metrics):\n");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            s.append(String.format("  %-24s %s%n", spec.name(), stack.url(spec)));
        }
        s.append("Infrastructure:\n");
        s.append(String.format("  %-24s %s  (plays Kronofogden and the letter channel; see /sim)%n", "Kronofogden simulator",
                stack.url(ServiceSpec.SIMULATOR)));
        s.append(String.format("  %-24s %s  (admin console: admin user not created; realm 'bokvar')%n", "Keycloak", stack.keycloak().baseUrl()));
        s.append(String.format("  %-24s %s%n", "Kafka", stack.kafka().bootstrapServers()));
        s.append(String.format("  %-24s 127.0.0.1:%d  (one database per service: bokvar_intake, bokvar_cases, ...)%n", "PostgreSQL", p.postgres()));
        s.append("Demo credentials (local only):\n");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            s.append(String.format("  %-20s %-22s %s%n", a.login(), a.secret(), a.description()));
        }
        s.append("Logs: ").append(stack.logFiles().get(0).getParent()).append('\n');
        return s.toString();
    }

    static String walkthrough() {
        return Walkthrough.script();
    }

    private static Optional<ProcessHandle> runningLauncher(Common c) {
        try {
            if (!Files.exists(c.runFile())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(c.runFile()).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(h -> h.info().arguments().map(a -> String.join(" ", a).contains(Bokvar.class.getName()))
                            .orElse(h.info().commandLine().map(l -> l.contains(Bokvar.class.getName())).orElse(false)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static int down(List<String> args) {
        Common c = parse(args);
        Optional<ProcessHandle> running = runningLauncher(c);
        if (running.isEmpty()) {
            OUT.println("bokvar is not running (no live launcher recorded in " + c.runFile() + ").");
            return 0;
        }
        ProcessHandle launcher = running.get();
        OUT.println("Stopping bokvar (pid " + launcher.pid() + ") ...");
        launcher.destroy();
        try {
            launcher.onExit().get(90, java.util.concurrent.TimeUnit.SECONDS);
            OUT.println("Stopped.");
            return 0;
        } catch (Exception e) {
            System.err.println("bokvar did not stop within 90 s; killing it (its children exit by themselves).");
            launcher.destroyForcibly();
            return 1;
        }
    }

    private static int extract(List<String> args) {
        Path root = Path.of(System.getProperty("bokvar.root", ".")).toAbsolutePath().normalize();
        String person = null;
        String purpose = null;
        String user = "sara";
        Path out = root.resolve(".bokvar/extracts");
        int offset = 0;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--person" -> person = arg(args, ++i, a);
                case "--purpose" -> purpose = arg(args, ++i, a);
                case "--user" -> user = arg(args, ++i, a);
                case "--out" -> out = Path.of(arg(args, ++i, a)).toAbsolutePath();
                case "--port-offset" -> offset = intArg(args, ++i, a);
                default -> throw new UsageException("Unknown option: " + a + " (see ./bokvar help)");
            }
        }
        if (person == null || purpose == null) {
            throw new UsageException("extract needs --person and --purpose (see ./bokvar help)");
        }
        String password = System.getenv().getOrDefault("BOKVAR_PASSWORD", "demo");
        StackPorts p = StackPorts.defaults(offset);
        List<se.bokvar.local.extract.ExtractCommand.Target> targets = new ArrayList<>();
        for (ServiceSpec spec : ServiceSpec.ALL) {
            targets.add(new se.bokvar.local.extract.ExtractCommand.Target(spec.name(), "http://127.0.0.1:" + spec.port().of(p)));
        }
        String tokenUrl = "http://127.0.0.1:" + p.keycloak() + "/realms/bokvar/protocol/openid-connect/token";
        try {
            OUT.println("Register extract, signed in as " + user + ":");
            se.bokvar.local.extract.ExtractCommand.Result r = new se.bokvar.local.extract.ExtractCommand().run(
                    new se.bokvar.local.extract.ExtractCommand.Options(person, purpose, tokenUrl, user, password, out, targets), OUT);
            OUT.printf("%s: %d records, %d flagged for a secrecy review before release%n  %s%n  %s%n",
                    r.complete() ? "Complete" : "INCOMPLETE (a service did not answer: do not release it)", r.records(),
                    r.flagged(), r.json(), r.html());
            return r.complete() ? 0 : 1;
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println(e.getMessage());
            return 2;
        } catch (IOException e) {
            System.err.println("Could not reach the stack (" + e.getClass().getSimpleName() + "): is it running? ./bokvar status");
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int status(List<String> args) {
        Common c = parse(args);
        StackPorts p = StackPorts.defaults(c.offset());
        Optional<ProcessHandle> running = runningLauncher(c);
        OUT.println(running.map(h -> "bokvar launcher running (pid " + h.pid() + ")").orElse("bokvar launcher not running"));
        check("Keycloak", "http://127.0.0.1:" + p.keycloak() + "/realms/bokvar/.well-known/openid-configuration");
        for (ServiceSpec spec : ServiceSpec.ALL) {
            check(spec.name(), "http://127.0.0.1:" + spec.port().of(p) + "/q/health/ready");
        }
        check(ServiceSpec.SIMULATOR.name(), "http://127.0.0.1:" + p.simulator() + "/q/health/ready");
        check(ServiceSpec.CASEWORKER_WEB.name(), "http://127.0.0.1:" + p.caseworkerWeb() + "/q/health/ready");
        check("local mail page", "http://127.0.0.1:" + p.mailPage() + "/");
        return running.isPresent() ? 0 : 3;
    }

    private static void check(String name, String url) {
        String state;
        try {
            state = Http.get(url).statusCode() == 200 ? "UP" : "DOWN";
        } catch (IOException e) {
            state = "not running";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state = "?";
        }
        OUT.printf("  %-24s %-12s %s%n", name, state, url);
    }

    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

}
