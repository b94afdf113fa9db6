package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.duty.CaseworkerContracts;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.PostponementRequest;
import se.bokvar.cases.store.consent.ConsentGate;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.casework.Disclosure;
import se.bokvar.rules.consent.PartyKind;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Asks Kronofogden to postpone an eviction (anstånd): recorded, on the timeline, and announced
 * (POSTPONEMENT_REQUESTED) for kronofogden-adapter to deliver; its answer comes back as a delivery event.
 *
 * <p>The request tells another authority about the household (the grounds, and a free-text motivation), so it is a
 * disclosure ({@link Disclosure#forPostponement}) like the checklist's: consent-service is asked first, outside any
 * database transaction, with the caseworker's own token, and anything but an ALLOW refuses it. A refused request is
 * recorded on the timeline (the attempt and the decision) and nothing is announced, so nothing reaches Kronofogden.
 */
@ApplicationScoped
public class RequestPostponement {

    private static final String MANAGE = "request postponements";

    private final CaseTransactions transactions;
    private final Clock clock;
    private final CaseworkerDirectory directory;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;
    private final StepConsent consentQuestions;
    private final ConsentGate consent;

    @Inject
    public RequestPostponement(CaseTransactions transactions, Clock clock, CaseworkerDirectory directory,
            CaseAnnouncements announcements, Timeline timeline, StepConsent consentQuestions, ConsentGate consent) {
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
        this.announcements = announcements;
        this.timeline = timeline;
        this.consentQuestions = consentQuestions;
        this.consent = consent;
    }

    /**
     * What happened: the request's id, or why consent-service's answer did not allow it (the resource answers 403
     * consent-required or 503 dependency-unavailable after the refused attempt was committed).
     */
    public record Outcome(UUID requestId, RecordStep.Refusal refusal) {
    }

    public Uni<Outcome> handle(Caller caller, String authorization, UUID caseId, PostponementRequestBody request) {
        Disclosure disclosure = Disclosure.forPostponement(request.grounds());
        String party = disclosure.partyKind().orElseThrow();
        String partyId = PartyKind.valueOf(party).fixedId();
        // 1. check the request on the current state and find whose consent it rests on (no lock held)
        return transactions.read(session -> CaseTransactions.permitted(session, caller, caseId, CaseAccess::mayManage, MANAGE)
                .flatMap(c -> eviction(session, c, request)
                        .flatMap(k -> consentQuestions.question(session, c, request.personalIdentityNumber(), disclosure,
                                party, partyId))))
                // 2. ask consent-service, outside any transaction
                .flatMap(question -> consent.decide(authorization, caseId, question.personalIdentityNumber(),
                        question.disclosure(), question.partyKind(), question.partyId()))
                // 3. record, with the case locked and the request checked again
                .flatMap(decision -> transactions.run(session -> CaseTransactions.locked(session, caller, caseId,
                        CaseAccess::mayManage, MANAGE)
                        .flatMap(c -> eviction(session, c, request)
                                .flatMap(k -> decision.allowed() ? record(session, caller, c, k, request, decision)
                                        : refuse(session, caller, c, k, request, decision)))));
    }

    /** The eviction the request is about: open, of this case, neither cancelled nor carried out. */
    private static Uni<KfmEviction> eviction(Mutiny.Session session, HouseholdCase c, PostponementRequestBody request) {
        CaseTransactions.requireOpen(c);
        return session.find(KfmEviction.class, new KfmEviction.Key(c.id, request.kfmCaseNumber())).map(k -> {
            if (k == null) {
                throw ProblemException.validation("kfmCaseNumber", "is not an eviction case of this case");
            }
            if (k.cancelled() || k.status == KfmEviction.Status.CARRIED_OUT) {
                throw new ProblemException(ProblemType.CONFLICT,
                        "The eviction is " + k.status + ": there is nothing to postpone.");
            }
            return k;
        });
    }

    private Uni<Outcome> refuse(Mutiny.Session session, Caller caller, HouseholdCase c, KfmEviction k,
            PostponementRequestBody request, ConsentGate.Decision decision) {
        return timeline.add(session, c.id, "POSTPONEMENT_REFUSED", "Postponement (anstånd) not requested from Kronofogden: "
                + decision.answer() + " from consent-service (" + decision.reason() + ")", caller.auditName(), k.kfmCaseNumber,
                Map.of("grounds", request.grounds(), "decision", decision.answer().name()))
                .replaceWith(new Outcome(null,
                        new RecordStep.Refusal(decision.answer() == ConsentGate.Answer.UNAVAILABLE, decision.reason())));
    }

    private Uni<Outcome> record(Mutiny.Session session, Caller caller, HouseholdCase c, KfmEviction k,
            PostponementRequestBody request, ConsentGate.Decision decision) {
        PostponementRequest p = new PostponementRequest();
        p.id = UUID.randomUUID();
        p.caseId = c.id;
        p.kfmCaseNumber = k.kfmCaseNumber;
        p.grounds = request.grounds();
        p.motivation = request.motivation();
        p.requestedBy = caller.auditName();
        p.requestedAt = OffsetDateTime.now(clock);
        p.consentId = decision.consentId();
        p.consentVersion = decision.consentVersion();
        p.consentReason = decision.reason();
        CaseworkerV1 by = directory.find(caller.username())
                .map(CaseworkerContracts::of)
                .orElseGet(() -> new CaseworkerV1(caller.username(),
                        caller.displayName() == null ? caller.username() : caller.displayName(),
                        null, null, c.board));
        return session.persist(p)
                .flatMap(v -> announcements.postponementRequested(session, c,
                        new PostponementRequestedV1(p.id, c.id, k.kfmCaseNumber, p.grounds.name(), p.motivation,
                                by, p.requestedAt.toInstant())))
                .flatMap(v -> timeline.add(session, c.id, "POSTPONEMENT_REQUESTED",
                        "Postponement (anstånd) requested from Kronofogden: " + p.grounds,
                        caller.auditName(), p.id.toString(), Map.of("motivation", p.motivation,
                                "consentId", String.valueOf(p.consentId), "consentVersion", String.valueOf(p.consentVersion))))
                .replaceWith(new Outcome(p.id, null));
    }
}
