package se.bokvar.intake.app;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.store.NoticeRepository;
import se.bokvar.rules.calendar.Stockholm;

/**
 * Case management registered a notice: its sender sees "handed to case management" (unless it was withdrawn; the
 * first registration's time is kept). Runs in the transaction of the consumer's processed-event guard.
 */
@ApplicationScoped
public class MarkHandedToCaseManagement {

    private final NoticeRepository notices;

    @Inject
    public MarkHandedToCaseManagement(NoticeRepository notices) {
        this.notices = notices;
    }

    public Uni<Void> mark(Mutiny.Session session, UUID noticeId, Instant registeredAt) {
        return notices.markHanded(session, noticeId, OffsetDateTime.ofInstant(registeredAt, Stockholm.STOCKHOLM));
    }
}
