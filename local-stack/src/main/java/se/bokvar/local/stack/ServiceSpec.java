package se.bokvar.local.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * One of the platform's services as the local stack runs it: its module folder, its database (short name)
 * and which port of {@link StackPorts} it listens on.
 */
public record ServiceSpec(String name, String database, PortChoice port) {

    /** Picks the service's port from the stack's ports. */
    public interface PortChoice {
        int of(StackPorts ports);
    }

    public static final ServiceSpec INTAKE = new ServiceSpec("notice-intake-service", "intake", StackPorts::intake);
    public static final ServiceSpec CASES = new ServiceSpec("case-service", "cases", StackPorts::cases);
    public static final ServiceSpec CONSENT = new ServiceSpec("consent-service", "consent", StackPorts::consent);
    public static final ServiceSpec ADAPTER = new ServiceSpec("kronofogden-adapter", "kronofogden", StackPorts::adapter);

    public static final List<ServiceSpec> ALL = List.of(INTAKE, CASES, CONSENT, ADAPTER);

    /**
     * The Kronofogden simulator (module kronofogden-simulator): plays Kronofogden and the letter channel for the
     * adapter. Test infrastructure without a database; not in {@link #ALL}: the stack starts it whenever it starts
     * the adapter.
     */
    public static final ServiceSpec SIMULATOR = new ServiceSpec("kronofogden-simulator", null, StackPorts::simulator);

    /**
     * The caseworkers' desk (module caseworker-web): a web application that calls case-service with the signed-in
     * user's token; its own small database ({@code bokvar_web}) holds only the deadline-alert e-mails it sends. Not in
     * {@link #ALL} (the services); {@code ./bokvar up} starts it after the services, with the local mail server.
     */
    public static final ServiceSpec CASEWORKER_WEB = new ServiceSpec("caseworker-web", "web", StackPorts::caseworkerWeb);

    /** The runnable jar the Quarkus build produced in the module. */
    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
