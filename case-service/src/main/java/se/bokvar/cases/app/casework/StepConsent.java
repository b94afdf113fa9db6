package se.bokvar.cases.app.casework;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.CasePerson;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.casework.Disclosure;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * Which consent a disclosure needs before it is made (a step, or a postponement request to Kronofogden): the
 * disclosure, whose consent it rests on, and the party.
 */
@ApplicationScoped
public class StepConsent {

    /** What consent a step needs: the disclosure, whose consent, which party. */
    record Question(Disclosure disclosure, String personalIdentityNumber, String partyKind, String partyId) {
    }

    private final CaseFileStore files;
    private final Clock clock;

    @Inject
    public StepConsent(CaseFileStore files, Clock clock) {
        this.files = files;
        this.clock = clock;
    }

    /** The question for consent-service, or null when the step discloses nothing. */
    Uni<Question> question(Mutiny.Session session, HouseholdCase c, StepRequest r) {
        return switch (r.kind()) {
            case CONTACT_OTHER_ADMINISTRATION -> question(session, c, r, Disclosure.CONTACT_ADMINISTRATION,
                    "OTHER_ADMINISTRATION", r.administration());
            case INFORM_LANDLORD_PLANNED_SUPPORT -> question(session, c, r, Disclosure.INFORM_PLANNED_SUPPORT, "LANDLORD",
                    r.landlordId());
            case PAYMENT_COMMITMENT -> question(session, c, r, Disclosure.PAYMENT_COMMITMENT, "LANDLORD", r.landlordId());
            case FOLLOW_UP -> question(session, c, r, Disclosure.FOLLOW_UP, r.party().kind(), r.party().id());
            case LANDLORD_CONTACTED -> files.landlordReported(session, c.id, r.landlordId()).flatMap(reported -> Disclosure
                    .forLandlordContact(r.landlordContact(), reported)
                    .map(d -> question(session, c, r, d, "LANDLORD", r.landlordId()))
                    .orElseGet(() -> Uni.createFrom().nullItem()));
            default -> Uni.createFrom().nullItem();
        };
    }

    private Uni<Question> question(Mutiny.Session session, HouseholdCase c, StepRequest r, Disclosure d,
            String partyKind, String partyId) {
        return question(session, c, r.personalIdentityNumber(), d, partyKind, partyId);
    }

    /**
     * The question for a disclosure resting on the consent of {@code personalIdentityNumber} (a member of the
     * household, any accepted form), or of the first tenant when null.
     */
    Uni<Question> question(Mutiny.Session session, HouseholdCase c, String personalIdentityNumber, Disclosure d,
            String partyKind, String partyId) {
        return files.peopleTenantsFirst(session, c.id).map(people -> {
            String pin;
            if (personalIdentityNumber != null) {
                String canonical = PersonalIdentityNumber.parse(personalIdentityNumber, clock).canonical();
                if (people.stream().noneMatch(p -> p.personalIdentityNumber.equals(canonical))) {
                    throw ProblemException.validation("personalIdentityNumber", "is not a member of this household");
                }
                pin = canonical;
            } else {
                pin = people.stream().filter(p -> p.role == CasePerson.Role.TENANT).findFirst()
                        .or(() -> people.stream().findFirst())
                        .map(p -> p.personalIdentityNumber)
                        .orElseThrow(() -> ProblemException.validation("personalIdentityNumber",
                                "is required: the case names nobody whose consent the disclosure could rest on"));
            }
            return new Question(d, pin, partyKind, partyId);
        });
    }
}
