package se.bokvar.consent.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.reactive.mutiny.Mutiny;

import io.smallrye.mutiny.Uni;
import se.bokvar.consent.store.ConsentRepository;
import se.bokvar.consent.store.ConsentVersionRow;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.rules.consent.ConsentVersion;

/**
 * The frame of a change or withdrawal of a recorded consent: one transaction that holds the consent's lock, loads it
 * (404 unless the caller may work with it), refuses a request prepared from an older version or made after a whole
 * withdrawal (409), writes the new version with its audit record and event, and turns a concurrent writer of the
 * same version into a 409.
 */
@ApplicationScoped
public class ConsentAmendment {

    /**
     * What an amendment starts from.
     *
     * @param rule   the current version as the rules read it
     * @param before the current version's scope
     * @param today  the Stockholm date of the request
     */
    public record Current(LoadedConsent loaded, ConsentVersion rule, ConsentScope before, LocalDate today) {

        public ConsentVersionRow row() {
            return loaded.current();
        }
    }

    /** The next version, or a {@link se.bokvar.platform.problem.ProblemException} when the request is invalid. */
    @FunctionalInterface
    public interface NextVersion {
        ConsentVersionWriter.NewVersion from(Current current);
    }

    private final Mutiny.SessionFactory sessionFactory;
    private final ConsentLookup lookup;
    private final ConsentRepository consents;
    private final ConsentVersionWriter writer;
    private final ConsentHistory history;
    private final Clock clock;

    @Inject
    public ConsentAmendment(Mutiny.SessionFactory sessionFactory, ConsentLookup lookup, ConsentRepository consents,
            ConsentVersionWriter writer, ConsentHistory history, Clock clock) {
        this.sessionFactory = sessionFactory;
        this.lookup = lookup;
        this.consents = consents;
        this.writer = writer;
        this.history = history;
        this.clock = clock;
    }

    /** Writes the version {@code next} makes of the current one, audited as {@code action}. */
    public Uni<RecordedConsent> amend(Caller caller, UUID consentId, Integer basedOnVersion, String action, NextVersion next) {
        Instant now = clock.instant();
        return sessionFactory.withTransaction((session, tx) -> consents.lock(session, consentId)
                .chain(() -> lookup.load(session, caller, consentId)).flatMap(loaded -> {
                    loaded.requireBasedOnCurrent(basedOnVersion);
                    loaded.requireOpen();
                    ConsentVersionRow current = loaded.current();
                    ConsentVersionWriter.NewVersion v = next.from(new Current(loaded, history.ruleVersion(current),
                            history.scope(current), Stockholm.dateOf(now)));
                    ConsentVersionRow row = writer.row(loaded.consent(), v, caller, now);
                    return writer.append(session, caller, action, loaded.consent(), row, v.scope())
                            .map(x -> history.view(loaded.consent(), loaded.with(row), true, now));
                })).onFailure(InvalidInput::isConcurrentChange).transform(InvalidInput::concurrentChange)
                .invoke(writer::committed);
    }
}
