package se.bokvar.intake.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.intake.store.NoticeRepository;
import se.bokvar.rules.notice.NoticeKind;

/** A page of the landlord's notices, newest first, without their histories. */
@ApplicationScoped
public class ListNotices {

    /**
     * The query.
     *
     * @param landlordReference only the notices with this reference, if given
     * @param kind              only the notices of this kind, if given
     */
    public record Query(String landlordReference, NoticeKind kind, int limit, int offset) {
    }

    private final Mutiny.SessionFactory sessionFactory;
    private final NoticeRepository notices;

    @Inject
    public ListNotices(Mutiny.SessionFactory sessionFactory, NoticeRepository notices) {
        this.sessionFactory = sessionFactory;
        this.notices = notices;
    }

    public Uni<List<NoticeView>> list(String landlordId, Query query) {
        return sessionFactory.withSession(session -> notices.page(session, landlordId, query.landlordReference(),
                query.kind(), query.limit(), query.offset()))
                .map(page -> page.stream().map(n -> ReadNotice.view(n, null)).toList());
    }
}
