package se.bokvar.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.bokvar.local.stack.Walkthrough;

/** The README, the walkthrough and the realm file say the same thing. */
class DocumentationTest {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    static String read(String file) throws IOException {
        return Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theReadmeShowsExactlyTheWalkthroughThatUpPrints() throws IOException {
        String readme = read("README.md");
        int start = readme.indexOf("<!-- walkthrough:start -->\n```bash\n");
        int end = readme.indexOf("```\n<!-- walkthrough:end -->");
        assertThat(start).isNotNegative();
        assertThat(end).isGreaterThan(start);
        String block = readme.substring(start + "<!-- walkthrough:start -->\n```bash\n".length(), end);
        assertThat(block).isEqualTo(Walkthrough.script());
    }

    @Test
    void theDemoAccountsAreInTheRealmAndTheReadme() throws IOException {
        String realm = read("config/keycloak/bokvar-realm.json");
        String readme = read("README.md");
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            if (a.machineClient()) {
                assertThat(realm).contains("\"clientId\": \"" + a.login() + "\"").contains("\"secret\": \"" + a.secret() + "\"");
            } else {
                assertThat(realm).contains("\"username\": \"" + a.login() + "\"");
            }
            assertThat(readme).contains("| `" + a.login() + "` | `" + a.secret() + "` |");
        }
    }

    @Test
    void theReadmeHoldsTheTwoCommands() throws IOException {
        String readme = read("README.md");
        assertThat(readme).contains("./bokvar up ").contains("./mvnw verify ");
        assertThat(read(".ci/run")).contains("./mvnw -B verify");
    }
}
