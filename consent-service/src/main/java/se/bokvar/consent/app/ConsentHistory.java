package se.bokvar.consent.app;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.consent.store.ConsentRow;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ConsentRecord;
import se.bokvar.rules.consent.ConsentVersion;

/** A consent's stored rows as the app shows them ({@link RecordedConsent}) and as the rules read them. */
@ApplicationScoped
public class ConsentHistory {

    private final StoredJson json;

    @Inject
    public ConsentHistory(StoredJson json) {
        this.json = json;
    }

    /** The consent as shown at {@code now}: its status, its current version and (if asked) every version. */
    public RecordedConsent view(ConsentRow c, List<ConsentVersionRow> versions, boolean withHistory, Instant now) {
        ConsentVersionRow current = versions.get(versions.size() - 1);
        ConsentStatus status = ConsentStatus.of(current.change, current.validUntil, Stockholm.dateOf(now));
        return new RecordedConsent(c.id, c.caseId, c.personalIdentityNumber, c.legalGround, status,
                c.createdAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime(), c.createdBy, version(current),
                withHistory ? versions.stream().map(this::version).toList() : null);
    }

    /** The rule's view of a record. */
    public ConsentRecord record(ConsentRow consent, List<ConsentVersionRow> versions) {
        return new ConsentRecord(consent.id, consent.legalGround, versions.stream().map(this::ruleVersion).toList());
    }

    /** The rule's view of a version. */
    public ConsentVersion ruleVersion(ConsentVersionRow row) {
        return new ConsentVersion(row.version, row.change, json.scope(row).toScope(), row.form, row.givenOn,
                row.validUntil, row.recordedAt.toInstant());
    }

    public ConsentScope scope(ConsentVersionRow row) {
        return json.scope(row);
    }

    /** One version as shown (also in the register extract). */
    RecordedVersion version(ConsentVersionRow v) {
        ScopeChanges changes = json.changes(v);
        return new RecordedVersion(v.version, v.change, json.scope(v), changes.added(), changes.removed(), v.form,
                v.givenOn, v.validUntil, v.signedFormReference, v.note, v.documentedBy, v.documentedByName,
                v.recordedAt.atZoneSameInstant(Stockholm.STOCKHOLM).toOffsetDateTime());
    }
}
