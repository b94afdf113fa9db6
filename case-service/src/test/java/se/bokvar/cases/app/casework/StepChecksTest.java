package se.bokvar.cases.app.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.bokvar.platform.problem.Problem;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.rules.casework.ContactMethod;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.casework.StepRules.VisitPurpose;
import se.bokvar.rules.casework.Violation;

/** How a step request becomes the legal-rules fields and a 400 or 409 (plain JUnit, no Quarkus). */
class StepChecksTest {

    static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    static StepRequest step(StepKind kind, ContactMethod method, Boolean reached, VisitPurpose purpose,
            OffsetDateTime performedAt, StepRequest.Party party) {
        return new StepRequest(kind, performedAt, null, null, null, null, null, null, null, null, null, null, method,
                reached, null, purpose, null, null, null, null, null, null, null, null, null, null, null, party);
    }

    static List<Problem.FieldError> errors(StepRequest r) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> StepChecks.validate(r, NOW));
        assertThat(e).as("a 400 for " + r.kind()).isNotNull();
        assertThat(e.problem().status()).isEqualTo(400);
        return e.problem().errors();
    }

    @Test
    void everyMissingFieldIsNamedInOneValidationProblem() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> StepChecks.validate(step(StepKind.TENANT_CONTACT, null, null, null, null, null), NOW));
        assertThat(e.problem().detail()).isEqualTo("2 fields are invalid");
        assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("method", "reached");
    }

    @Test
    void oneInvalidFieldIsCountedInTheSingular() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> StepChecks.validate(step(
                StepKind.ACTION_PLAN, null, null, null, OffsetDateTime.ofInstant(NOW.plusSeconds(3600), ZoneOffset.UTC), null),
                NOW));
        assertThat(e.problem().detail()).isEqualTo("1 field is invalid");
        assertThat(e.problem().errors()).containsExactly(new Problem.FieldError("performedAt", "must not be in the future"));
    }

    @Test
    void aCompleteStepPasses() {
        StepChecks.validate(step(StepKind.TENANT_CONTACT, ContactMethod.PHONE, true, null, null, null), NOW);
        StepChecks.validate(step(StepKind.FOLLOW_UP, null, null, null, null, new StepRequest.Party("NAMED_PARTY", "household")),
                NOW);
    }

    @Test
    void theRequestMapsOntoTheRuleFields() {
        var fields = StepChecks.fields(step(StepKind.FOLLOW_UP, ContactMethod.UNANNOUNCED_HOME_VISIT, false,
                VisitPurpose.OTHER, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC), new StepRequest.Party("LANDLORD", "l-1")));
        assertThat(fields.kind()).isEqualTo(StepKind.FOLLOW_UP);
        assertThat(fields.performedAt()).isEqualTo(NOW);
        assertThat(fields.method()).isEqualTo(ContactMethod.UNANNOUNCED_HOME_VISIT);
        assertThat(fields.reached()).isFalse();
        assertThat(fields.purpose()).isEqualTo(VisitPurpose.OTHER);
        assertThat(fields.partyNamed()).isTrue();
        assertThat(fields.partyKind()).isEqualTo("LANDLORD");
        assertThat(fields.supportNamed()).isFalse();
        assertThat(errors(step(StepKind.FOLLOW_UP, null, null, null, null, new StepRequest.Party("NEIGHBOUR", "x"))))
                .extracting(Problem.FieldError::field).containsExactly("party.kind");
    }

    @Test
    void aRefusalByTheHandbooksRulesIsA409NamingEveryRule() {
        ProblemException e = StepChecks.refused(List.of(new Violation("kind", "first"), new Violation("purpose", "second")));
        assertThat(e.problem().status()).isEqualTo(409);
        assertThat(e.problem().type()).isEqualTo(StepChecks.STEP_REFUSED);
        assertThat(e.problem().detail()).isEqualTo("first; second");
        assertThat(e.problem().errors()).containsExactly(new Problem.FieldError("kind", "first"),
                new Problem.FieldError("purpose", "second"));
        assertThatThrownBy(() -> {
            throw e;
        }).isInstanceOf(ProblemException.class);
    }
}
