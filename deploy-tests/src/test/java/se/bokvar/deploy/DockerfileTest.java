package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.bokvar.local.stack.ServiceSpec;

/**
 * The per-service Dockerfiles (JVM mode) cannot be built here; this checks what a build would depend on: a pinned
 * base image, a non-root user, sources that exist in the Quarkus build output, the jar the local stack runs, and
 * no secret.
 */
class DockerfileTest {

    static Path dockerfile(ServiceSpec s) {
        return Repo.path(s.name() + "/src/main/docker/Dockerfile.jvm");
    }

    @Test
    void everyServiceHasAPinnedNonRootJvmImage() {
        for (ServiceSpec s : Deployed.ALL) {
            String text = Repo.read(dockerfile(s));
            Matcher from = Pattern.compile("(?m)^FROM (\\S+)$").matcher(text);
            assertThat(from.find()).as(s.name() + " FROM").isTrue();
            assertThat(from.group(1)).matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:\\d+\\.\\d+");
            Matcher user = Pattern.compile("(?m)^USER (\\S+)$").matcher(text);
            assertThat(user.find()).isTrue();
            assertThat(user.group(1)).isNotIn("root", "0");
            assertThat(text).contains("EXPOSE 8080", "ENV BOKVAR_HTTP_PORT=8080",
                    "ENV JAVA_APP_JAR=\"/deployments/quarkus-run.jar\"");
            assertThat(text).doesNotContainPattern("(?im)^(ENV|ARG)\\s+\\S*(PASSWORD|SECRET|API_KEY)");
        }
    }

    /** Every COPY source is in the service's Quarkus output, which holds the jar the local stack runs. */
    @Test
    void copiedPathsExistInTheBuildOutput() {
        for (ServiceSpec s : Deployed.ALL) {
            Path module = Repo.path(s.name());
            assertThat(s.jar(Repo.root())).as("build " + s.name() + " first (./mvnw package)").isRegularFile();
            List<String> sources = new ArrayList<>();
            Matcher copy = Pattern.compile("(?m)^COPY (?:--chown=\\S+ )?(\\S+) (\\S+)$").matcher(Repo.read(dockerfile(s)));
            while (copy.find()) {
                sources.add(copy.group(1));
                assertThat(copy.group(2)).startsWith("/deployments/");
            }
            assertThat(sources).containsExactlyInAnyOrder("target/quarkus-app/lib/", "target/quarkus-app/*.jar",
                    "target/quarkus-app/app/", "target/quarkus-app/quarkus/");
            for (String src : sources) {
                if (src.endsWith("*.jar")) {
                    assertThat(module.resolve(src.replace("*.jar", "quarkus-run.jar"))).isRegularFile()
                            .isEqualTo(s.jar(Repo.root()).normalize());
                } else {
                    assertThat(module.resolve(src)).isDirectory();
                }
            }
        }
    }
}
