package se.bokvar.cases.app.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.rules.casework.Stage;
import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;

/** What a further notice brings to the household's open case (plain JUnit, no Quarkus). */
class CaseOpeningRulesTest {

    static IncomingNotice notice(NoticeKind kind, ChildrenKnown children, String flat) {
        return new IncomingNotice(UUID.randomUUID(), kind, NoticeSource.LANDLORD, null, "l-1", "ref",
                Instant.parse("2026-11-20T10:00:00Z"), null, List.of(), new AddressV1("Storgatan 1", "41101", "Göteborg", flat),
                new KeysV1("building", flat == null ? "tenancy-unknown" : "tenancy-" + flat), children, null, null, null,
                null, kind == NoticeKind.EVICTION ? "KFM-1" : null, null, null, "{}");
    }

    static HouseholdCase openCase(NoticeKind escalation, ChildrenKnown children, String flat) {
        HouseholdCase c = new HouseholdCase();
        c.status = Stage.OPENED;
        c.escalation = escalation;
        c.childrenKnown = children;
        c.flatNumber = flat;
        c.tenancyKey = flat == null ? "tenancy-unknown" : "tenancy-" + flat;
        return c;
    }

    @Test
    void theEscalationOnlyRises() {
        for (NoticeKind onCase : NoticeKind.values()) {
            for (NoticeKind incoming : NoticeKind.values()) {
                HouseholdCase c = openCase(onCase, ChildrenKnown.UNKNOWN, "1101");
                CaseOpening.attach(c, notice(incoming, ChildrenKnown.UNKNOWN, "1101"));
                assertThat(c.escalation).as(onCase + " then " + incoming)
                        .isEqualTo(incoming.isAbove(onCase) ? incoming : onCase);
                assertThat(c.urgent).isEqualTo(incoming == NoticeKind.EVICTION);
            }
        }
    }

    @Test
    void childrenBecomeAffectedOnlyOnce() {
        HouseholdCase c = openCase(NoticeKind.EARLY_WARNING, ChildrenKnown.UNKNOWN, "1101");
        assertThat(CaseOpening.attach(c, notice(NoticeKind.EARLY_WARNING, ChildrenKnown.NO, "1101"))).isFalse();
        assertThat(c.childrenKnown).isEqualTo(ChildrenKnown.NO);
        assertThat(CaseOpening.attach(c, notice(NoticeKind.EARLY_WARNING, ChildrenKnown.YES, "1101"))).isTrue();
        assertThat(c.childrenKnown).isEqualTo(ChildrenKnown.YES);
        assertThat(CaseOpening.attach(c, notice(NoticeKind.EARLY_WARNING, ChildrenKnown.NO, "1101"))).isFalse();
        assertThat(c.childrenKnown).isEqualTo(ChildrenKnown.YES);
    }

    @Test
    void aNoticeNamingTheFlatCompletesACaseWithoutOne() {
        HouseholdCase c = openCase(NoticeKind.EVICTION, ChildrenKnown.UNKNOWN, null);
        CaseOpening.attach(c, notice(NoticeKind.TERMINATION_UNPAID_RENT, ChildrenKnown.UNKNOWN, "1101"));
        assertThat(c.flatNumber).isEqualTo("1101");
        assertThat(c.tenancyKey).isEqualTo("tenancy-1101");
        assertThat(c.urgent).isFalse();
        HouseholdCase named = openCase(NoticeKind.EARLY_WARNING, ChildrenKnown.UNKNOWN, "1101");
        CaseOpening.attach(named, notice(NoticeKind.EARLY_WARNING, ChildrenKnown.UNKNOWN, "1202"));
        assertThat(named.flatNumber).isEqualTo("1101");
    }

    @Test
    void aCaseIsNeverOpenedBeforeItsNoticeArrivedNorInTheFuture() {
        Instant earlier = Instant.parse("2026-11-20T10:00:00Z");
        Instant later = earlier.plusSeconds(1);
        assertThat(CaseOpening.min(earlier, later)).isEqualTo(earlier);
        assertThat(CaseOpening.min(later, earlier)).isEqualTo(earlier);
    }

    @Test
    void theTimelineSaysWhatTheNoticeIsAndWhoSentIt() {
        assertThat(NoticeFiling.describe(notice(NoticeKind.TERMINATION_UNPAID_RENT, ChildrenKnown.UNKNOWN, "1")))
                .isEqualTo("Termination for unpaid rent from landlord l-1");
        IncomingNotice eviction = new IncomingNotice(UUID.randomUUID(), NoticeKind.EVICTION, NoticeSource.KRONOFOGDEN,
                null, "kronofogden", "KFM-9", Instant.EPOCH, null, List.of(), new AddressV1("S", "41101", null, null),
                new KeysV1("b", "t"), ChildrenKnown.UNKNOWN, null, null, null, null, "KFM-9", null, null, "{}");
        assertThat(NoticeFiling.describe(eviction))
                .isEqualTo("Eviction notice (underrättelse om avhysning), KFM KFM-9 from Kronofogden");
        IncomingNotice other = new IncomingNotice(UUID.randomUUID(), NoticeKind.EARLY_WARNING, NoticeSource.OTHER,
                "RELATIVE", "relative", null, Instant.EPOCH, null, List.of(), new AddressV1("S", "41101", null, null),
                new KeysV1("b", "t"), ChildrenKnown.UNKNOWN, null, null, null, null, null, null, "anna", "{}");
        assertThat(NoticeFiling.describe(other))
                .isEqualTo("Early warning from another source (RELATIVE), registered by a caseworker");
    }
}
