package se.bokvar.cases.app.notice;

import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.Timeline;
import se.bokvar.cases.store.CaseLetter;
import se.bokvar.cases.store.HouseholdCase;
import se.bokvar.contracts.v1.TenantLetterDispatchedV1;
import se.bokvar.rules.calendar.Stockholm;

/** The copy of the acknowledgement sent to the tenant, kept with the case (readable by its caseworkers). */
@ApplicationScoped
public class KeepTenantLetter {

    private static final Logger LOG = Logger.getLogger(KeepTenantLetter.class);

    private final Timeline timeline;

    @Inject
    public KeepTenantLetter(Timeline timeline) {
        this.timeline = timeline;
    }

    public Uni<Void> handle(Mutiny.Session session, TenantLetterDispatchedV1 letter) {
        return session.find(HouseholdCase.class, letter.caseId()).flatMap(c -> {
            if (c == null) {
                LOG.warnf("A tenant letter for unknown case %s; ignored", letter.caseId());
                return Uni.createFrom().voidItem();
            }
            return session.find(CaseLetter.class, letter.letterId()).flatMap(existing -> {
                if (existing != null) {
                    return Uni.createFrom().voidItem();
                }
                CaseLetter l = new CaseLetter();
                l.id = letter.letterId();
                l.caseId = c.id;
                l.kfmCaseNumber = letter.kfmCaseNumber();
                l.dispatchedAt = OffsetDateTime.ofInstant(letter.dispatchedAt(), Stockholm.STOCKHOLM);
                l.providerReference = letter.providerReference();
                l.html = letter.html();
                return session.persist(l).flatMap(v -> timeline.add(session, c.id, letter.dispatchedAt(),
                        "TENANT_LETTER_DISPATCHED", "The copy of the acknowledgement was sent to the tenant", null,
                        l.id.toString(), Map.of("letter", "/api/v1/cases/" + c.id + "/letters/" + l.id)));
            });
        });
    }
}
