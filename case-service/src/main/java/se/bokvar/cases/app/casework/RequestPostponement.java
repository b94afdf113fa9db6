package se.bokvar.cases.app.casework;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.app.CaseAnnouncements;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.app.duty.CaseworkerContracts;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.PostponementRequest;
import se.bokvar.contracts.v1.CaseworkerV1;
import se.bokvar.contracts.v1.PostponementRequestedV1;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.problem.ProblemType;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.directory.CaseworkerDirectory;

/**
 * Asks Kronofogden to postpone an eviction (anstånd): recorded, on the timeline, and announced
 * (POSTPONEMENT_REQUESTED) for kronofogden-adapter to deliver; its answer comes back as a delivery event.
 */
@ApplicationScoped
public class RequestPostponement {

    private final CaseTransactions transactions;
    private final Clock clock;
    private final CaseworkerDirectory directory;
    private final CaseAnnouncements announcements;
    private final Timeline timeline;

    @Inject
    public RequestPostponement(CaseTransactions transactions, Clock clock, CaseworkerDirectory directory,
            CaseAnnouncements announcements, Timeline timeline) {
        this.transactions = transactions;
        this.clock = clock;
        this.directory = directory;
        this.announcements = announcements;
        this.timeline = timeline;
    }

    public Uni<UUID> handle(Caller caller, UUID caseId, PostponementRequestBody request) {
        return transactions.run(session -> CaseTransactions.locked(session, caller, caseId, CaseAccess::mayManage,
                "request postponements")
                .flatMap(c -> {
                    CaseTransactions.requireOpen(c);
                    return session.find(KfmEviction.class, new KfmEviction.Key(c.id, request.kfmCaseNumber())).flatMap(k -> {
                        if (k == null) {
                            throw ProblemException.validation("kfmCaseNumber", "is not an eviction case of this case");
                        }
                        if (k.cancelled() || k.status == KfmEviction.Status.CARRIED_OUT) {
                            throw new ProblemException(ProblemType.CONFLICT,
                                    "The eviction is " + k.status + ": there is nothing to postpone.");
                        }
                        PostponementRequest p = new PostponementRequest();
                        p.id = UUID.randomUUID();
                        p.caseId = c.id;
                        p.kfmCaseNumber = k.kfmCaseNumber;
                        p.grounds = request.grounds();
                        p.motivation = request.motivation();
                        p.requestedBy = caller.auditName();
                        p.requestedAt = OffsetDateTime.now(clock);
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
                                        caller.auditName(), p.id.toString(), Map.of("motivation", p.motivation)))
                                .replaceWith(p.id);
                    });
                }));
    }
}
