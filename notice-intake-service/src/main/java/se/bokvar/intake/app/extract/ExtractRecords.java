package se.bokvar.intake.app.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.bokvar.intake.store.extract.RegisterExtractStore.AmendmentRow;
import se.bokvar.intake.store.extract.RegisterExtractStore.AnswerRow;
import se.bokvar.intake.store.extract.RegisterExtractStore.NoticeRow;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ReviewFlag;
import se.bokvar.rules.calendar.Stockholm;

/**
 * The intake's rows as extract records: each row as stored (JSON columns as JSON, times in Europe/Stockholm), with
 * other people flagged by {@link ExtractRecord#of} and the free text a landlord wrote flagged for review.
 */
final class ExtractRecords {

    static final String NOTICE = "NOTICE";
    static final String NOTICE_AMENDMENT = "NOTICE_AMENDMENT";
    static final String IDEMPOTENT_ANSWER = "IDEMPOTENT_ANSWER";

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
        data.put("kind", n.kind());
        data.put("landlordId", n.landlordId());
        data.put("landlordReference", n.landlordReference());
        data.put("receivedAt", time(n.receivedAt()));
        data.put("tenure", n.tenure());
        data.put("servedOn", date(n.servedOn()));
        data.put("recoveryPeriodLastDay", date(n.recoveryPeriodLastDay()));
        data.put("countedFromReceivedAt", time(n.countedFromReceivedAt()));
        data.put("status", n.status());
        data.put("handedToCaseManagementAt", time(n.handedToCaseManagementAt()));
        data.put("withdrawnAt", time(n.withdrawnAt()));
        data.set("payload", json(n.payload()));
        data.set("receipt", json(n.receipt()));
        List<ReviewFlag> extra = new ArrayList<>();
        // a rectification's or early warning's description: the landlord's account, may name neighbours
        ReviewFlag.freeTextAt(data, "/payload/description", extra);
        return ExtractRecord.of(NOTICE, n.id().toString(), n.receivedAt().toInstant(), data, subject).withFlags(extra);
    }

    ExtractRecord amendment(AmendmentRow a) {
        ObjectNode data = mapper.createObjectNode();
        data.put("id", a.id().toString());
        data.put("noticeId", a.noticeId().toString());
        data.put("action", a.action());
        data.put("receivedAt", time(a.receivedAt()));
        data.put("reason", a.reason());
        data.put("comment", a.comment());
        data.put("servedOn", date(a.servedOn()));
        data.put("recoveryPeriodLastDay", date(a.recoveryPeriodLastDay()));
        data.set("payload", json(a.payload()));
        data.set("receipt", json(a.receipt()));
        List<ReviewFlag> extra = new ArrayList<>();
        // a correction's reason is the landlord's own words (a withdrawal's reason is a code); a comment always is
        if ("CORRECTION".equals(a.action())) {
            ReviewFlag.freeTextAt(data, "/reason", extra);
        }
        ReviewFlag.freeTextAt(data, "/comment", extra);
        ReviewFlag.freeTextAt(data, "/payload/description", extra);
        return ExtractRecord.of(NOTICE_AMENDMENT, a.id().toString(), a.receivedAt().toInstant(), data, subject).withFlags(extra);
    }

    ExtractRecord answer(AnswerRow r) {
        ObjectNode data = mapper.createObjectNode();
        data.put("landlordId", r.landlordId());
        data.put("idempotencyKey", r.idempotencyKey());
        data.put("requestHash", r.requestHash());
        data.put("status", r.status());
        data.put("location", r.location());
        data.put("createdAt", time(r.createdAt()));
        data.set("response", json(r.response()));
        return ExtractRecord.of(IDEMPOTENT_ANSWER, r.landlordId() + "/" + r.idempotencyKey(), r.createdAt().toInstant(),
                data, subject);
    }



    private JsonNode json(String text) {
        if (text == null) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            // never the content in the message: it is personal data
            throw new IllegalStateException("A stored JSON document of the intake could not be read");
        }
    }

    private static String time(OffsetDateTime at) {
        return at == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZoneSameInstant(Stockholm.STOCKHOLM));
    }

    private static String date(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
