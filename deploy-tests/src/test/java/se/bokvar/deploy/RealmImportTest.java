package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
            + "-Dbokvar.regenerate=true after changing config/keycloak/bokvar-realm.json or the desk's Ingress host";

    @Test
    void baseRealmImportIsGeneratedFromTheRealmFile() {
        assertThat(Yaml.single(BASE_IMPORT)).as(BASE_IMPORT + " is stale: " + HOW)
                .isEqualTo(RealmVariants.baseRealmImport());
    }

    /** The realm file, but for where the desk's client sends users back: the dev Ingress host. */
    @Test
    void devOverlayImportsTheRealmFileWithTheDesksIngressHost() {
        JsonNode realm = realmImport(Overlays.render("dev")).path("spec");
        assertThat(realm.path("realm")).as(DEV_PATCH + " is stale: " + HOW).isEqualTo(RealmVariants.devRealm());
        assertThat(realm.has("placeholders")).isFalse();
        ObjectNode withoutDesk = RealmVariants.devRealm();
        ObjectNode fileWithoutDesk = RealmVariants.demoRealm();
        for (ObjectNode r : List.of(withoutDesk, fileWithoutDesk)) {
            deskClient(r).remove(List.of("redirectUris", "attributes"));
        }
        assertThat(withoutDesk).as("nothing else differs from the realm file").isEqualTo(fileWithoutDesk);
    }

    /**
     * In every overlay the desk's client (sign-in and sign-out) sends users back only to the desk's Ingress host
     * over https, never to the local stack's loopback addresses, and the desk signs in with the secret the realm
     * import gives that client.
     */
    @Test
    void deskClientReturnsOnlyToTheDesksIngressHost() {
        for (String overlay : Overlays.names()) {
            List<K8sObject> objects = Overlays.render(overlay);
            JsonNode spec = realmImport(objects).path("spec");
            String host = RealmVariants.deskHost(objects);
            ObjectNode client = deskClient((ObjectNode) spec.path("realm"));
            assertThat(client.path("redirectUris").toString()).as(overlay)
                    .isEqualTo("[\"https://" + host + "/*\"]");
            assertThat(client.at("/attributes/post.logout.redirect.uris").asText()).as(overlay)
                    .isEqualTo("https://" + host + "/utloggad");
            assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
            assertThat(client.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
            JsonNode secretRef = DeploymentConventionsTest.find(objects, "Deployment", Deployed.DESK.name()).tree()
                    .at("/spec/template/spec/containers/0/env").findParents("name").stream()
                    .filter(e -> e.path("name").asText().equals("BOKVAR_WEB_CLIENT_SECRET")).findFirst().orElseThrow()
                    .at("/valueFrom/secretKeyRef");
            assertThat(secretRef.path("name").asText()).isEqualTo(RealmVariants.CLIENT_SECRETS);
            assertThat(secretRef.path("key").asText()).isEqualTo(RealmVariants.DESK_CLIENT);
            if (spec.has("placeholders")) {
                String placeholder = RealmVariants.placeholder(RealmVariants.DESK_CLIENT);
                assertThat(client.path("secret").asText()).isEqualTo("${" + placeholder + "}");
                JsonNode fromSecret = spec.at("/placeholders/" + placeholder + "/secret");
                assertThat(fromSecret.path("name").asText()).isEqualTo(secretRef.path("name").asText());
                assertThat(fromSecret.path("key").asText()).isEqualTo(secretRef.path("key").asText());
            }
        }
        assertThat(RealmVariants.PRODUCTION_CLIENTS).contains(RealmVariants.DESK_CLIENT);
    }

    static ObjectNode deskClient(ObjectNode realm) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(RealmVariants.DESK_CLIENT)) {
                return (ObjectNode) c;
            }
        }
        throw new AssertionError("no client " + RealmVariants.DESK_CLIENT);
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
