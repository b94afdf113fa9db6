package se.bokvar.web.caseworker.app.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.bokvar.web.caseworker.app.VisitCookie;
import se.bokvar.web.caseworker.store.alert.AlertDeliveryStore;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * The deadline alerts in the desk itself: the ones mailed to the user, to their unit's functional mailbox and (for
 * a supervisor) to the supervisors' mailbox over the last {@link #DAYS} days, newest first; and how many came since
 * the user last looked, for the badge in the menu.
 */
@ApplicationScoped
public class AlertList {

    /** How far back the list reaches. */
    public static final int DAYS = 14;

    private static final Duration WAIT = Duration.ofSeconds(5);

    /** Who reads: the login and the claims that decide the addresses. */
    public record Reader(String login, String board, String unit, boolean supervisor) {
    }

    /** One alert as the list shows it. */
    public record Item(UUID caseId, String text, boolean breached, String to, String at, String atIso) {
    }

    private final AlertDeliveryStore store;
    private final AlertRecipients recipients;
    private final AlertMailText text;
    private final Clock clock;

    @Inject
    public AlertList(AlertDeliveryStore store, AlertRecipients recipients, AlertMailText text, Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.text = text;
        this.clock = clock;
    }

    public List<Item> recent(Reader reader) {
        List<String> addresses = addresses(reader);
        if (addresses.isEmpty()) {
            return List.of();
        }
        return store.recent(addresses, since(null)).await().atMost(WAIT).stream()
                .sorted(Comparator.comparing(AlertDeliveryStore.Listed::createdAt).reversed())
                .map(l -> new Item(l.caseId(), text.compose(l.deadline(), l.alert(), l.dueOn(), l.caseId()).subject(),
                        "BREACHED".equals(l.alert()), to(l.recipientKind()), SwedishDates.dateTime(l.createdAt()),
                        l.createdAt().toInstant().toString()))
                .toList();
    }

    /** How many alerts came after {@code seenAt} (epoch seconds as kept by the page; null or junk: the whole list). */
    public long newSince(Reader reader, String seenAt) {
        List<String> addresses = addresses(reader);
        return addresses.isEmpty() ? 0 : store.count(addresses, since(seenAt)).await().atMost(WAIT);
    }

    /** The value to keep for "seen now". */
    public String seenNow() {
        return VisitCookie.of(clock.instant());
    }

    private List<String> addresses(Reader reader) {
        return recipients.addressesOf(reader.login(), reader.board(), reader.unit(), reader.supervisor());
    }

    private OffsetDateTime since(String seenAt) {
        Instant oldest = clock.instant().minus(Duration.ofDays(DAYS));
        Instant seen = VisitCookie.read(seenAt).orElse(oldest);
        return OffsetDateTime.ofInstant(seen.isAfter(oldest) ? seen : oldest, ZoneOffset.UTC);
    }

    private static String to(String recipientKind) {
        return switch (recipientKind) {
            case "CASEWORKER" -> "dig";
            case "SUPERVISOR_MAILBOX" -> "arbetsledningen";
            default -> "enhetens funktionsbrevlåda";
        };
    }
}
