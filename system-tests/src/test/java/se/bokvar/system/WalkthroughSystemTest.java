package se.bokvar.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import se.bokvar.local.stack.ServiceSpec;
import se.bokvar.local.stack.Stack;
import se.bokvar.local.stack.StackPorts;
import se.bokvar.local.stack.Walkthrough;
import se.bokvar.rules.identity.PersonalIdentityNumber;

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
        List<String> found = new ArrayList<>();
        for (Path log : stack.logFiles()) {
            if (Files.exists(log)) {
                found.addAll(LogScanner.personalIdentityNumbers(Files.readString(log, StandardCharsets.UTF_8))
                        .stream().map(n -> log.getFileName() + ": " + n).toList());
            }
        }
        assertThat(found).isEmpty();
    }

    /** Finds valid personnummer and samordningsnummer (10 or 12 digits, with or without separator) in text. */
    static final class LogScanner {
        static final Pattern CANDIDATE = Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+]?[0-9]{4}(?![0-9])");

        static List<String> personalIdentityNumbers(String text) {
            List<String> found = new ArrayList<>();
            Matcher m = CANDIDATE.matcher(text);
            while (m.find()) {
                if (PersonalIdentityNumber.isValid(m.group(), Clock.systemUTC())) {
                    found.add(PersonalIdentityNumber.parse(m.group(), Clock.systemUTC()).masked());
                }
            }
            return found;
        }
    }
}
