package se.bokvar.kronofogden.app.eviction;

import static se.bokvar.kronofogden.app.Text.blankToNull;

import java.time.Clock;
import java.util.List;

import se.bokvar.contracts.v1.ChildrenKnownV1;
import se.bokvar.rules.identity.PersonalIdentityNumber;
import se.bokvar.rules.routing.PostalCode;

/** Brings a notice to its canonical form ({@link NormalizedNotice}): the same notice always normalises the same way. */
final class NoticeNormalizer {

    private NoticeNormalizer() {
    }

    static NormalizedNotice normalize(EvictionNoticeCommand r, Clock clock) {
        List<NormalizedNotice.Tenant> tenants = r.tenants().stream().map(t -> {
            PersonalIdentityNumber pin = PersonalIdentityNumber.parse(t.personalIdentityNumber(), clock);
            return new NormalizedNotice.Tenant(pin.canonical(), pin.isCoordinationNumber(), t.name().strip());
        }).toList();
        EvictionNoticeCommand.Address a = r.address();
        return new NormalizedNotice(r.kfmCaseNumber().strip(), tenants,
                new NormalizedNotice.Address(a.street().strip(), PostalCode.parse(a.postalCode()).value(), a.city().strip(),
                        blankToNull(a.flatNumber())),
                new NormalizedNotice.Applicant(r.applicant().name().strip(),
                        r.applicant().organisationNumber() == null ? null : r.applicant().organisationNumber().replace("-", "")),
                r.evictionAt().toInstant(),
                new NormalizedNotice.Contact(r.kfmContact().name().strip(), blankToNull(r.kfmContact().phone()),
                        blankToNull(r.kfmContact().email())),
                r.childrenKnown() == null ? ChildrenKnownV1.UNKNOWN : r.childrenKnown());
    }
}
