package se.bokvar.deploy.crd;

import java.util.Map;

import org.keycloak.representations.idm.RealmRepresentation;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * Keycloak operator {@code k8s.keycloak.org/v2alpha1 KeycloakRealmImport}, operator 26. The realm itself is
 * Keycloak's own {@link RealmRepresentation} from {@code org.keycloak:keycloak-core} at the server version the
 * project uses, read strictly: the realm a manifest carries is exactly what that Keycloak can import.
 */
public record KeycloakRealmImportCr(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public record Spec(String keycloakCRName, RealmRepresentation realm, Map<String, Placeholder> placeholders) {
    }

    public record Placeholder(KeycloakCr.SecretKey secret) {
    }
}
