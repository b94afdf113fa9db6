package se.bokvar.consent.app;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.CaseAccessRepository;
import se.bokvar.consent.store.CaseAccessRow;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;

/** Finds cases and consents with the access rule ({@link ConsentAccess}) applied: what the caller may not reach is 404. */
@ApplicationScoped
public class ConsentLookup {

    private final ConsentRepository consents;
    private final CaseAccessRepository cases;
    private final StoredJson json;

    @Inject
    public ConsentLookup(ConsentRepository consents, CaseAccessRepository cases, StoredJson json) {
        this.consents = consents;
        this.cases = cases;
        this.json = json;
    }

    /** The case, if the caller may work with it; otherwise a 404 (also for a case never announced). */
    public Uni<CaseAccessRow> caseFor(Mutiny.Session session, Caller caller, UUID caseId) {
        return cases.find(session, caseId).map(c -> {
            if (!ConsentAccess.mayWorkWith(caller, c)) {
                throw ProblemException.notFound("Case " + caseId);
            }
            return c;
        });
    }

    /** Fails with 409 unless the person (by key) is one of the case's persons. */
    public void requireMember(CaseAccessRow access, String personKey) {
        if (!json.personKeys(access).contains(personKey)) {
            throw new ProblemException(ProblemType.CONFLICT, "The person is not one of this case's persons, as"
                    + " case-service last announced them: check the personnummer and the case.",
                    List.of(new Problem.FieldError("personalIdentityNumber", "is not one of the case's persons")));
        }
    }

    /** The consent with its versions, if the caller may work with its case; otherwise a 404. */
    public Uni<LoadedConsent> load(Mutiny.Session session, Caller caller, UUID consentId) {
        return consents.find(session, consentId).flatMap(consent -> {
            if (consent == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Consent " + consentId));
            }
            return cases.find(session, consent.caseId).flatMap(access -> {
                if (!ConsentAccess.mayWorkWith(caller, access)) {
                    return Uni.createFrom().failure(ProblemException.notFound("Consent " + consentId));
                }
                return consents.versions(session, List.of(consentId))
                        .map(v -> new LoadedConsent(consent, access, v.getOrDefault(consentId, List.of())));
            });
        });
    }
}
