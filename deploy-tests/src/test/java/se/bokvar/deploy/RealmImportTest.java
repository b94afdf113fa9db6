package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The realm Kubernetes imports is the realm file of the local stack (dev overlay: exactly; base and prod: the same
 * without the demo's users, clients and secrets). With {@code -Dbokvar.regenerate=true} the generated files are
 * rewritten from the realm file first.
 */
class RealmImportTest {

    static final Path BASE_IMPORT = Repo.path("k8s/base/platform/realm-import.yaml");
    static final Path DEV_PATCH = Repo.path("k8s/overlays/dev/realm-demo.patch.json");

    @BeforeAll
    static void regenerateWhenAsked() throws IOException {
        if (Boolean.getBoolean("bokvar.regenerate")) {
            Files.writeString(BASE_IMPORT, RealmVariants.baseRealmImportText());
            Files.writeString(DEV_PATCH, RealmVariants.devPatchText());
        }
    }

    private static final String HOW = "regenerate with ./mvnw -pl deploy-tests test -Dtest=RealmImportTest "
            + "-Dbokvar.regenerate=true after changing config/keycloak/bokvar-realm.json";

    @Test
    void baseRealmImportIsGeneratedFromTheRealmFile() {
        assertThat(Yaml.single(BASE_IMPORT)).as(BASE_IMPORT + " is stale: " + HOW)
                .isEqualTo(RealmVariants.baseRealmImport());
    }

    @Test
    void devOverlayImportsExactlyTheRealmFile() {
        JsonNode realm = realmImport(Overlays.render("dev")).path("spec");
        assertThat(realm.path("realm")).as(DEV_PATCH + " is stale: " + HOW).isEqualTo(RealmVariants.demoRealm());
        assertThat(realm.has("placeholders")).isFalse();
    }

    @Test
    void prodCarriesNoDemoAccountAndNoSecret() {
        JsonNode spec = realmImport(Overlays.render("prod")).path("spec");
        JsonNode realm = spec.path("realm");
        assertThat(realm.path("realm").asText()).isEqualTo("bokvar");
        assertThat(realm.path("roles")).isEqualTo(RealmVariants.demoRealm().path("roles"));
        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("credentials")).as("user %s has credentials", user.path("username")).isFalse();
            assertThat(user.has("serviceAccountClientId")).as("only service accounts").isTrue();
        }
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            assertThat(RealmVariants.PRODUCTION_CLIENTS).contains(id);
            if (client.has("secret")) {
                String placeholder = RealmVariants.placeholder(id);
                assertThat(client.path("secret").asText()).isEqualTo("${" + placeholder + "}");
                assertThat(spec.path("placeholders").path(placeholder).path("secret").path("name").asText())
                        .isEqualTo(RealmVariants.CLIENT_SECRETS);
            }
        }
        // none of the demo secrets or passwords of the realm file appears anywhere in the production rendering
        String rendered = Overlays.render("prod").toString();
        for (JsonNode client : RealmVariants.demoRealm().path("clients")) {
            if (client.has("secret")) {
                assertThat(rendered).doesNotContain(client.path("secret").asText());
            }
        }
        assertThat(rendered).doesNotContain("\"credentials\"");
    }

    static JsonNode realmImport(List<K8sObject> objects) {
        List<K8sObject> imports = objects.stream().filter(o -> o.kind().equals("KeycloakRealmImport")).toList();
        assertThat(imports).hasSize(1);
        return imports.get(0).tree();
    }
}
