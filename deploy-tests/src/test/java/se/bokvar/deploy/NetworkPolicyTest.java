package se.bokvar.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Evaluates the rendered NetworkPolicies (Kubernetes semantics: a pod selected by a policy of a direction allows
 * only what some such policy allows; a connection needs the sender's egress and the receiver's ingress) over the
 * pods of the design, and compares every allowed connection with the design's traffic matrix: nothing more,
 * nothing less.
 */
class NetworkPolicyTest {

    record Pod(String name, String namespace, Map<String, String> labels, String ip) {
    }

    static final String NS = "bokvar";
    static final List<Pod> PODS = List.of(
            pod("notice-intake-service", NS, "app.kubernetes.io/name=notice-intake-service", "app.kubernetes.io/part-of=bokvar", "app.kubernetes.io/component=service"),
            pod("case-service", NS, "app.kubernetes.io/name=case-service", "app.kubernetes.io/part-of=bokvar", "app.kubernetes.io/component=service"),
            pod("consent-service", NS, "app.kubernetes.io/name=consent-service", "app.kubernetes.io/part-of=bokvar", "app.kubernetes.io/component=service"),
            pod("kronofogden-adapter", NS, "app.kubernetes.io/name=kronofogden-adapter", "app.kubernetes.io/part-of=bokvar", "app.kubernetes.io/component=service"),
            pod("caseworker-web", NS, "app.kubernetes.io/name=caseworker-web", "app.kubernetes.io/part-of=bokvar", "app.kubernetes.io/component=service"),
            pod("kafka", NS, "strimzi.io/cluster=bokvar", "strimzi.io/kind=Kafka", "strimzi.io/broker-role=true", "strimzi.io/controller-role=true"),
            pod("intake-db", NS, "cnpg.io/cluster=intake-db"),
            pod("cases-db", NS, "cnpg.io/cluster=cases-db"),
            pod("consent-db", NS, "cnpg.io/cluster=consent-db"),
            pod("kronofogden-db", NS, "cnpg.io/cluster=kronofogden-db"),
            pod("web-db", NS, "cnpg.io/cluster=web-db"),
            pod("keycloak-db", NS, "cnpg.io/cluster=keycloak-db"),
            pod("keycloak", NS, "app=keycloak", "app.kubernetes.io/managed-by=keycloak-operator"),
            pod("ingress-controller", "ingress-nginx", "app.kubernetes.io/name=ingress-nginx"),
            pod("prometheus", "monitoring", "app.kubernetes.io/name=prometheus"),
            pod("otel-collector", "monitoring", "app.kubernetes.io/name=opentelemetry-collector"),
            pod("other-namespace-pod", "someone-else", "app.kubernetes.io/name=notice-intake-service"),
            new Pod("internet", null, Map.of(), "203.0.113.7"));

    static final int[] PORTS = {8080, 9092, 5432, 443, 4317, 587};

    /** The design: who reaches whom, on which port (application traffic between these pods). */
    static final Set<String> EXPECTED = new TreeSet<>(List.of(
            "ingress-controller -> notice-intake-service:8080", "ingress-controller -> case-service:8080",
            "ingress-controller -> consent-service:8080", "ingress-controller -> kronofogden-adapter:8080",
            "ingress-controller -> keycloak:8080",
            "prometheus -> notice-intake-service:8080", "prometheus -> case-service:8080",
            "prometheus -> consent-service:8080", "prometheus -> kronofogden-adapter:8080",
            "case-service -> consent-service:8080",
            "notice-intake-service -> kafka:9092", "case-service -> kafka:9092", "consent-service -> kafka:9092",
            "kronofogden-adapter -> kafka:9092",
            "notice-intake-service -> intake-db:5432", "case-service -> cases-db:5432",
            "consent-service -> consent-db:5432", "kronofogden-adapter -> kronofogden-db:5432",
            "keycloak -> keycloak-db:5432",
            "notice-intake-service -> keycloak:8080", "case-service -> keycloak:8080",
            "consent-service -> keycloak:8080", "kronofogden-adapter -> keycloak:8080",
            "kronofogden-adapter -> internet:443",
            "notice-intake-service -> otel-collector:4317", "case-service -> otel-collector:4317",
            "consent-service -> otel-collector:4317", "kronofogden-adapter -> otel-collector:4317",
            // the database instances reach the Kubernetes API (outside the pod network) and each other
            "intake-db -> internet:443", "cases-db -> internet:443", "consent-db -> internet:443",
            "kronofogden-db -> internet:443", "keycloak-db -> internet:443",
            "intake-db -> intake-db:5432", "cases-db -> cases-db:5432", "consent-db -> consent-db:5432",
            "kronofogden-db -> kronofogden-db:5432", "keycloak-db -> keycloak-db:5432",
            // the caseworkers' desk: browsers through the Ingress (and Prometheus); it calls case-service and consent-service
            // with the user's token, signs in at Keycloak, has its own database, consumes Kafka, mails through the
            // relay outside (587), and exports traces like every service
            "ingress-controller -> caseworker-web:8080", "prometheus -> caseworker-web:8080",
            "caseworker-web -> case-service:8080", "caseworker-web -> consent-service:8080",
            "caseworker-web -> keycloak:8080", "caseworker-web -> web-db:5432", "caseworker-web -> kafka:9092",
            "caseworker-web -> internet:587", "caseworker-web -> otel-collector:4317",
            "web-db -> internet:443", "web-db -> web-db:5432"));

