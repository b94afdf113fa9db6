package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How long the inbox keeps updating itself. The page asks for its lists every few seconds; every such request would
 * keep the session alive (and refresh its tokens), so updates stop {@link #LIVE_FOR} after the user last opened or
 * filtered the inbox. Then the page says so, and the session's idle timeout (15 minutes in Keycloak) ends an
 * unattended session as it would without updates. The moment of that last visit is kept in a cookie: changing it
 * buys nothing a reload would not. The menu's alert badge updates itself by the same rule, from when its page was
 * loaded.
 *
 * <p>What a screen reader is told (WCAG 2.1 SC 4.1.3): the page's request names what it shows, as marks (each case's and
 * each awaiting notice's id hashed to eight hex digits, no personal data), and the answer says in Swedish
 * what is new since then, or nothing.
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

    /** The most marks a request may carry per list (the page shows 25 cases). */
    static final int MAX_MARKS = 200;

    private static final Pattern MARKS = Pattern.compile("[0-9a-f]{8}(\\.[0-9a-f]{8})*");

    /** The marks of {@code ids}, dot-separated ("" for none). */
    public static String marks(List<UUID> ids) {
        return ids.stream().filter(Objects::nonNull).map(LiveInbox::mark).distinct()
                .limit(MAX_MARKS).collect(Collectors.joining("."));
    }

    /**
     * What the polite live region says after an update: how many cases and notices awaiting a position are new since
     * the marks the page sent ({@code casesBefore}, {@code noticesBefore}), in Swedish; "" when nothing is new, and
     * when the page sent no marks or junk (then it is not known what it showed).
     */
    public static String announcement(String casesBefore, String noticesBefore, InboxPage.Model now) {
        Set<String> cases = parse(casesBefore);
        Set<String> notices = parse(noticesBefore);
        if (cases == null || notices == null) {
            return "";
        }
        long newCases = now.rows().stream().map(r -> mark(r.id())).filter(m -> m != null && !cases.contains(m))
                .distinct().count();
        long newNotices = now.awaiting().stream().map(a -> mark(a.noticeId()))
                .filter(m -> m != null && !notices.contains(m)).distinct().count();
        String c = newCases == 0 ? null : newCases == 1 ? "1 nytt ärende i inkorgen" : newCases + " nya ärenden i inkorgen";
        String n = newNotices == 0 ? null : newNotices == 1 ? "1 ny underrättelse väntar på ställningstagande"
                : newNotices + " nya underrättelser väntar på ställningstagande";
        return c == null ? n == null ? "" : n : n == null ? c : c + ". " + n;
    }

    /** An id's mark: its hash as eight hex digits (every bit of the id counts). */
    static String mark(UUID id) {
        return id == null ? null : String.format("%08x", id.hashCode());
    }

    /** The marks a page sent: null when none were sent or they are not marks. */
    private static Set<String> parse(String marks) {
        if (marks == null) {
            return null;
        }
        if (marks.isEmpty()) {
            return Set.of();
        }
        if (marks.length() > MAX_MARKS * 9 || !MARKS.matcher(marks).matches()) {
            return null;
        }
        return Set.copyOf(Arrays.asList(marks.split("\\.")));
    }
}
