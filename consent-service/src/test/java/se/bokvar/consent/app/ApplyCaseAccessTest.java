package se.bokvar.consent.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.bokvar.consent.store.CaseAccessRepository.CaseAccessUpdate;
import se.bokvar.contracts.v1.CaseAccessChangedV1;

class ApplyCaseAccessTest {

    private final StoredJson json = new StoredJson(new ObjectMapper());

    @Test
    void blankAndRepeatedKeysAreDroppedABlankBoardIsNoBoardAMissingStatusUnknown() {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-22T09:00:00Z");
        Instant readAt = Instant.parse("2026-11-22T09:00:05Z");
        CaseAccessUpdate update = ApplyCaseAccess.update(new CaseAccessChangedV1(caseId, " ", true, null,
                Arrays.asList("k1", "", null, "k2", "k1"), 7, at), readAt, json);
        assertThat(update).isEqualTo(new CaseAccessUpdate(caseId, null, true, "UNKNOWN", "[\"k1\",\"k2\"]", 7,
                OffsetDateTime.ofInstant(at, ZoneOffset.UTC), OffsetDateTime.ofInstant(readAt, ZoneOffset.UTC)));
    }

    @Test
    void noKeysIsAnEmptyListAndNoTimeIsNull() {
        CaseAccessUpdate update = ApplyCaseAccess.update(new CaseAccessChangedV1(UUID.randomUUID(), "nordost", false, "OPEN",
                null, 1, null), Instant.EPOCH, json);
        assertThat(update.board()).isEqualTo("nordost");
        assertThat(update.status()).isEqualTo("OPEN");
        assertThat(update.personKeys()).isEqualTo("[]");
        assertThat(update.changedAt()).isNull();
    }
}
