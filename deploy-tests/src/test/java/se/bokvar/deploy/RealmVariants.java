package se.bokvar.deploy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The realm Kubernetes imports, derived from the one realm file the local stack and docker-compose import
 * ({@code config/keycloak/bokvar-realm.json}), so they cannot drift:
 * <ul>
 * <li>dev overlay: the file, demo users and published demo secrets included;</li>
 * <li>base (and so prod): the same realm (settings, roles, user profile, token mappers) without anything of the
 * demo: no user with a password, none of the demo clients (the demo landlords, the password-grant CLI client), and
 * the clients that production keeps get their secret from a Kubernetes Secret through a realm-import placeholder
 * instead of a literal.</li>
 * </ul>
 * In both, the caseworkers' desk's client ({@value #DESK_CLIENT}) sends users back only to the desk's Ingress host of
 * that rendering (Ingress {@code caseworker-web}), never to the loopback addresses of the local stack.
 */
public final class RealmVariants {

    /** Clients production keeps: the platform's own integrations. Landlords are registered per landlord. */
    public static final Set<String> PRODUCTION_CLIENTS = Set.of("kronofogden", "bokvar-web");
    /** The confidential client of the caseworkers' desk (caseworker-web). */
    public static final String DESK_CLIENT = "bokvar-web";
    /** The Ingress of the desk, whose host the desk's client redirects to. */
    public static final String DESK_INGRESS = "caseworker-web";
    /** The Secret holding the production client secrets, one key per client id. */
    public static final String CLIENT_SECRETS = "keycloak-client-secrets";

    private RealmVariants() {
    }

    public static Path realmFile() {
        return Repo.path("config/keycloak/bokvar-realm.json");
    }

    public static ObjectNode demoRealm() {
        try {
            return (ObjectNode) Yaml.JSON.readTree(realmFile().toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The desk's public host in a rendering: the host of its Ingress. */
    public static String deskHost(List<K8sObject> rendered) {
        return rendered.stream().filter(o -> o.kind().equals("Ingress") && o.name().equals(DESK_INGRESS))
                .map(o -> o.spec().at("/rules/0/host").asText()).findFirst()
                .orElseThrow(() -> new IllegalStateException("no Ingress " + DESK_INGRESS));
    }

    /** {@code realm} with the desk's client sending users back (sign-in, sign-out) only to https://host. */
    public static ObjectNode withDeskHost(ObjectNode realm, String host) {
        for (JsonNode c : realm.path("clients")) {
            if (c.path("clientId").asText().equals(DESK_CLIENT)) {
                ObjectNode client = (ObjectNode) c;
                client.putArray("redirectUris").add("https://" + host + "/*");
                ((ObjectNode) client.path("attributes")).put("post.logout.redirect.uris", "https://" + host + "/utloggad");
            }
        }
        return realm;
    }

    /** The dev overlay's realm: the realm file, the desk's client pointing at the dev Ingress host. */
    public static ObjectNode devRealm() {
        return withDeskHost(demoRealm(), deskHost(Kustomize.build(Repo.path("k8s/overlays/dev"))));
    }

    public static String placeholder(String clientId) {
        return "BOKVAR_CLIENT_SECRET_" + clientId.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public static ObjectNode productionRealm() {
        ObjectNode realm = demoRealm();
        ArrayNode clients = (ArrayNode) realm.path("clients");
        for (Iterator<JsonNode> it = clients.iterator(); it.hasNext();) {
            ObjectNode client = (ObjectNode) it.next();
            String id = client.path("clientId").asText();
            if (!PRODUCTION_CLIENTS.contains(id)) {
                it.remove();
            } else if (client.has("secret")) {
                client.put("secret", "${" + placeholder(id) + "}");
            }
        }
        ArrayNode users = (ArrayNode) realm.path("users");
        for (Iterator<JsonNode> it = users.iterator(); it.hasNext();) {
            JsonNode user = it.next();
            String serviceAccountOf = user.path("serviceAccountClientId").asText(null);
            if (serviceAccountOf == null || !PRODUCTION_CLIENTS.contains(serviceAccountOf)
                    || user.has("credentials")) {
                it.remove();
            }
        }
        return withDeskHost(realm, deskHost(Kustomize.build(Repo.path("k8s/base"))));
    }

    /** The base's KeycloakRealmImport (k8s/base/platform/realm-import.yaml). */
    public static ObjectNode baseRealmImport() {
        ObjectNode cr = Yaml.JSON.createObjectNode();
        cr.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        cr.put("kind", "KeycloakRealmImport");
        cr.putObject("metadata").put("name", "bokvar");
        ObjectNode spec = cr.putObject("spec");
        spec.put("keycloakCRName", "keycloak");
        ObjectNode placeholders = spec.putObject("placeholders");
        for (String id : PRODUCTION_CLIENTS.stream().sorted().toList()) {
            placeholders.putObject(placeholder(id)).putObject("secret").put("name", CLIENT_SECRETS).put("key", id);
        }
        spec.set("realm", productionRealm());
        return cr;
    }

    /** The dev overlay's patch (k8s/overlays/dev/realm-demo.patch.json): the demo realm, no placeholders. */
    public static ArrayNode devPatch() {
        ArrayNode ops = Yaml.JSON.createArrayNode();
        ops.addObject().put("op", "replace").put("path", "/spec/realm").set("value", devRealm());
        ops.addObject().put("op", "remove").put("path", "/spec/placeholders");
        return ops;
    }

    public static String baseRealmImportText() {
        return "# GENERATED from config/keycloak/bokvar-realm.json by deploy-tests (RealmVariants): do not edit.\n"
                + "# Regenerate: ./mvnw -pl deploy-tests test -Dtest=RealmImportTest -Dbokvar.regenerate=true\n"
                + "# The realm without the demo: no users with passwords, no demo clients; the secret of each\n"
                + "# client kept comes from the Secret " + CLIENT_SECRETS + " (created at deployment); the desk's client\n"
                + "# " + DESK_CLIENT + " returns users only to the host of the Ingress " + DESK_INGRESS + ".\n"
                + Yaml.write(baseRealmImport());
    }

    public static String devPatchText() {
        try {
            return Yaml.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(devPatch()) + "\n";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
