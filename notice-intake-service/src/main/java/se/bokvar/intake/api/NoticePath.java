package se.bokvar.intake.api;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import se.bokvar.rules.notice.NoticeKind;

/**
 * The kinds of notice a landlord sends, each with its own endpoint and request schema: the endpoint's path segment
 * of each {@link NoticeKind} (documented as the schema {@code NoticeKind}, the batch item's kind).
 */
@Schema(name = "NoticeKind")
public enum NoticePath {
    /** Uppsägning pga. obetald hyra / avgift (JB 12:44, BRL 7:23). */
    TERMINATION_UNPAID_RENT("termination-unpaid-rent", NoticeKind.TERMINATION_UNPAID_RENT),
    /** Anmodan om rättelse: störningar or bristande skötsamhet (JB 12:25, 12:42); precedes a termination. */
    RECTIFICATION_REQUEST("rectification-request", NoticeKind.RECTIFICATION_REQUEST),
    /** Early warning before any formal notice: late payments, complaints, concern for children. */
    EARLY_WARNING("early-warning", NoticeKind.EARLY_WARNING);

    private final String path;
    private final NoticeKind kind;

    NoticePath(String path, NoticeKind kind) {
        this.path = path;
        this.kind = kind;
    }

    /** The endpoint's last path segment, e.g. {@code termination-unpaid-rent}. */
    public String path() {
        return path;
    }

    public NoticeKind kind() {
        return kind;
    }

    /** By kind name ({@code TERMINATION_UNPAID_RENT}) or path segment ({@code termination-unpaid-rent}). */
    public static Optional<NoticePath> parse(String text) {
        return Arrays.stream(values()).filter(k -> k.name().equals(text) || k.path.equals(text)).findFirst();
    }
}
