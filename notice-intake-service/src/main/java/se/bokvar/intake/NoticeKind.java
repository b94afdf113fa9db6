package se.bokvar.intake;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of notice a landlord sends, each with its own endpoint, request schema and event type. */
public enum NoticeKind {
    /** Uppsägning pga. obetald hyra / avgift (JB 12:44, BRL 7:23). */
    TERMINATION_UNPAID_RENT("termination-unpaid-rent"),
    /** Anmodan om rättelse: störningar or bristande skötsamhet (JB 12:25, 12:42); precedes a termination. */
    RECTIFICATION_REQUEST("rectification-request"),
    /** Early warning before any formal notice: late payments, complaints, concern for children. */
    EARLY_WARNING("early-warning");

    private final String path;

    NoticeKind(String path) {
        this.path = path;
    }

    /** The endpoint's last path segment, e.g. {@code termination-unpaid-rent}. */
    public String path() {
        return path;
    }

    /** By enum name ({@code TERMINATION_UNPAID_RENT}) or path segment ({@code termination-unpaid-rent}). */
    public static Optional<NoticeKind> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text) || k.path.equals(text)).findFirst();
    }
}
