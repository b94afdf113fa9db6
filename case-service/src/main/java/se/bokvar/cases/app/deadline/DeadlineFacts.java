package se.bokvar.cases.app.deadline;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.store.CaseNotice;
import se.bokvar.cases.store.CaseStep;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.cases.store.KfmEviction;
import se.bokvar.cases.store.NoticeRevision;
import se.bokvar.cases.store.PreAssessmentExtension;
import se.bokvar.cases.store.deadline.DeadlineStore;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.casework.StepKind;
import se.bokvar.rules.deadline.DeadlineEngine.Facts;
import se.bokvar.rules.deadline.DeadlineEngine.PeriodBasis;
import se.bokvar.rules.deadline.DeadlineEngine;
import se.bokvar.rules.deadline.PreAssessment;
import se.bokvar.rules.deadline.TenureKind;

/** The facts the legal-rules {@link DeadlineEngine} computes a case's deadlines from, assembled from its stored rows. */
@ApplicationScoped
public class DeadlineFacts {

    private final DeadlineStore store;
    private final Clock clock;
    private final ObjectMapper mapper;

    @Inject
    public DeadlineFacts(DeadlineStore store, Clock clock, ObjectMapper mapper) {
        this.store = store;
        this.clock = clock;
        this.mapper = mapper;
    }

    /** Loads the stored facts the engine needs. */
    public Uni<Facts> of(Mutiny.Session session, HouseholdCase c) {
        return store.facts(session, c.id, c.openedInThisTransaction).map(f -> assemble(c, f.terminations(), f.revisions(), f.extensions(), f.steps(),
                f.evictions()));
    }

    Facts assemble(HouseholdCase c, List<CaseNotice> notices, Map<UUID, List<NoticeRevision>> revisions,
            List<PreAssessmentExtension> extensions, List<CaseStep> steps, List<KfmEviction> evictions) {
        List<DeadlineEngine.Termination> terminations = new ArrayList<>();
        for (CaseNotice n : notices) {
            List<PeriodBasis> versions = periodBases(n, revisions.getOrDefault(n.id, List.of()));
            LocalDate withdrawnOn = n.active() || n.withdrawnAt == null ? null : Stockholm.dateOf(n.withdrawnAt.toInstant());
            if (!n.active() && withdrawnOn == null) {
                withdrawnOn = Stockholm.dateOf(clock.instant());
            }
            terminations.add(new DeadlineEngine.Termination(n.id.toString(), versions, withdrawnOn));
        }
        LocalDate investigationOn = null;
        LocalDate commitmentOn = null;
        Map<String, Instant> attended = new LinkedHashMap<>();
        for (CaseStep s : steps) {
            LocalDate day = Stockholm.dateOf(s.performedAt.toInstant());
            if (s.kind == StepKind.INVESTIGATION_OPENED && investigationOn == null) {
                investigationOn = day;
            } else if (s.kind == StepKind.PAYMENT_COMMITMENT && commitmentOn == null) {
                commitmentOn = day;
            } else if (s.kind == StepKind.EVICTION_ATTENDANCE && s.kfmCaseNumber != null
                    && attendanceCounts(s)) {
                attended.putIfAbsent(s.kfmCaseNumber, s.performedAt.toInstant());
            }
        }
        List<DeadlineEngine.Eviction> kfm = evictions.stream().map(k -> new DeadlineEngine.Eviction(k.kfmCaseNumber,
                k.receivedAt.toInstant(), k.evictionAt == null ? null : k.evictionAt.toInstant(), k.cancelled(),
                k.ackStatus == KfmEviction.Acknowledgement.CONFIRMED && k.ackAt != null ? k.ackAt.toInstant() : null,
                k.ackStatus == KfmEviction.Acknowledgement.OVERDUE, attended.get(k.kfmCaseNumber))).toList();
        List<PreAssessment.Extension> ext = extensions.stream()
                .map(e -> new PreAssessment.Extension(e.newLimit, e.reason)).toList();
        return new Facts(Stockholm.dateOf(c.openedAt.toInstant()), ext, investigationOn, terminations, commitmentOn,
                kfm, c.closedAt == null ? null : c.closedAt.toInstant());
    }

    private boolean attendanceCounts(CaseStep s) {
        try {
            var node = mapper.readTree(s.details);
            return node.path("attended").asBoolean(false) || node.path("agreedOtherwiseWithKronofogden").asBoolean(false);
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /**
     * The versions a recovery period is computed from: the original and each correction count from their own
     * receipt (NJA 1985 s. 586); a served-date update keeps the receipt it updates; a withdrawal is no version.
     */
    static List<PeriodBasis> periodBases(CaseNotice n, List<NoticeRevision> revisions) {
        List<PeriodBasis> versions = new ArrayList<>();
        LocalDate countingReceipt = null;
        for (NoticeRevision r : revisions) {
            TenureKind tenure = tenure(r.tenure != null ? r.tenure : n.tenure);
            switch (r.change) {
                case ORIGINAL, CORRECTION -> {
                    countingReceipt = Stockholm.dateOf(r.receivedAt.toInstant());
                    versions.add(new PeriodBasis(tenure, r.servedOn, countingReceipt));
                }
                case SERVED_DATE -> {
                    LocalDate receipt = countingReceipt != null ? countingReceipt
                            : Stockholm.dateOf(n.countingReceivedAt.toInstant());
                    versions.add(new PeriodBasis(tenure, r.servedOn, receipt));
                }
                default -> {
                    // a withdrawal changes no period
                }
            }
        }
        if (versions.isEmpty()) {
            versions.add(new PeriodBasis(tenure(n.tenure), n.servedOn, Stockholm.dateOf(n.countingReceivedAt.toInstant())));
        }
        return versions;
    }

    static TenureKind tenure(String tenure) {
        if (tenure == null) {
            return TenureKind.RENTAL;
        }
        return TenureKind.valueOf(tenure);
    }
}
