package se.bokvar.deploy.crd;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * Keycloak operator {@code k8s.keycloak.org/v2alpha1 Keycloak}, operator 26: the fields bokvar's manifests may use,
 * with the types of the operator's CRD (the operator's model is not published to a registry this project reaches).
 * Strict like {@link CnpgCluster}; checked against the operator's CRD schema when written.
 */
public record KeycloakCr(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public record Spec(Integer instances, String image, Boolean startOptimized, Db db, Http http, Hostname hostname,
            Proxy proxy, Ingress ingress, ResourceRequirements resources, Features features,
            List<AdditionalOption> additionalOptions) {
    }

    public record Db(String vendor, String host, Integer port, String database, String schema, String url,
            SecretKey usernameSecret, SecretKey passwordSecret, Integer poolInitialSize, Integer poolMinSize,
            Integer poolMaxSize) {
    }

    public record SecretKey(String name, String key, Boolean optional) {
    }

    public record Http(Boolean httpEnabled, Integer httpPort, Integer httpsPort, String tlsSecret) {
    }

    public record Hostname(String hostname, String admin, Boolean strict, Boolean backchannelDynamic) {
    }

    public record Proxy(Headers headers) {
    }

    public enum Headers {
        @JsonProperty("forwarded") FORWARDED, @JsonProperty("xforwarded") XFORWARDED
    }

    public record Ingress(Boolean enabled, String className, Map<String, String> annotations) {
    }

    public record Features(List<String> enabled, List<String> disabled) {
    }

    public record AdditionalOption(String name, String value, SecretKey secret) {
    }
}
