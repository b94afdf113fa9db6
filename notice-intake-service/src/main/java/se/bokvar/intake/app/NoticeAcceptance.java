package se.bokvar.intake.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.contracts.v1.ContactV1;
import se.bokvar.contracts.v1.EarlyWarningReceivedV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.contracts.v1.RectificationRequestReceivedV1;
import se.bokvar.contracts.v1.TenureV1;
import se.bokvar.contracts.v1.TerminationNoticeReceivedV1;
import se.bokvar.rules.deadline.TenureKind;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.notice.NoticeKind;
import se.bokvar.rules.routing.PostalCode;

/**
 * Turns a validated notice form into the notice as announced (the event payload): personnummer in canonical
 * 12-digit form, postal code without space, text stripped, keyed hashes of building and tenancy.
 */
@ApplicationScoped
public class NoticeAcceptance {

    /** A notice as accepted: its event payload and what the intake keeps about it. */
    public record Accepted(NoticeKind kind, Object event, KeysV1 keys, TenureKind tenure, LocalDate servedOn,
            String landlordReference) {
    }

    private final Clock clock;
    private final TenancyKeys tenancyKeys;

    @Inject
    public NoticeAcceptance(Clock clock, TenancyKeys tenancyKeys) {
        this.clock = clock;
        this.tenancyKeys = tenancyKeys;
    }

    public Accepted accept(NoticeForm form, UUID noticeId, String landlordId, Instant receivedAt) {
        if (form instanceof NoticeForm.Termination t) {
            return termination(t, noticeId, landlordId, receivedAt);
        }
        if (form instanceof NoticeForm.Rectification r) {
            return rectification(r, noticeId, landlordId, receivedAt);
        }
        return earlyWarning((NoticeForm.EarlyWarning) form, noticeId, landlordId, receivedAt);
    }

    private Accepted termination(NoticeForm.Termination r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        TerminationNoticeReceivedV1 event = new TerminationNoticeReceivedV1(id, landlordId, r.landlordReference().strip(),
                receivedAt, tenure(r), tenants(r.tenants()), address(r.address()), r.rooms(), r.areaSquareMetres(),
                blankToNull(r.leaseType()), r.monthlyRent(), r.debtAmount(), r.monthsInArrears(), r.servedOn(),
                childrenKnown(r), contact(r.contactPerson()), keys);
        return new Accepted(r.noticeKind(), event, keys, r.tenure(), r.servedOn(), r.landlordReference().strip());
    }

    private Accepted rectification(NoticeForm.Rectification r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        RectificationRequestReceivedV1 event = new RectificationRequestReceivedV1(id, landlordId,
                r.landlordReference().strip(), receivedAt, tenure(r), tenants(r.tenants()), address(r.address()),
                r.kind().name(), r.description().strip(),
                r.incidentDates() == null ? List.of() : r.incidentDates().stream().sorted().distinct().toList(),
                r.requestServedOn(), childrenKnown(r), contact(r.contactPerson()), keys);
        return new Accepted(r.noticeKind(), event, keys, r.tenure(), null, r.landlordReference().strip());
    }

    private Accepted earlyWarning(NoticeForm.EarlyWarning r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        EarlyWarningReceivedV1 event = new EarlyWarningReceivedV1(id, landlordId, r.landlordReference().strip(),
                receivedAt, tenure(r), tenants(r.tenants()), address(r.address()),
                r.reasons().stream().map(Enum::name).distinct().toList(), blankToNull(r.description()), r.debtAmount(),
                childrenKnown(r), contact(r.contactPerson()), keys);
        return new Accepted(r.noticeKind(), event, keys, r.tenure(), null, r.landlordReference().strip());
    }

    private static TenureV1 tenure(NoticeForm form) {
        return TenureV1.valueOf(form.tenure().name());
    }

    private static ChildrenKnownV1 childrenKnown(NoticeForm form) {
        return ChildrenKnownV1.valueOf(form.childrenKnown().name());
    }

    private KeysV1 keys(NoticeForm.Address address) {
        PostalCode postalCode = PostalCode.parse(address.postalCode());
        return new KeysV1(tenancyKeys.buildingKey(postalCode, address.street()),
                tenancyKeys.tenancyKey(postalCode, address.street(), address.flatNumber()));
    }

    private static AddressV1 address(NoticeForm.Address a) {
        return new AddressV1(a.street().strip(), PostalCode.parse(a.postalCode()).value(), a.city().strip(),
                blankToNull(a.flatNumber()));
    }

    private static ContactV1 contact(NoticeForm.Contact c) {
        return new ContactV1(c.name().strip(), blankToNull(c.phone()), blankToNull(c.email()));
    }

    private List<PersonV1> tenants(List<NoticeForm.Tenant> tenants) {
        return tenants.stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new PersonV1(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
