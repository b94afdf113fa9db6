package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import se.bokvar.contracts.Topics;
import se.bokvar.local.stack.ServiceSpec;

/** What every service's Kubernetes objects must have, in every overlay. */
class DeploymentConventionsTest {

    static List<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyServiceHasItsObjects(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        for (ServiceSpec s : Deployed.ALL) {
            for (String kind : List.of("Deployment", "Service", "ServiceAccount", "HorizontalPodAutoscaler",
                    "PodDisruptionBudget", "NetworkPolicy")) {
                assertThat(find(objects, kind, s.name())).as(kind + " " + s.name()).isNotNull();
            }
            assertThat(find(objects, "ConfigMap", s.name() + "-config")).isNotNull();
            assertThat(ingressRules(objects, s.name())).as("Ingress rule to " + s.name()).isNotEmpty();
        }
        assertThat(objects).noneMatch(o -> o.kind().equals("Secret")).as("no Secret in the repository");
    }

    /** The Ingress rules (host and path) whose backend is {@code service}, over every Ingress. */
    static List<String> ingressRules(List<K8sObject> objects, String service) {
        List<String> rules = new java.util.ArrayList<>();
        for (K8sObject ingress : objects.stream().filter(o -> o.kind().equals("Ingress")).toList()) {
            for (JsonNode rule : ingress.spec().path("rules")) {
                for (JsonNode path : rule.at("/http/paths")) {
                    if (path.at("/backend/service/name").asText().equals(service)) {
                        rules.add(ingress.name() + " " + rule.path("host").asText() + path.path("path").asText());
                    }
                }
            }
        }
        return rules;
    }

