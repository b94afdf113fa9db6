package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How long the inbox keeps updating itself. The page asks for its lists every few seconds; every such request would
 * keep the session alive (and refresh its tokens), so updates stop {@link #LIVE_FOR} after the user last opened or
 * filtered the inbox. Then the page says so, and the session's idle timeout (15 minutes in Keycloak) ends an
 * unattended session as it would without updates. The moment of that last visit is kept in a cookie: changing it
 * buys nothing a reload would not.
 */
@ApplicationScoped
public class LiveInbox {

    /** How long after the last visit the inbox still updates itself. */
    public static final Duration LIVE_FOR = Duration.ofMinutes(10);

    /** How often the page asks (seconds): a new case shows within five seconds of the notice. */
    public static final int EVERY_SECONDS = 3;

    private final Clock clock;

    @Inject
    public LiveInbox(Clock clock) {
        this.clock = clock;
    }

    /** The value to keep for a visit now. */
    public String visitedNow() {
        return VisitCookie.of(clock.instant());
    }

    /** Whether the lists may still update themselves after the visit kept as {@code visited} (null or junk: no). */
    public boolean stillLive(String visited) {
        Instant now = clock.instant();
        return VisitCookie.read(visited)
                .filter(at -> !at.isAfter(now.plusSeconds(60)) && Duration.between(at, now).compareTo(LIVE_FOR) <= 0)
                .isPresent();
    }
}
