package se.bokvar.cases.app.casefile;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseAccess;
import se.bokvar.cases.store.CaseFileStore;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.Caller;

/** The tenant's copy of an acknowledgement, exactly as sent (audited). */
@ApplicationScoped
public class ReadLetter {

    private final Mutiny.SessionFactory sessionFactory;
    private final AuditLog audit;
    private final CaseFileStore files;

    @Inject
    public ReadLetter(Mutiny.SessionFactory sessionFactory, AuditLog audit, CaseFileStore files) {
        this.sessionFactory = sessionFactory;
        this.audit = audit;
        this.files = files;
    }

    /** The tenant's copy of an acknowledgement, exactly as sent (audited). */
    public Uni<String> letter(Caller caller, UUID caseId, UUID letterId) {
        return sessionFactory.withTransaction((session, tx) -> CaseAccess.visible(session, caller, caseId)
                .flatMap(c -> files.letter(session, letterId)).flatMap(letter -> {
                    if (letter == null || !letter.caseId.equals(caseId)) {
                        throw ProblemException.notFound("Letter " + letterId + " of case " + caseId);
                    }
                    return audit.record(session, caller, "case.letter.read", "case", List.of(caseId.toString()), null)
                            .replaceWith(letter.html);
                }));
    }
}
