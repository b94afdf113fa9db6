package se.bokvar.system;

import java.nio.file.Path;
import java.util.Map;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;

/**
 * Starts a whole stack for a system test with the same code as {@code ./bokvar up}: fresh data under
 * {@code system-tests/target/<name>}, free loopback ports, every service.
 */
final class SystemStacks {

    private SystemStacks() {
    }

    static Stack start(String name, Map<String, String> serviceEnvironment) throws Exception {
        Path root = Path.of(System.getProperty("bokvar.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("system-tests/target");
        return Stack.start(new Stack.Options(root, target.resolve(name), target, StackPorts.random(), true,
                ServiceSpec.ALL, System.out, serviceEnvironment));
    }
}
