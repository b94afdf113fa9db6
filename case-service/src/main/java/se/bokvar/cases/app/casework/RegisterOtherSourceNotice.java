package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.notice.IncomingNotice;
import se.bokvar.cases.app.notice.RegisterNotice;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.NoticeSource;
import se.bokvar.contracts.v1.AddressV1;
import se.bokvar.contracts.v1.KeysV1;
import se.bokvar.contracts.v1.PersonV1;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.notice.ChildrenKnown;
import se.bokvar.rules.notice.NoticeKind;
import se.bokvar.rules.routing.PostalCode;

/** Registers information from another source (the tenant, a relative, another administration) on the household's case. */
@ApplicationScoped
public class RegisterOtherSourceNotice {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;
    private final RegisterNotice registration;

    @Inject
    public RegisterOtherSourceNotice(CaseTransactions transactions, Clock clock, TenancyKeys keys, ObjectMapper mapper,
            RegisterNotice registration) {
        this.transactions = transactions;
        this.clock = clock;
        this.keys = keys;
        this.mapper = mapper;
        this.registration = registration;
    }

    public Uni<RegisteredNotice> handle(Caller caller, OtherSourceNoticeRequest request) {
        Instant now = clock.instant();
        if (request.receivedAt() != null && request.receivedAt().toInstant().isAfter(now.plusSeconds(60))) {
            throw ProblemException.validation("receivedAt", "must not be in the future");
        }
        PostalCode postalCode = PostalCode.parse(request.address().postalCode());
        String flat = request.address().flatNumber() == null || request.address().flatNumber().isBlank() ? null
                : request.address().flatNumber().strip();
        List<PersonV1> tenants = request.tenants().stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new PersonV1(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
        AddressV1 address = new AddressV1(request.address().street().strip(), postalCode.value(),
                request.address().city(), flat);
        KeysV1 keyPair = new KeysV1(keys.buildingKey(postalCode, address.street()),
                keys.tenancyKey(postalCode, address.street(), flat));
        UUID noticeId = UUID.randomUUID();
        Instant receivedAt = request.receivedAt() == null ? now : request.receivedAt().toInstant();
        String payload;
        try {
            payload = mapper.writeValueAsString(Map.of("description", request.description(), "tenants", tenants,
                    "address", address, "landlordId", request.landlordId() == null ? "" : request.landlordId(),
                    "source", request.source().name()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        IncomingNotice notice = new IncomingNotice(noticeId, NoticeKind.valueOf(request.kind().name()),
                NoticeSource.OTHER, request.source().name(), request.source().name().toLowerCase(Locale.ROOT),
                null, receivedAt, null, tenants, address, keyPair, ChildrenKnown.of(request.childrenKnown()), null,
                null, null, null, null, null, caller.auditName(), payload);
        return transactions.run(session -> registration.handle(session, notice)).map(r -> {
            HouseholdCase c = r.householdCase();
            return new RegisteredNotice(noticeId, CaseAccess.mayRead(caller, c) ? c.id : null, c.board);
        });
    }
}