    /**
     * The desk has an Ingress of its own: one host only it answers on, every path but /q to its port http, TLS for that
     * host with a redirect to https, the ingress class of the others; it is the only way in (NetworkPolicyTest).
     */
    @ParameterizedTest
    @MethodSource("overlays")
    void deskHasItsOwnIngressHostWithTls(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        K8sObject ingress = find(objects, "Ingress", RealmVariants.DESK_INGRESS);
        assertThat(ingress).as("Ingress " + RealmVariants.DESK_INGRESS).isNotNull();
        String host = RealmVariants.deskHost(objects);
        assertThat(host).startsWith("desk.").doesNotContain("*");
        assertThat(ingress.spec().path("rules")).hasSize(1);
        assertThat(ingress.spec().at("/rules/0/http/paths")).hasSize(1);
        JsonNode path = ingress.spec().at("/rules/0/http/paths/0");
        // every page, the sign-in callback and the static files, but nothing under /q (health, metrics): the path is
        // an nginx regular expression (use-regex), matched case-insensitively from the start of the normalised path
        assertThat(path.path("pathType").asText()).isEqualTo("ImplementationSpecific");
        assertThat(ingress.tree().at("/metadata/annotations/nginx.ingress.kubernetes.io~1use-regex").asText())
                .isEqualTo("true");
        java.util.regex.Pattern routed = java.util.regex.Pattern.compile("^" + path.path("path").asText(),
                java.util.regex.Pattern.CASE_INSENSITIVE);
        for (String page : List.of("/", "/inkorg", "/arenden/0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d/tidslinje",
                "/inloggning", "/utloggning", "/utloggad", "/tillganglighet", "/static/web-commons/bokvar.css",
                "/quiz", "/sok")) {
            assertThat(routed.matcher(page).find()).as("routed: " + page).isTrue();
        }
        for (String inside : List.of("/q", "/q/", "/q/metrics", "/q/health/ready", "/Q/metrics")) {
            assertThat(routed.matcher(inside).find()).as("not routed: " + inside).isFalse();
        }
        assertThat(path.at("/backend/service/name").asText()).isEqualTo(Deployed.DESK.name());
        assertThat(path.at("/backend/service/port/name").asText()).isEqualTo("http");
        assertThat(ingress.spec().at("/tls/0/hosts").toString()).contains("\"" + host + "\"");
        assertThat(ingress.tree().at("/metadata/annotations/nginx.ingress.kubernetes.io~1ssl-redirect").asText())
                .isEqualTo("true");
        assertThat(ingress.spec().path("ingressClassName").asText())
                .isEqualTo(find(objects, "Ingress", "bokvar").spec().path("ingressClassName").asText());
        // no other rule answers on the desk's host, and the desk is reached through no other host
        for (K8sObject other : objects.stream().filter(o -> o.kind().equals("Ingress") && o != ingress).toList()) {
            other.spec().path("rules").forEach(r -> assertThat(r.path("host").asText()).isNotEqualTo(host));
        }
        assertThat(ingressRules(objects, Deployed.DESK.name())).containsExactly(ingress.name() + " " + host
                + path.path("path").asText());
        // the desk's public addresses name that host and the Keycloak host browsers use
        JsonNode config = find(objects, "ConfigMap", Deployed.DESK.name() + "-config").tree().path("data");
        assertThat(config.path("BOKVAR_WEB_BASE_URL").asText()).isEqualTo("https://" + host);
        assertThat(config.path("BOKVAR_OIDC_PUBLIC_URL").asText())
                .isEqualTo(find(objects, "Keycloak", "keycloak").spec().at("/hostname/hostname").asText() + "/realms/bokvar");
        assertThat(config.path("BOKVAR_WEB_BEHIND_PROXY").asText()).isEqualTo("true");
        assertThat(config.path("BOKVAR_WEB_SECURE_COOKIES").asText("true")).isEqualTo("true");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void deploymentsProbeRunAsNonRootAndAreBounded(String overlay) {
        for (ServiceSpec s : Deployed.ALL) {
            JsonNode pod = find(Overlays.render(overlay), "Deployment", s.name()).tree().at("/spec/template/spec");
            JsonNode c = pod.path("containers").get(0);
            assertThat(c.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
            assertThat(c.at("/startupProbe/httpGet/path").asText()).isEqualTo("/q/health/started");
            assertThat(c.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
            assertThat(c.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(c.path(probe).at("/httpGet/port").asText()).isIn("http", "8080");
            }
            for (String r : List.of("requests", "limits")) {
                assertThat(c.at("/resources/" + r + "/cpu").asText()).as(s.name() + " cpu " + r).isNotEmpty();
                assertThat(c.at("/resources/" + r + "/memory").asText()).as(s.name() + " memory " + r).isNotEmpty();
            }
            assertThat(pod.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(c.at("/securityContext/runAsNonRoot").asBoolean()).isTrue();
            assertThat(c.at("/securityContext/readOnlyRootFilesystem").asBoolean()).isTrue();
            assertThat(c.at("/securityContext/allowPrivilegeEscalation").asBoolean(true)).isFalse();
            assertThat(c.at("/securityContext/capabilities/drop").toString()).contains("ALL");
            assertThat(pod.at("/automountServiceAccountToken").asBoolean(true)).isFalse();
            assertThat(c.path("image").asText()).doesNotEndWith(":latest").contains(":");
        }
    }

    /** The environment a pod gets is exactly what the service reads (ServiceConfig), nothing missing or extra. */
    @ParameterizedTest
    @MethodSource("overlays")
    void podEnvironmentMatchesWhatTheServiceReads(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        for (ServiceSpec s : Deployed.ALL) {
            JsonNode c = find(objects, "Deployment", s.name()).tree().at("/spec/template/spec/containers/0");
            Set<String> env = new TreeSet<>();
            c.path("env").forEach(e -> assertThat(env.add(e.path("name").asText())).as("duplicate env").isTrue());
            for (JsonNode from : c.path("envFrom")) {
                K8sObject cm = find(objects, "ConfigMap", from.at("/configMapRef/name").asText());
                assertThat(cm).as("ConfigMap " + from).isNotNull();
                cm.tree().path("data").fieldNames().forEachRemaining(name ->
                        assertThat(env.add(name)).as("set twice: " + name).isTrue());
            }
            assertThat(ServiceConfig.problems(s.name(), env, overlay + " Deployment/" + s.name())).isEmpty();
            // secrets only by reference
            c.path("env").forEach(e -> {
                if (e.path("name").asText().matches(".*(PASSWORD|SECRET|_KEY).*")) {
                    assertThat(e.has("value")).as(e.path("name").asText() + " must come from a Secret").isFalse();
                    assertThat(e.at("/valueFrom/secretKeyRef/name").asText()).isNotEmpty();
                }
            });
        }
    }

    /** A consumer's useful replicas end at the partition count of what it consumes. */
    @ParameterizedTest
    @MethodSource("overlays")
    void autoscalersStayWithinWhatTheServiceCanUse(String overlay) {
        List<K8sObject> objects = Overlays.render(overlay);
        Map<String, Integer> partitions = new java.util.HashMap<>();
        objects.stream().filter(o -> o.kind().equals("KafkaTopic"))
                .forEach(t -> partitions.put(t.spec().path("topicName").asText(), t.spec().path("partitions").asInt()));
        for (ServiceSpec s : Deployed.ALL) {
            JsonNode hpa = find(objects, "HorizontalPodAutoscaler", s.name()).spec();
            assertThat(hpa.at("/scaleTargetRef/name").asText()).isEqualTo(s.name());
            int max = hpa.path("maxReplicas").asInt();
            assertThat(hpa.path("minReplicas").asInt()).isBetween(1, max);
            for (String topic : ServiceConfig.consumedTopics(s.name())) {
                assertThat(partitions).containsKey(topic);
                assertThat(max).as(s.name() + " maxReplicas vs partitions of " + topic)
                        .isLessThanOrEqualTo(partitions.get(topic));
            }
            JsonNode pdb = find(objects, "PodDisruptionBudget", s.name()).spec();
            assertThat(pdb.at("/selector/matchLabels/app.kubernetes.io~1name").asText()).isEqualTo(s.name());
        }
        Set<String> known = new HashSet<>();
        Topics.ALL.forEach(t -> known.add(t.name()));
        assertThat(partitions.keySet()).containsAll(known);
    }

    static K8sObject find(List<K8sObject> objects, String kind, String name) {
        return objects.stream().filter(o -> o.kind().equals(kind) && o.name().equals(name)).findFirst().orElse(null);
    }
}
