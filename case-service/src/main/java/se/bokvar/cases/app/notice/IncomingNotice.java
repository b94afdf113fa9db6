package se.bokvar.cases.app.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import se.bokvar.cases.store.CaseLocator;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.EvictionNoticeReceivedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;

/**
 * Any notice, whatever its source, as case-service registers it: the landlords' three kinds (from
 * notice-intake-service), Kronofogden's eviction notice (from kronofogden-adapter), and notices from other sources
 * that caseworkers register.
 *
 * @param source      where it came from
 * @param otherSource for {@link NoticeSource#OTHER}: TENANT, RELATIVE, OTHER_ADMINISTRATION, OTHER
 * @param senderId    the landlord id, {@code kronofogden}, or the other source
 * @param payload     the notice as received (JSON), kept with the case
 */
public record IncomingNotice(UUID noticeId, NoticeKind kind, NoticeSource source, String otherSource, String senderId,
        String senderReference, Instant receivedAt, String tenure, List<PersonV1> tenants, AddressV1 address,
        KeysV1 keys, ChildrenKnown childrenKnown, LocalDate servedOn, BigDecimal monthlyRent, BigDecimal debtAmount,
        Integer monthsInArrears, String kfmCaseNumber, OffsetDateTime evictionAt, String registeredBy,
        String payload) {

    public static IncomingNotice of(TerminationNoticeReceivedV1 n, String payload) {
        return new IncomingNotice(n.noticeId(), NoticeKind.TERMINATION_UNPAID_RENT, NoticeSource.LANDLORD, null, n.landlordId(),
                n.landlordReference(), n.receivedAt(), n.tenure() == null ? null : n.tenure().name(), n.tenants(),
                n.address(), n.keys(), ChildrenKnown.of(n.childrenKnown()), n.servedOn(), n.monthlyRent(), n.debtAmount(),
                n.monthsInArrears(), null, null, null, payload);
    }

    public static IncomingNotice of(RectificationRequestReceivedV1 n, String payload) {
        return new IncomingNotice(n.noticeId(), NoticeKind.RECTIFICATION_REQUEST, NoticeSource.LANDLORD, null, n.landlordId(),
                n.landlordReference(), n.receivedAt(), n.tenure() == null ? null : n.tenure().name(), n.tenants(),
                n.address(), n.keys(), ChildrenKnown.of(n.childrenKnown()), n.requestServedOn(), null, null, null, null, null,
                null, payload);
    }

    public static IncomingNotice of(EarlyWarningReceivedV1 n, String payload) {
        return new IncomingNotice(n.noticeId(), NoticeKind.EARLY_WARNING, NoticeSource.LANDLORD, null, n.landlordId(),
                n.landlordReference(), n.receivedAt(), n.tenure() == null ? null : n.tenure().name(), n.tenants(),
                n.address(), n.keys(), ChildrenKnown.of(n.childrenKnown()), null, null, n.debtAmount(), null, null, null, null,
                payload);
    }

    public static IncomingNotice of(EvictionNoticeReceivedV1 n, String payload) {
        return new IncomingNotice(n.noticeId(), NoticeKind.EVICTION, NoticeSource.KRONOFOGDEN, null, NoticeSource.KRONOFOGDEN.value(),
                n.kfmCaseNumber(), n.receivedAt(), null, n.tenants(), n.address(), n.keys(),
                ChildrenKnown.of(n.childrenKnown()), null, null, null, null, n.kfmCaseNumber(), n.evictionAt(), null, payload);
    }

    /** Whether the address names the flat (a Kronofogden notice often does not). */
    public boolean flatKnown() {
        return address.flatNumber() != null && !address.flatNumber().isBlank();
    }

    public List<String> personalIdentityNumbers() {
        return tenants.stream().map(PersonV1::personalIdentityNumber).toList();
    }

    /** Who the notice names, as the case locator matches households. */
    public CaseLocator.Household household() {
        return new CaseLocator.Household(flatKnown(), keys.tenancyKey(), keys.buildingKey(), personalIdentityNumbers());
    }
}
