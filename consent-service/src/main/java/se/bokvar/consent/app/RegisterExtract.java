package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.AuditRecordRepository;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.consent.store.ConsentRow;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.InvalidPersonalIdentityNumberException;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * consent-service's part of a person's register extract (GDPR art. 15; docs/register-extract.md): every consent
 * record of the person on any case, with every version, and every disclosure question asked about the person with
 * its answer. Read and audited ({@code register.extract}, resource type {@code person}, the person key and the stated
 * purpose) in one transaction, also when nothing is found.
 * <p>
 * Unlike every other supervisor access in this service, which reaches only the cases of the supervisor's own board
 * ({@link ConsentAccess}), the extract covers the <b>whole municipality</b>: the municipality as controller answers for
 * everything it holds. The stated purpose and the audit record guard it.
 */
@ApplicationScoped
public class RegisterExtract {

    public static final String SERVICE = "consent-service";
    public static final String ACTION = "register.extract";
    /** The kinds of record the extract looks in, always all of them. */
    public static final List<String> HOLDS = List.of(ExtractRecords.CONSENT, ExtractRecords.DISCLOSURE_DECISION);

    private static final Comparator<ExtractRecord> OLDEST_FIRST = Comparator.comparing(ExtractRecord::at)
            .thenComparing(ExtractRecord::kind).thenComparing(ExtractRecord::id);

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentRepository consents;
    private final AuditRecordRepository trail;
    private final ExtractRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final TenancyKeys keys;

    @Inject
    public RegisterExtract(Mutiny.SessionFactory sessionFactory, ConsentRepository consents, AuditRecordRepository trail,
            ExtractRecords records, AuditLog audit, Clock clock, TenancyKeys keys) {
        this.sessionFactory = sessionFactory;
        this.consents = consents;
        this.trail = trail;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.keys = keys;
    }

    /** The extract; the request is valid (bean validation), the caller a supervisor. */
    public Uni<ServiceExtract> extract(Caller caller, ExtractRequest request) {
        PersonalIdentityNumber person;
        try {
            person = PersonalIdentityNumber.parse(request.personalIdentityNumber(), clock);
        } catch (InvalidPersonalIdentityNumberException e) {
            // validated already; only a change of day between validation and here could get here
            return Uni.createFrom().failure(InvalidInput.of(List.of(new Problem.FieldError("personalIdentityNumber",
                    "is not a valid personnummer or samordningsnummer"))));
        }
        String subject = person.canonical();
        String personKey = keys.personKey(person);
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> consents.ofPerson(session, personKey, subject)
                .flatMap(found -> consents.versions(session, found.stream().map(c -> c.id).toList())
                        .flatMap(versions -> trail.naming(session, "consent.decision", personKey).flatMap(decisions -> {
                            List<ExtractRecord> all = new ArrayList<>();
                            found.forEach(c -> all.add(records.consent(c, versions.getOrDefault(c.id, List.of()), subject, now)));
                            decisions.forEach(d -> all.add(records.decision(d, personKey, subject)));
                            all.sort(OLDEST_FIRST);
                            return audit.record(session, caller, ACTION, "person", auditIds(personKey, found),
                                    request.purpose().strip())
                                    .map(x -> new ServiceExtract(SERVICE, now, subject, all, HOLDS));
                        }))));
    }

    /** The person key first, then (as a listing names what it showed) the consents and cases the extract showed. */
    static List<String> auditIds(String personKey, List<ConsentRow> found) {
        List<String> ids = new ArrayList<>();
        ids.add(personKey);
        found.forEach(c -> ids.add(c.id.toString()));
        found.forEach(c -> {
            if (!ids.contains(c.caseId.toString())) {
                ids.add(c.caseId.toString());
            }
        });
        return ids;
    }
}
