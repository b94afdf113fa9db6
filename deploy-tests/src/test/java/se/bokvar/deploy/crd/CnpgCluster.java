package se.bokvar.deploy.crd;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ResourceRequirements;

/**
 * CloudNativePG {@code postgresql.cnpg.io/v1 Cluster}, pinned operator version 1.29: the fields bokvar's manifests
 * may use, with the types of the operator's CRD (no Java model of it is published to a registry this project
 * reaches). Strict: a field not listed here, or of another type, fails {@code ManifestSchemas}. Field names and
 * types were checked against the operator's CRD schema of that version when this model was written; extend the
 * model (from the CRD reference) before using another field.
 */
public record CnpgCluster(String apiVersion, String kind, ObjectMeta metadata, Spec spec) {

    public record Spec(Integer instances, String imageName, String description, UpdateStrategy primaryUpdateStrategy,
            String primaryUpdateMethod, Boolean enableSuperuserAccess, Storage storage, Storage walStorage,
            ResourceRequirements resources, Bootstrap bootstrap, Managed managed, Postgresql postgresql,
            Monitoring monitoring, Affinity affinity, String logLevel) {
    }

    public enum UpdateStrategy {
        @JsonProperty("unsupervised") UNSUPERVISED, @JsonProperty("supervised") SUPERVISED
    }

    public enum Ensure {
        @JsonProperty("present") PRESENT, @JsonProperty("absent") ABSENT
    }

    public record Storage(String size, String storageClass, Boolean resizeInUseVolumes) {
    }

    public record Bootstrap(Initdb initdb) {
    }

    public record Initdb(String database, String owner, SecretRef secret, String encoding, String localeCollate,
            String localeCType, Boolean dataChecksums) {
    }

    public record SecretRef(String name) {
    }

    public record Managed(List<Role> roles) {
    }

    public record Role(String name, Ensure ensure, String comment, Boolean login, Boolean superuser,
            Boolean createdb, Boolean createrole, Boolean inherit, Boolean replication, Boolean bypassrls,
            Integer connectionLimit, String validUntil, List<String> inRoles, SecretRef passwordSecret,
            Boolean disablePassword) {
    }

    public record Postgresql(Map<String, String> parameters, @JsonProperty("pg_hba") List<String> pgHba) {
    }

    public record Monitoring(Boolean enablePodMonitor) {
    }

    public record Affinity(Boolean enablePodAntiAffinity, String topologyKey, String podAntiAffinityType) {
    }
}
