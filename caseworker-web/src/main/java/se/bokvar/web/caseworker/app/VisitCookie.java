package se.bokvar.web.caseworker.app;

import java.time.Instant;
import java.util.Optional;

/**
 * A moment the desk keeps in a cookie of its own (when the user last opened the inbox, or the list of alerts): epoch
 * seconds. What comes back from the browser is read strictly: anything but a plain number is no moment at all.
 */
public final class VisitCookie {

    private VisitCookie() {
    }

    public static String of(Instant at) {
        return Long.toString(at.getEpochSecond());
    }

    public static Optional<Instant> read(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value)));
    }
}
