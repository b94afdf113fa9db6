package se.bokvar.intake.service;

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
import se.bokvar.intake.NoticeKind;
import se.bokvar.intake.rest.Address;
import se.bokvar.intake.rest.Contact;
import se.bokvar.intake.rest.EarlyWarningRequest;
import se.bokvar.intake.rest.RectificationNoticeRequest;
import se.bokvar.intake.rest.Tenant;
import se.bokvar.intake.rest.TerminationNoticeRequest;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/**
 * Turns a validated request into the notice as announced (the event payload): personnummer in canonical 12-digit
 * form, postal code without space, text stripped, keyed hashes of building and tenancy.
 */
@ApplicationScoped
public class NoticeContent {

    /** A notice as accepted: its event payload and what the intake keeps about it. */
    public record Accepted(NoticeKind kind, Object event, KeysV1 keys, String tenure, LocalDate servedOn,
            String landlordReference) {
    }

    private final Clock clock;
    private final TenancyKeys tenancyKeys;

    @Inject
    public NoticeContent(Clock clock, TenancyKeys tenancyKeys) {
        this.clock = clock;
        this.tenancyKeys = tenancyKeys;
    }

    /** The request class of each kind. */
    public static Class<?> requestType(NoticeKind kind) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> TerminationNoticeRequest.class;
            case RECTIFICATION_REQUEST -> RectificationNoticeRequest.class;
            case EARLY_WARNING -> EarlyWarningRequest.class;
        };
    }

    public static String landlordReference(Object request) {
        if (request instanceof TerminationNoticeRequest t) {
            return t.landlordReference();
        }
        if (request instanceof RectificationNoticeRequest r) {
            return r.landlordReference();
        }
        return ((EarlyWarningRequest) request).landlordReference();
    }

    public Accepted accept(NoticeKind kind, Object request, UUID noticeId, String landlordId, Instant receivedAt) {
        return switch (kind) {
            case TERMINATION_UNPAID_RENT -> termination((TerminationNoticeRequest) request, noticeId, landlordId, receivedAt);
            case RECTIFICATION_REQUEST -> rectification((RectificationNoticeRequest) request, noticeId, landlordId, receivedAt);
            case EARLY_WARNING -> earlyWarning((EarlyWarningRequest) request, noticeId, landlordId, receivedAt);
        };
    }

    private Accepted termination(TerminationNoticeRequest r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        TerminationNoticeReceivedV1 event = new TerminationNoticeReceivedV1(id, landlordId, r.landlordReference().strip(),
                receivedAt, TenureV1.valueOf(r.tenure().name()), tenants(r.tenants()), address(r.address()),
                r.rooms(), r.areaSquareMetres(), blankToNull(r.leaseType()), r.monthlyRent(), r.debtAmount(),
                r.monthsInArrears(), r.servedOn(), ChildrenKnownV1.valueOf(r.childrenKnown().name()),
                contact(r.contactPerson()), keys);
        return new Accepted(NoticeKind.TERMINATION_UNPAID_RENT, event, keys, r.tenure().name(), r.servedOn(),
                r.landlordReference().strip());
    }

    private Accepted rectification(RectificationNoticeRequest r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        RectificationRequestReceivedV1 event = new RectificationRequestReceivedV1(id, landlordId,
                r.landlordReference().strip(), receivedAt, TenureV1.valueOf(r.tenure().name()), tenants(r.tenants()),
                address(r.address()), r.kind().name(), r.description().strip(),
                r.incidentDates() == null ? List.of() : r.incidentDates().stream().sorted().distinct().toList(),
                r.requestServedOn(), ChildrenKnownV1.valueOf(r.childrenKnown().name()), contact(r.contactPerson()), keys);
        return new Accepted(NoticeKind.RECTIFICATION_REQUEST, event, keys, r.tenure().name(), null,
                r.landlordReference().strip());
    }

    private Accepted earlyWarning(EarlyWarningRequest r, UUID id, String landlordId, Instant receivedAt) {
        KeysV1 keys = keys(r.address());
        EarlyWarningReceivedV1 event = new EarlyWarningReceivedV1(id, landlordId, r.landlordReference().strip(),
                receivedAt, TenureV1.valueOf(r.tenure().name()), tenants(r.tenants()), address(r.address()),
                r.reasons().stream().map(Enum::name).distinct().toList(), blankToNull(r.description()), r.debtAmount(),
                ChildrenKnownV1.valueOf(r.childrenKnown().name()), contact(r.contactPerson()), keys);
        return new Accepted(NoticeKind.EARLY_WARNING, event, keys, r.tenure().name(), null,
                r.landlordReference().strip());
    }

    private KeysV1 keys(Address address) {
        PostalCode postalCode = PostalCode.parse(address.postalCode());
        return new KeysV1(tenancyKeys.buildingKey(postalCode, address.street()),
                tenancyKeys.tenancyKey(postalCode, address.street(), address.flatNumber()));
    }

    private static AddressV1 address(Address a) {
        return new AddressV1(a.street().strip(), PostalCode.parse(a.postalCode()).value(), a.city().strip(),
                blankToNull(a.flatNumber()));
    }

    private static ContactV1 contact(Contact c) {
        return new ContactV1(c.name().strip(), blankToNull(c.phone()), blankToNull(c.email()));
    }

    private List<PersonV1> tenants(List<Tenant> tenants) {
        return tenants.stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new PersonV1(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
