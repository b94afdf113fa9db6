package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.store.consent.ConsentGate;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Disclosure;
import se.bokvar.rules.casework.StepFields;
import se.bokvar.rules.casework.StepRules;

/**
 * Records a checklist step (handbook ch. 6–7) under the legal-rules {@link StepRules}: the kind's fields
 * ({@link StepFields}), the lifecycle, the adult's agreement to an investigation, the unannounced home visit, no
 * investigative steps or individual support before the investigation. A step that discloses something
 * ({@link Disclosure}) asks consent-service first, outside any database transaction, forwarding the caseworker's
 * token; the decision is recorded on the step, and a step without an ALLOW is recorded as REFUSED (the attempt and
 * the decision), and nothing is disclosed.
 */
@ApplicationScoped
public class RecordStep {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final StepChecks checks;
    private final StepConsent consentQuestions;
    private final ConsentGate consent;
    private final StepRecording recording;

    @Inject
    public RecordStep(CaseTransactions transactions, Clock clock, StepChecks checks, StepConsent consentQuestions,
            ConsentGate consent, StepRecording recording) {
        this.transactions = transactions;
        this.clock = clock;
        this.checks = checks;
        this.consentQuestions = consentQuestions;
        this.consent = consent;
        this.recording = recording;
    }

    /**
     * What happened: the step (DONE or REFUSED), and for a refused disclosure why (the resource answers 403
     * consent-required or 503 dependency-unavailable after the attempt was committed).
     */
    public record Recorded(StepResult result, Refusal refusal) {
    }

    /**
     * Why consent-service's answer did not allow the disclosure.
     *
     * @param unavailable consent-service did not answer (rather than denied)
     */
    public record Refusal(boolean unavailable, String reason) {
    }

    public Uni<Recorded> handle(Caller caller, String authorization, UUID caseId, StepRequest request) {
        Instant now = clock.instant();
        StepChecks.validate(request, now);
        // 1. check the rules on the current state and find out whether consent is needed (no lock held)
        return transactions.read(session -> CaseAccess.visible(session, caller, caseId)
                .flatMap(c -> checks.check(session, caller, c, request)
                        .flatMap(v -> consentQuestions.question(session, c, request))))
                // 2. ask consent-service, outside any transaction
                .flatMap(question -> question == null ? Uni.createFrom().item((ConsentGate.Decision) null)
                        : consent.decide(authorization, caseId, question.personalIdentityNumber(), question.disclosure(),
                                question.partyKind(), question.partyId()))
                // 3. record, with the case locked and the rules checked again
                .flatMap(decision -> transactions.run(session -> CaseTransactions.locked(session, caller, caseId,
                        CaseAccess::mayRecordSteps, "record steps")
                        .flatMap(c -> checks.check(session, caller, c, request)
                                .flatMap(v -> recording.save(session, caller, c, request, decision, now)))));
    }
}
