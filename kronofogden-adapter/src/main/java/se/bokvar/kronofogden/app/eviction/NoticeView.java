package se.bokvar.kronofogden.app.eviction;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An eviction notice as received: when social services received it, the day the acknowledgement is due, the state
 * of Kronofogden's case ({@code EvictionState} name) and where its status is read.
 */
public record NoticeView(UUID noticeId, String kfmCaseNumber, OffsetDateTime receivedAt, LocalDate acknowledgementDueOn,
        String status, URI statusUrl) {
}
