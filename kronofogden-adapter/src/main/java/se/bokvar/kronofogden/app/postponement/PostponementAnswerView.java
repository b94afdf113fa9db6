package se.bokvar.kronofogden.app.postponement;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The answer to a postponement request, as recorded. */
public record PostponementAnswerView(UUID requestId, String kfmCaseNumber, PostponementDecision decision,
        OffsetDateTime recordedAt) {
}
