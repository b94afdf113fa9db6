package se.bokvar.consent.app;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokvar.consent.store.AuditRecordRepository.AuditRow;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ReviewFlag;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.PartyKind;

/**
 * consent-service's records of a register extract (docs/register-extract.md) as JSON, with what needs a secrecy
 * review flagged: a consent with every version ({@value #CONSENT}) and a disclosure question asked about the person
 * with its answer ({@value #DISCLOSURE_DECISION}).
 * <p>
 * Flagged besides another person's number ({@link ExtractRecord#of}): a {@code NAMED_PARTY} wherever it appears
 * (scope, added, removed, a decision's party: its free id and name name a third person) as {@code OTHER_PERSON};
 * a version's {@code note} and the {@code otherPurpose} / {@code otherCategory} descriptions, free text a caseworker
 * wrote, as {@code THIRD_PARTY_ACCOUNT}. Not flagged: a landlord's or an administration's name, the caseworkers'
 * names (officials acting in the matter) and the signed form's reference (a filing reference).
 */
@ApplicationScoped
public class ExtractRecords {

    public static final String CONSENT = "CONSENT";
    public static final String DISCLOSURE_DECISION = "DISCLOSURE_DECISION";

    /**
     * The purpose {@link DecideDisclosure} writes into a {@code consent.decision} audit record:
     * {@code LANDLORD hemma-bostader for PAYMENT_COMMITMENT / PAYMENT_COMMITMENT -> ALLOW COVERED}. Party ids, purposes,
     * categories and codes contain no spaces.
     */
    static final Pattern DECISION = Pattern.compile("(\\S+) (\\S+) for (\\S+) / (\\S+) -> (\\S+) (\\S+)");

    private final ObjectMapper mapper;
    private final ConsentHistory history;

    @Inject
    public ExtractRecords(ObjectMapper mapper, ConsentHistory history) {
        this.mapper = mapper;
        this.history = history;
    }

    /** A consent record with every version, oldest first, as {@code GET /consents/{id}} shows them. */
    public ExtractRecord consent(ConsentRow c, List<ConsentVersionRow> versions, String subject, Instant now) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", c.id.toString());
        data.put("caseId", c.caseId.toString());
        data.put("personalIdentityNumber", c.personalIdentityNumber);
        data.put("legalGround", c.legalGround.name());
        if (!versions.isEmpty()) {
            ConsentVersionRow current = versions.get(versions.size() - 1);
            data.put("status", ConsentStatus.of(current.change, current.validUntil, Stockholm.dateOf(now)).name());
        }
        data.set("createdAt", mapper.valueToTree(c.createdAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime()));
        data.put("createdBy", c.createdBy);
        ArrayNode all = data.putArray("versions");
        List<ReviewFlag> flags = new ArrayList<>();
        for (int i = 0; i < versions.size(); i++) {
            JsonNode version = mapper.valueToTree(history.version(versions.get(i)));
            all.add(version);
            String at = "/versions/" + i;
            if (version.path("note").isTextual()) {
                flags.add(ReviewFlag.freeText(at + "/note"));
            }
            for (String part : List.of("scope", "added", "removed")) {
                scopeFlags(version.path(part), at + "/" + part, flags);
            }
        }
        return withFlags(ExtractRecord.of(CONSENT, c.id.toString(), c.createdAt.toInstant(), data, subject), flags);
    }

    /**
     * A disclosure question about the person and its answer, from its {@code consent.decision} audit record (the only
     * place decisions are kept): to whom, why, which information, the answer, the consent it rested on or consulted,
     * when and by whom. The record names {@code [consent id,] case id, person key}.
     */
    public ExtractRecord decision(AuditRow row, String personKey, String subject) {
        ObjectNode data = mapper.createObjectNode();
        List<String> ids = row.resourceIds() == null ? List.of() : row.resourceIds();
        int key = ids.indexOf(personKey);
        data.put("caseId", key >= 1 ? ids.get(key - 1) : null);
        Matcher m = DECISION.matcher(row.purpose() == null ? "" : row.purpose());
        List<ReviewFlag> flags = new ArrayList<>();
        if (m.matches()) {
            ObjectNode party = data.putObject("party");
            party.put("kind", m.group(1));
            party.put("id", m.group(2));
            data.put("purpose", m.group(3));
            data.put("category", m.group(4));
            data.put("decision", m.group(5));
            data.put("reasonCode", m.group(6));
            if (PartyKind.NAMED_PARTY.name().equals(m.group(1))) {
                flags.add(ReviewFlag.otherPerson("/party"));
            }
        } else {
            // not the shape DecideDisclosure writes: shown as recorded rather than left out
            data.put("question", row.purpose());
        }
        data.put("consentId", key >= 2 ? ids.get(0) : null);
        data.set("decidedAt", mapper.valueToTree(row.occurredAt().atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime()));
        ObjectNode by = data.putObject("askedBy");
        by.put("username", row.actorUsername());
        by.put("roles", row.actorRoles());
        by.put("board", row.actorBoard());
        return withFlags(ExtractRecord.of(DISCLOSURE_DECISION, Long.toString(row.id()), row.occurredAt().toInstant(), data,
                subject), flags);
    }

    private static void scopeFlags(JsonNode scope, String at, List<ReviewFlag> flags) {
        if (!scope.isObject()) {
            return;
        }
        JsonNode parties = scope.path("parties");
        for (int j = 0; j < parties.size(); j++) {
            if (PartyKind.NAMED_PARTY.name().equals(parties.get(j).path("kind").asText())) {
                flags.add(ReviewFlag.otherPerson(at + "/parties/" + j));
            }
        }
        for (String text : List.of("otherPurpose", "otherCategory")) {
            if (scope.path(text).isTextual()) {
                flags.add(ReviewFlag.freeText(at + "/" + text));
            }
        }
    }

    private static ExtractRecord withFlags(ExtractRecord record, List<ReviewFlag> more) {
        if (more.isEmpty()) {
            return record;
        }
        List<ReviewFlag> all = new ArrayList<>(record.review());
        all.addAll(more);
        return new ExtractRecord(record.kind(), record.id(), record.at(), record.data(), all);
    }
}
