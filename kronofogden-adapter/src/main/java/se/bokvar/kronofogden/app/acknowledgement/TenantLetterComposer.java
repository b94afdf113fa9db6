package se.bokvar.kronofogden.app.acknowledgement;

import static se.bokvar.kronofogden.app.Text.blankToNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.ResponsibleCaseworkerNamedV1;
import se.bokvar.kronofogden.app.eviction.NormalizedNotice;
import se.bokvar.kronofogden.store.letterchannel.LetterMessage;
import se.bokvar.rules.routing.PostalCode;

/** Writes the tenants' copies of an acknowledgement: who gets one, and the letter each gets. */
@ApplicationScoped
public class TenantLetterComposer {

    private final TenantLetterTemplate template;
    private final String senderName;

    @Inject
    public TenantLetterComposer(TenantLetterTemplate template, @ConfigProperty(name = "bokvar.letter.sender") String senderName) {
        this.template = template;
        this.senderName = senderName;
    }

    /** The letter to one recipient, as HTML. */
    String render(ResponsibleCaseworkerNamedV1 named, NormalizedNotice stored, LetterMessage.Recipient recipient,
            OffsetDateTime evictionAt, Instant namedAt, Instant now) {
        return template.render(letterView(named, stored, recipient, evictionAt, namedAt, now));
    }

    private LetterView letterView(ResponsibleCaseworkerNamedV1 named, NormalizedNotice stored, LetterMessage.Recipient recipient,
            OffsetDateTime evictionAt, Instant namedAt, Instant now) {
        CaseworkerV1 cw = named.caseworker();
        LetterMessage.Address a = recipient.address();
        String postalCode = PostalCode.parse(a.postalCode()).formatted();
        String street = a.flatNumber() == null ? a.street() : a.street() + ", lgh " + a.flatNumber();
        boolean updated = named.sequence() > 1;
        LetterView.KfmContact kfm = stored == null ? null
                : new LetterView.KfmContact(stored.kfmContact().name(), stored.kfmContact().phone(), stored.kfmContact().email());
        return new LetterView(TenantLetterTemplate.subject(updated), updated, senderName, cw.unit(), TenantLetterTemplate.date(now),
                named.caseId().toString(), named.kfmCaseNumber(),
                new LetterView.Recipient(recipient.name(), street, postalCode, a.city()),
                street + ", " + postalCode + " " + a.city(),
                evictionAt == null ? "ett datum som Kronofogden meddelar" : TenantLetterTemplate.day(evictionAt),
                evictionAt == null ? "–" : TenantLetterTemplate.time(evictionAt),
                TenantLetterTemplate.date(namedAt),
                new LetterView.Caseworker(cw.name(), cw.unit(), blankToNull(cw.phone()), blankToNull(cw.email())), kfm);
    }

    /** The tenants as Kronofogden named them (the adapter's own notice), else as case-service sent them. */
    static List<LetterMessage.Recipient> recipients(ResponsibleCaseworkerNamedV1 named, NormalizedNotice stored) {
        if (stored != null) {
            NormalizedNotice.Address a = stored.address();
            LetterMessage.Address address = new LetterMessage.Address(a.street(), a.postalCode(), a.city(), a.flatNumber());
            return stored.tenants().stream()
                    .map(t -> new LetterMessage.Recipient(t.name(), t.personalIdentityNumber(), address)).toList();
        }
        if (named.tenants() == null || named.address() == null) {
            return List.of();
        }
        LetterMessage.Address address = new LetterMessage.Address(named.address().street(), named.address().postalCode(),
                named.address().city(), named.address().flatNumber());
        return named.tenants().stream()
                .map(t -> new LetterMessage.Recipient(t.name(), t.personalIdentityNumber(), address)).toList();
    }
}