    static List<String> overlays() {
        return Overlays.names();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void policiesAllowExactlyTheDesignedTraffic(String overlay) {
        List<JsonNode> policies = Overlays.render(overlay).stream().filter(o -> o.kind().equals("NetworkPolicy"))
                .map(o -> (JsonNode) o.tree()).toList();
        String ns = Overlays.render(overlay).stream().filter(o -> o.kind().equals("NetworkPolicy")).findFirst()
                .orElseThrow().namespace();
        List<Pod> pods = PODS.stream().map(p -> NS.equals(p.namespace()) ? new Pod(p.name(), ns, p.labels(), p.ip()) : p)
                .toList();
        Set<String> allowed = new TreeSet<>();
        for (Pod from : pods) {
            for (Pod to : pods) {
                if (!ns.equals(from.namespace()) && !ns.equals(to.namespace())) {
                    continue; // neither end is governed by bokvar's policies
                }
                for (int port : PORTS) {
                    if (allows(policies, ns, from, to, port, "Egress") && allows(policies, ns, to, from, port, "Ingress")) {
                        allowed.add(from.name() + " -> " + to.name() + ":" + port);
                    }
                }
            }
        }
        assertThat(allowed).as("allowed connections in " + overlay).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    /**
     * Whether the policies let {@code self} send (Egress, to {@code peer}) or receive (Ingress, from {@code peer})
     * on {@code port}. Pods outside the policies' namespace, and the internet, are governed by no policy here.
     */
    static boolean allows(List<JsonNode> policies, String ns, Pod self, Pod peer, int port, String direction) {
        if (self.namespace() == null || !self.namespace().equals(ns)) {
            return true;
        }
        boolean selected = false;
        for (JsonNode p : policies) {
            JsonNode spec = p.path("spec");
            if (!matches(spec.path("podSelector"), self.labels()) || !types(spec).contains(direction)) {
                continue;
            }
            selected = true;
            for (JsonNode rule : spec.path(direction.equals("Egress") ? "egress" : "ingress")) {
                JsonNode peers = rule.path(direction.equals("Egress") ? "to" : "from");
                boolean peerOk = peers.isMissingNode() || peers.isEmpty();
                for (JsonNode q : peers) {
                    peerOk |= peerMatches(q, ns, peer);
                }
                boolean portOk = rule.path("ports").isMissingNode() || rule.path("ports").isEmpty();
                for (JsonNode pr : rule.path("ports")) {
                    portOk |= pr.path("port").asInt() == port && pr.path("protocol").asText("TCP").equals("TCP");
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return !selected;
    }

    static Set<String> types(JsonNode spec) {
        Set<String> t = new TreeSet<>();
        spec.path("policyTypes").forEach(n -> t.add(n.asText()));
        if (t.isEmpty()) {
            t.add("Ingress");
            if (spec.has("egress")) {
                t.add("Egress");
            }
        }
        return t;
    }

    static boolean peerMatches(JsonNode q, String ns, Pod peer) {
        if (q.has("ipBlock")) {
            if (peer.ip() == null) {
                return false; // pod traffic is matched by selectors; the ipBlocks here are for outside the cluster
            }
            return inCidr(peer.ip(), q.at("/ipBlock/cidr").asText()) && !anyCidr(peer.ip(), q.at("/ipBlock/except"));
        }
        if (peer.namespace() == null) {
            return false;
        }
        boolean nsOk = q.has("namespaceSelector") ? matches(q.get("namespaceSelector"),
                Map.of("kubernetes.io/metadata.name", peer.namespace())) : peer.namespace().equals(ns);
        boolean podOk = !q.has("podSelector") || matches(q.get("podSelector"), peer.labels());
        return nsOk && podOk;
    }

    static boolean matches(JsonNode selector, Map<String, String> labels) {
        if (selector.has("matchExpressions")) {
            throw new IllegalStateException("matchExpressions not evaluated by this test: " + selector);
        }
        for (var it = selector.path("matchLabels").fields(); it.hasNext();) {
            var e = it.next();
            if (!e.getValue().asText().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean anyCidr(String ip, JsonNode cidrs) {
        for (JsonNode c : cidrs) {
            if (inCidr(ip, c.asText())) {
                return true;
            }
        }
        return false;
    }

    static boolean inCidr(String ip, String cidr) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (toLong(ip) & mask) == (toLong(parts[0]) & mask);
    }

    static long toLong(String ip) {
        long v = 0;
        for (String octet : ip.split("\\.")) {
            v = (v << 8) | Integer.parseInt(octet);
        }
        return v;
    }

    static Pod pod(String name, String ns, String... labels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String l : labels) {
            map.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
        }
        return new Pod(name, ns, map, null);
    }

    /** The evaluator itself: the in-cluster address of a pod never matches the internet rule. */
    @org.junit.jupiter.api.Test
    void cidrArithmetic() {
        assertThat(inCidr("10.1.2.3", "10.0.0.0/8")).isTrue();
        assertThat(inCidr("203.0.113.7", "0.0.0.0/0")).isTrue();
        assertThat(inCidr("172.20.0.1", "172.16.0.0/12")).isTrue();
        assertThat(inCidr("172.32.0.1", "172.16.0.0/12")).isFalse();
    }
}
