package se.bokvar.bench.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import com.fasterxml.jackson.core.JsonProcessingException;

import se.bokvar.bench.common.BenchHttp;
import se.bokvar.contracts.CaseEvents;
import se.bokvar.contracts.CloudEventAttributes;
import se.bokvar.contracts.Topics;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.routing.PostalCode;

/**
 * One synthetic deadline alert, published exactly as case-service's outbox relay publishes its
 * {@code se.bokvar.case.deadline-alert.v1} events (platform-commons {@code OutboxRelay}): topic
 * {@code bokvar.case.events.v1}, key the case's building key (an HMAC as legal-rules' {@code TenancyKeys} makes it,
 * with the benchmark's own secret), CloudEvents binary mode (headers {@code ce_specversion}, {@code ce_id},
 * {@code ce_source} {@code /bokvar/case-service}, {@code ce_type}, {@code ce_time}, {@code ce_subject} the case id,
 * {@code content-type: application/json}, {@code traceparent} as case-service's carry one), the value the {@code DeadlineAlertV1} data as the relay reads it back from
 * PostgreSQL's {@code jsonb} (keys by length, then alphabetically; ", " and ": " between them). Every alert is about a
 * case of its own that exists nowhere else, so the run touches no other data.
 *
 * @param expected the addresses that must get it ({@link Recipients})
 */
record AlertEvent(UUID eventId, UUID alertId, UUID caseId, String buildingKey, String deadline, String alert,
        LocalDate dueOn, String board, String assignedTo, String unit, List<String> expected) {

    private static final String SOURCE = "/bokvar/case-service";
    private static final TenancyKeys KEYS = new TenancyKeys("bokvar-bench-alerts-not-a-secret".getBytes(StandardCharsets.UTF_8));
    private static final String[] BOARDS = { "nordost", "centrum", "hisingen", "sydvast" };
    private static final String[] POSTAL = { "41502", "41120", "41705", "41450" };

    /**
     * A mix: board Nordost 40 %, Centrum 20 %, Hisingen 15 %, Sydväst 15 %, none (unrouted: the central mailbox)
     * 10 %; unit adult 85 %, children 15 %; assigned to a caseworker of the directory on that board and unit 50 %
     * (when there is one), to a login not in the directory 15 %, nobody 35 %; BREACHED with probability
     * {@code breached}, else NEAR; the recovery period 50 %, the pre-assessment 30 %, the eviction 15 %, the
     * acknowledgement to Kronofogden 5 %.
     */
    static AlertEvent random(SplittableRandom random, Recipients recipients, double breached, LocalDate today, int i) {
        double r = random.nextDouble();
        int b = r < 0.40 ? 0 : r < 0.60 ? 1 : r < 0.75 ? 2 : r < 0.90 ? 3 : -1;
        String board = b < 0 ? null : BOARDS[b];
        String unit = random.nextDouble() < 0.85 ? "adult" : "children";
        double a = random.nextDouble();
        String assignedTo = null;
        if (board != null && a < 0.50) {
            List<Recipients.Caseworker> same = new ArrayList<>();
            for (Recipients.Caseworker c : recipients.caseworkers()) {
                if (board.equals(c.board()) && unit.equals(c.unit())) {
                    same.add(c);
                }
            }
            assignedTo = same.isEmpty() ? null : same.get(random.nextInt(same.size())).userId();
        } else if (board != null && a < 0.65) {
            assignedTo = "bench-cw-" + random.nextInt(40);
        }
        String alert = random.nextDouble() < breached ? "BREACHED" : "NEAR";
        double d = random.nextDouble();
        String deadline = d < 0.50 ? "RECOVERY_PERIOD" : d < 0.80 ? "PRE_ASSESSMENT" : d < 0.95 ? "EVICTION" : "KFM_ACKNOWLEDGEMENT";
        LocalDate dueOn = "BREACHED".equals(alert) ? today.minusDays(1 + random.nextInt(3)) : today.plusDays(1 + random.nextInt(5));
        UUID caseId = UUID.randomUUID();
        String building = KEYS.buildingKey(PostalCode.parse(b < 0 ? "42800" : POSTAL[b]), "Larmgatan " + (1 + i % 500));
        return new AlertEvent(UUID.randomUUID(), UUID.randomUUID(), caseId, building, deadline, alert, dueOn, board,
                assignedTo, unit, recipients.of(board, unit, assignedTo, alert));
    }

    /** The Message-IDs its mails must carry. */
    List<String> messageIds() {
        return expected.stream().map(address -> Recipients.messageId(alertId, address)).toList();
    }

    /**
     * The Kafka record of the alert detected at {@code detectedAt} (in the data to the nanosecond, as Jackson writes an
     * Instant; in {@code ce_time} to the microsecond, as PostgreSQL keeps the outbox row's time).
     */
    ProducerRecord<String, String> record(Instant detectedAt) {
        Instant at = detectedAt.truncatedTo(ChronoUnit.MICROS);
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventAttributes.SPECVERSION, CloudEventAttributes.SPEC_VERSION);
        header(headers, CloudEventAttributes.ID, eventId.toString());
        header(headers, CloudEventAttributes.SOURCE, SOURCE);
        header(headers, CloudEventAttributes.TYPE, CaseEvents.DEADLINE_ALERT.type());
        header(headers, CloudEventAttributes.TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
        header(headers, CloudEventAttributes.SUBJECT, caseId.toString());
        header(headers, CloudEventAttributes.CONTENT_TYPE, CloudEventAttributes.DATA_CONTENT_TYPE);
        header(headers, CloudEventAttributes.TRACEPARENT, "00-" + hex(eventId, alertId, 32) + "-" + hex(caseId, eventId, 16) + "-02");
        return new ProducerRecord<>(Topics.CASE_EVENTS.name(), null, buildingKey, json(detectedAt), headers);
    }

    /** The data as {@code jsonb::text}: keys ordered by length, then bytewise. */
    String json(Instant detectedAt) {
        return "{\"unit\": " + str(unit) + ", \"alert\": " + str(alert) + ", \"board\": " + str(board) + ", \"dueOn\": "
                + str(dueOn.toString()) + ", \"caseId\": " + str(caseId.toString()) + ", \"alertId\": " + str(alertId.toString())
                + ", \"deadline\": " + str(deadline) + ", \"assignedTo\": " + str(assignedTo) + ", \"detectedAt\": "
                + str(detectedAt.toString()) + "}";
    }

    private static String str(String s) {
        try {
            return s == null ? "null" : BenchHttp.JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code length} hex digits from two ids (a trace or span id of the W3C trace context). */
    private static String hex(UUID a, UUID b, int length) {
        return (a.toString() + b.toString()).replace("-", "").substring(0, length);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
