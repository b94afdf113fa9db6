package se.bokvar.local.stack;

import java.util.LinkedHashMap;
import java.util.Map;

import se.bokvar.local.process.Ports;

/**
 * The loopback ports of one running stack. The local mail server's SMTP port and its read-only page are those of the
 * Mailpit container in docker-compose (SMTP 11025, page 18025).
 */
public record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement,
        int intake, int cases, int consent, int adapter, int simulator, int caseworkerWeb, int smtp, int mailPage) {

    /** The documented ports of {@code ./bokvar up}, shifted by {@code offset}. */
    public static StackPorts defaults(int offset) {
        return new StackPorts(15432 + offset, 19092 + offset, 19093 + offset, 18080 + offset, 19000 + offset,
                18081 + offset, 18082 + offset, 18083 + offset, 18084 + offset, 18085 + offset, 18086 + offset,
                11025 + offset, 18025 + offset);
    }

    /** Free random ports (tests). */
    public static StackPorts random() {
        return new StackPorts(Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(),
                Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(), Ports.freePort(),
                Ports.freePort(), Ports.freePort());
    }

    /** Each port with what uses it, for messages. */
    public Map<String, Integer> described() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("PostgreSQL", postgres);
        m.put("Kafka broker", kafka);
        m.put("Kafka controller", kafkaController);
        m.put("Keycloak", keycloak);
        m.put("Keycloak management (health)", keycloakManagement);
        m.put("notice-intake-service", intake);
        m.put("case-service", cases);
        m.put("consent-service", consent);
        m.put("kronofogden-adapter", adapter);
        m.put("Kronofogden simulator", simulator);
        m.put("caseworker-web", caseworkerWeb);
        m.put("SMTP (local mail server)", smtp);
        m.put("local mail page", mailPage);
        return m;
    }
}
