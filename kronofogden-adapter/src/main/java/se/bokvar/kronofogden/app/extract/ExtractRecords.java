package se.bokvar.kronofogden.app.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokvar.kronofogden.app.StockholmTime;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.AttemptRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.DeliveryRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.NoticeRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.PostponementRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.UpdateRow;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.OtherPeople;
import se.bokvar.platform.extract.ReviewFlag;

/**
 * The adapter's rows as extract records: each row as stored (JSON documents as JSON, times in Europe/Stockholm),
 * with other people flagged by {@link ExtractRecord#of} and free text written by someone else (Kronofogden's comments,
 * a caseworker's motivation) flagged for review.
 */
final class ExtractRecords {

    static final String EVICTION_NOTICE = "EVICTION_NOTICE";
    static final String EVICTION_UPDATE = "EVICTION_UPDATE";
    static final String DELIVERY = "DELIVERY";
    static final String POSTPONEMENT_REQUEST = "POSTPONEMENT_REQUEST";

    private final ObjectMapper mapper;
    private final String subject;

    /** @param subject the person's canonical number */
    ExtractRecords(ObjectMapper mapper, String subject) {
        this.mapper = mapper;
        this.subject = subject;
    }

    ExtractRecord notice(NoticeRow n) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", n.id().toString());
        data.put("kfmCaseNumber", n.kfmCaseNumber());
        data.put("receivedAt", time(n.receivedAt()));
        data.put("evictionAt", time(n.evictionAt()));
        data.put("state", n.state());
        data.put("updatedAt", time(n.updatedAt()));
        data.put("acknowledgementAlertAt", time(n.acknowledgementAlertAt()));
        data.set("notice", json(n.notice()));
        return ExtractRecord.of(EVICTION_NOTICE, n.id().toString(), n.receivedAt().toInstant(), data, subject);
    }

    ExtractRecord update(UpdateRow u) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", u.id().toString());
        data.put("kfmCaseNumber", u.kfmCaseNumber());
        data.put("kfmUpdateId", u.kfmUpdateId());
        data.put("kind", u.kind());
        data.put("evictionAt", time(u.evictionAt()));
        data.put("comment", u.comment());
        data.put("receivedAt", time(u.receivedAt()));
        data.put("stateAfter", u.stateAfter());
        List<ReviewFlag> extra = new ArrayList<>();
        // Kronofogden's own words about the case
        ReviewFlag.freeTextAt(data, "/comment", extra);
        return ExtractRecord.of(EVICTION_UPDATE, u.id().toString(), u.receivedAt().toInstant(), data, subject).withFlags(extra);
    }

    /** A delivery with its attempts (the proof of what was sent when). */
    ExtractRecord delivery(DeliveryRow d, List<AttemptRow> attempts) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", d.id().toString());
        data.put("kind", d.kind());
        data.put("caseId", d.caseId().toString());
        data.put("kfmCaseNumber", d.kfmCaseNumber());
        data.put("sequence", d.sequence());
        data.put("status", d.status());
        data.put("attempts", d.attempts());
        data.put("createdAt", time(d.createdAt()));
        data.put("nextAttemptAt", time(d.nextAttemptAt()));
        data.put("confirmedAt", time(d.confirmedAt()));
        data.put("remoteReference", d.remoteReference());
        data.put("lastOutcome", d.lastOutcome());
        data.put("lastHttpStatus", d.lastHttpStatus());
        data.put("dueOn", date(d.dueOn()));
        data.put("overdueAt", time(d.overdueAt()));
        data.put("overdueAlertedAt", time(d.overdueAlertedAt()));
        data.put("caseworkerUserId", d.caseworkerUserId());
        data.set("payload", json(d.payload()));
        ArrayNode made = data.putArray("deliveryAttempts");
        for (AttemptRow a : attempts) {
            made.addObject().put("id", a.id()).put("attemptedAt", time(a.attemptedAt())).put("outcome", a.outcome())
                    .put("httpStatus", a.httpStatus()).put("detail", a.detail());
        }
        List<ReviewFlag> extra = new ArrayList<>();
        // a letter to a co-tenant: its body is addressed to, and speaks of, someone else (its recipient is flagged too)
        JsonNode recipient = data.at("/payload/recipient/personalIdentityNumber");
        if (recipient.isTextual() && !OtherPeople.isSubject(recipient.asText(), subject) && data.at("/payload/content").isTextual()) {
            extra.add(ReviewFlag.otherPerson("/payload/content"));
        }
        // a postponement request's motivation: the caseworker's account of the household
        ReviewFlag.freeTextAt(data, "/payload/motivation", extra);
        return ExtractRecord.of(DELIVERY, d.id().toString(), d.createdAt().toInstant(), data, subject).withFlags(extra);
    }

    ExtractRecord postponement(PostponementRow p) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", p.id().toString());
        data.put("caseId", p.caseId().toString());
        data.put("kfmCaseNumber", p.kfmCaseNumber());
        data.put("grounds", p.grounds());
        data.put("requestedAt", time(p.requestedAt()));
        data.put("status", p.status());
        data.put("answeredAt", time(p.answeredAt()));
        data.put("outcome", p.outcome());
        data.put("newEvictionAt", time(p.newEvictionAt()));
        data.put("answerComment", p.answerComment());
        List<ReviewFlag> extra = new ArrayList<>();
        // Kronofogden's reasons for its decision
        ReviewFlag.freeTextAt(data, "/answerComment", extra);
        return ExtractRecord.of(POSTPONEMENT_REQUEST, p.id().toString(), p.requestedAt().toInstant(), data,
                subject).withFlags(extra);
    }



    private JsonNode json(String text) {
        if (text == null) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // never the content in the message: it is personal data
            throw new IllegalStateException("A stored JSON document of the adapter could not be read");
        }
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(StockholmTime.of(at.toInstant()));
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
