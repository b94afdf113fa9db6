package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.bokvar.local.stack.PersonalDataScan;
import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;
import se.bokvar.local.stack.Walkthrough;

/**
 * The platform as a new user meets it: the whole stack started by the same code as {@code ./bokvar up} (on free
 * ports), then the walkthrough that {@code up} prints, executed exactly as printed, with real Keycloak tokens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkthroughSystemTest {

    static Stack stack;

    @BeforeAll
    static void startTheStack() throws Exception {
        Path root = Path.of(System.getProperty("bokvar.root", "..")).toAbsolutePath().normalize();
        Path target = root.resolve("system-tests/target");
        stack = Stack.start(new Stack.Options(root, target.resolve("stack"), target, StackPorts.random(), true,
                ServiceSpec.ALL, System.out, Map.of()));
    }

    @AfterAll
    static void stopTheStack() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void theWalkthroughThatUpPrintsWorksAsPrinted() throws Exception {
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", Walkthrough.script()).redirectErrorStream(true);
        bash.environment().putAll(Walkthrough.environment(stack));
        Process process = bash.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("\"recoveryPeriod\"")
                .contains("\"board\":\"nordost\"")
                .contains("Walkthrough complete");
    }

    /** Personal identity numbers never reach a log, though the walkthrough sent one through every service. */
    @Test
    @Order(2)
    void noProcessLoggedAPersonalIdentityNumber() throws IOException {
        assertThat(PersonalDataScan.scan(stack.logFiles())).isEmpty();
    }
}
