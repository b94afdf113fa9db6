package se.bokvar.cases.app.casework;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.StepFields;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.casework.StepRules;
import se.bokvar.rules.casework.Violation;

/** A step's fields (400) and the rules that depend on the case (403, 409), checked before and again when recording. */
@ApplicationScoped
public class StepChecks {

    public static final URI STEP_REFUSED = URI.create("https://bokvar.se/problems/step-refused");
    static final Set<StepKind> CHILDREN_UNIT_STEPS = Set.of(StepKind.CHILDREN_CONVERSATION, StepKind.EVICTION_ATTENDANCE);

    private final CaseFileStore files;

    @Inject
    public StepChecks(CaseFileStore files) {
        this.files = files;
    }

    /** The kind's fields (legal-rules {@link StepFields}): every fault in one 400. */
    static void validate(StepRequest r, Instant now) {
        List<Problem.FieldError> invalid = fields(r).violations(now).stream()
                .map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        if (!invalid.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    invalid.size() == 1 ? "1 field is invalid" : invalid.size() + " fields are invalid", invalid);
        }
    }

    static StepFields fields(StepRequest r) {
        return new StepFields(r.kind(), r.performedAt() == null ? null : r.performedAt().toInstant(), r.method(),
                r.reached(), r.landlordId(), r.landlordContact(), r.sentAt() == null ? null : r.sentAt().toInstant(),
                r.letterReference(), r.administration(), r.adultAgreement(), r.support() != null, r.held(), r.reason(),
                r.kfmCaseNumber(), r.attended(), r.childrenUnitAttended(), r.agreedOtherwiseWithKronofogden(),
                r.party() != null, r.party() == null ? null : r.party().kind(), r.purpose());
    }

    /** The rules that depend on the case: who may, the lifecycle, the adult's agreement, the unannounced visit. */
    Uni<Void> check(Mutiny.Session session, Caller caller, HouseholdCase c, StepRequest r) {
        if (!CaseAccess.mayManage(caller, c) && !CHILDREN_UNIT_STEPS.contains(r.kind())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "The children-and-youth unit records the conversation with the parents and its attendance at evictions; "
                            + "the adult unit records the other steps.");
        }
        List<Violation> violations = new ArrayList<>(StepRules.allowedIn(r.kind(), c.status));
        if (r.kind() == StepKind.INVESTIGATION_OPENED) {
            violations.addAll(StepRules.investigation(Boolean.TRUE.equals(r.adultAgreement())));
        }
        Uni<Void> more = Uni.createFrom().voidItem();
        if (r.kind() == StepKind.TENANT_CONTACT && r.method() == ContactMethod.UNANNOUNCED_HOME_VISIT) {
            more = files.failedContactAttempts(session, c.id).invoke(failed ->
                    violations.addAll(StepRules.unannouncedHomeVisit(failed, r.assessment(), r.purpose()))).replaceWithVoid();
        }
        if (r.kind() == StepKind.EVICTION_ATTENDANCE) {
            more = more.flatMap(v -> session.find(KfmEviction.class, new KfmEviction.Key(c.id, r.kfmCaseNumber()))
                    .invoke(k -> {
                        if (k == null) {
                            throw ProblemException.validation("kfmCaseNumber", "is not an eviction case of this case");
                        }
                    }).replaceWithVoid());
        }
        return more.invoke(() -> {
            if (!violations.isEmpty()) {
                throw refused(violations);
            }
        });
    }

    static ProblemException refused(List<Violation> violations) {
        List<Problem.FieldError> errors = violations.stream().map(v -> new Problem.FieldError(v.field(), v.message())).toList();
        String detail = String.join("; ", violations.stream().map(Violation::message).toList());
        return new ProblemException(new Problem(STEP_REFUSED, "The handbook's rules do not allow this step", 409,
                detail, null, errors));
    }
}
