package se.bokvar.consent.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.contracts.ConsentEvents;
import se.bokvar.contracts.v1.ConsentChangedV1;
import se.bokvar.contracts.v1.ConsentScopeV1;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.outbox.Outbox;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ChangeKind;
import se.bokvar.rules.consent.ConsentForm;

/**
 * Writes a new version of a consent with its audit record and its {@code se.bokvar.consent.changed.v1} event, in the
 * caller's transaction.
 */
@ApplicationScoped
public class ConsentVersionWriter {

    /**
     * What a new version says.
     *
     * @param scope  the scope from this version on
     * @param before the scope of the version before (empty for version 1)
     */
    public record NewVersion(int version, ChangeKind change, ConsentScope scope, ConsentScope before, ConsentForm form,
            LocalDate givenOn, LocalDate validUntil, String signedFormReference, String note) {
    }

    private final ConsentRepository consents;
    private final StoredJson json;
    private final AuditLog audit;
    private final Outbox outbox;

    @Inject
    public ConsentVersionWriter(ConsentRepository consents, StoredJson json, AuditLog audit, Outbox outbox) {
        this.consents = consents;
        this.json = json;
        this.audit = audit;
        this.outbox = outbox;
    }

    /** The row of a new version, documented by the caller at {@code now}; not yet written. */
    public ConsentVersionRow row(ConsentRow consent, NewVersion v, Caller caller, Instant now) {
        ConsentVersionRow row = new ConsentVersionRow();
        row.id = UUID.randomUUID();
        row.consentId = consent.id;
        row.version = v.version();
        row.change = v.change();
        row.scope = json.write(v.scope());
        row.changes = json.write(ScopeChanges.between(v.before(), v.scope()));
        row.form = v.form();
        row.givenOn = v.givenOn();
        row.validUntil = v.validUntil();
        row.signedFormReference = v.signedFormReference();
        row.note = ScopeInput.blankToNull(v.note());
        row.documentedBy = caller.auditName();
        row.documentedByName = caller.displayName();
        row.recordedAt = OffsetDateTime.ofInstant(now, Stockholm.STOCKHOLM);
        return row;
    }

    /** Writes the version, audits it as {@code action} and puts the event in the outbox. */
    public Uni<Void> append(Mutiny.Session session, Caller caller, String action, ConsentRow consent, ConsentVersionRow v,
            ConsentScope scope) {
        ConsentChangedV1 event = new ConsentChangedV1(consent.id, v.version, consent.caseId, consent.personKey,
                v.change.name(),
                new ConsentScopeV1(scope.parties().stream().map(p -> new ConsentScopeV1.PartyV1(p.kind().name(), p.id(), null)).toList(),
                        scope.purposes().stream().map(Enum::name).toList(),
                        scope.categories().stream().map(Enum::name).toList()),
                v.form == null ? null : v.form.name(), v.validUntil, v.recordedAt.toInstant(), v.documentedBy,
                consent.legalGround.name());
        return consents.insert(session, v)
                .chain(() -> audit.record(session, caller, action, "consent", LoadedConsent.ids(consent), "version " + v.version))
                .chain(() -> outbox.append(session, ConsentEvents.CHANGED, consent.personKey, consent.id.toString(), event))
                .replaceWithVoid();
    }

    /** Nudges the outbox relay once the transaction has committed. */
    public void committed() {
        outbox.nudge();
    }
}
