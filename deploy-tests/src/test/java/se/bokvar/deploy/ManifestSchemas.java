package se.bokvar.deploy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import se.bokvar.deploy.crd.CnpgCluster;
import se.bokvar.deploy.crd.KeycloakCr;
import se.bokvar.deploy.crd.KeycloakRealmImportCr;

/**
 * Checks each rendered object against the schema of the pinned versions:
 * <ul>
 * <li>Kubernetes kinds: the fabric8 Kubernetes model (version managed by the Quarkus BOM);</li>
 * <li>Strimzi {@code kafka.strimzi.io/v1}: Strimzi's own model, {@code io.strimzi:api};</li>
 * <li>CloudNativePG and the Keycloak operator: strict typed models in {@code se.bokvar.deploy.crd} (their
 * schemas are in no registry this project reaches); the realm of a realm import: Keycloak's own
 * {@code RealmRepresentation}.</li>
 * </ul>
 * Reading is strict: an unknown field fails (the models' catch-all "additional properties" setters are switched
 * off, so the field is not silently kept), a value of another JSON type fails (no coercion of "2" to 2 or of 2
 * to "2", as the API server refuses both), and the fields each kind cannot do without must be present. A kind
 * with no known schema fails too.
 */
public final class ManifestSchemas {

    private static final Map<String, Class<?>> TYPES = new LinkedHashMap<>();
    private static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();

    static {
        type("v1", "Namespace", Namespace.class);
        type("v1", "ServiceAccount", ServiceAccount.class);
        type("v1", "ConfigMap", ConfigMap.class);
        type("v1", "Service", Service.class, "/spec/ports/0/port");
        type("apps/v1", "Deployment", Deployment.class, "/spec/selector/matchLabels", "/spec/template/metadata/labels",
                "/spec/template/spec/containers/0/name", "/spec/template/spec/containers/0/image");
        type("autoscaling/v2", "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class, "/spec/scaleTargetRef/kind",
                "/spec/scaleTargetRef/name", "/spec/maxReplicas");
        type("policy/v1", "PodDisruptionBudget", PodDisruptionBudget.class, "/spec/selector");
        type("networking.k8s.io/v1", "NetworkPolicy", NetworkPolicy.class, "/spec/podSelector");
        type("networking.k8s.io/v1", "Ingress", Ingress.class);
        type("kafka.strimzi.io/v1", "Kafka", Kafka.class, "/spec/kafka/listeners/0/name",
                "/spec/kafka/listeners/0/port", "/spec/kafka/listeners/0/type");
        type("kafka.strimzi.io/v1", "KafkaNodePool", KafkaNodePool.class, "/metadata/labels/strimzi.io~1cluster",
                "/spec/replicas", "/spec/roles/0", "/spec/storage/type");
        type("kafka.strimzi.io/v1", "KafkaTopic", KafkaTopic.class, "/metadata/labels/strimzi.io~1cluster",
                "/spec/partitions", "/spec/replicas");
        type("postgresql.cnpg.io/v1", "Cluster", CnpgCluster.class, "/spec/instances", "/spec/storage/size");
        type("k8s.keycloak.org/v2alpha1", "Keycloak", KeycloakCr.class, "/spec/db/vendor", "/spec/hostname/hostname");
        type("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport", KeycloakRealmImportCr.class, "/spec/keycloakCRName",
                "/spec/realm/realm");
    }

    private static void type(String apiVersion, String kind, Class<?> type, String... required) {
        TYPES.put(apiVersion + " " + kind, type);
        REQUIRED.put(apiVersion + " " + kind, List.of(required));
    }

    static final ObjectMapper STRICT = strictMapper();

    private ManifestSchemas() {
    }

    private static ObjectMapper strictMapper() {
        SimpleModule noCatchAll = new SimpleModule("no-additional-properties");
        noCatchAll.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription description,
                    BeanDeserializerBuilder builder) {
                builder.setAnySetter(null); // an unknown field must fail, not land in "additionalProperties"
                builder.setIgnoreUnknownProperties(false);
                return builder;
            }
        });
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .addModule(noCatchAll)
                .build();
        // Kubernetes refuses a number where a string belongs (a label value 1, an env value 8080), and the reverse.
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** Every schema problem of one object; empty when it is valid. */
    public static List<String> problems(K8sObject object) {
        List<String> problems = new ArrayList<>();
        String key = object.apiVersion() + " " + object.kind();
        Class<?> type = TYPES.get(key);
        if (type == null) {
            problems.add(object.id() + ": no schema for " + key + " (known: " + TYPES.keySet() + ")");
            return problems;
        }
        try {
            STRICT.treeToValue(object.tree(), type);
        } catch (Exception e) {
            problems.add(object.id() + " (" + key + "): " + firstLine(e.getMessage()));
        }
        if (object.name().isEmpty()) {
            problems.add(object.id() + ": metadata.name is required");
        }
        for (String pointer : REQUIRED.get(key)) {
            JsonNode value = object.tree().at(pointer);
            if (value.isMissingNode() || value.isNull()) {
                problems.add(object.id() + ": " + pointer + " is required");
            }
        }
        return problems;
    }

    public static List<String> problems(List<K8sObject> objects) {
        List<String> problems = new ArrayList<>();
        objects.forEach(o -> problems.addAll(problems(o)));
        return problems;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid";
        }
        // Jackson's message names the field and its path; the source excerpt after it is noise here.
        return message.replaceAll("\\s*at \\[Source:[^\\]]*\\]", "").replace('\n', ' ');
    }
}
