package se.bokvar.web.caseworker.app.alert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

import se.bokvar.web.commons.format.SwedishDates;

/**
 * The text of an alert e-mail, in Swedish. It says only the kind of deadline, whether it is near or passed, its day
 * and the link to the case: never a name, an address or a personnummer (offentlighets- och sekretesslagen 26 kap.),
 * since e-mail leaves the platform. The reader signs in to see the case.
 */
public final class AlertMailText {

    /** Subject, plain text and the same as simple HTML. */
    public record Content(String subject, String text, String html) {
    }

    private final String baseUrl;

    /** @param baseUrl the desk's public address ({@code BOKVAR_WEB_BASE_URL}), without a trailing slash */
    public AlertMailText(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The deadline kind of the contract in Swedish (lower case). */
    public static String deadlineName(String deadline) {
        return switch (deadline) {
            case "RECOVERY_PERIOD" -> "återvinningsfrist";
            case "PRE_ASSESSMENT" -> "förhandsbedömning";
            case "EVICTION" -> "avhysning";
            case "KFM_ACKNOWLEDGEMENT" -> "kvittens till Kronofogden";
            default -> "frist";
        };
    }

    public String caseLink(UUID caseId) {
        return baseUrl + "/arenden/" + caseId;
    }

    public Content compose(String deadline, String alert, LocalDate dueOn, UUID caseId) {
        boolean breached = "BREACHED".equals(alert);
        String what = deadlineName(deadline);
        String day = SwedishDates.date(dueOn);
        String link = caseLink(caseId);
        String subject = (breached ? "Frist passerad: " : "Frist närmar sig: ") + what + ", " + day;
        String state = breached ? "har passerat. Sista dagen var " + day + "." : "närmar sig. Sista dagen är " + day + ".";
        String lead = "En frist i ett ärende " + state;
        String kind = "Frist: " + capitalized(what);
        String open = "Öppna ärendet i bokvar handläggning:";
        String privacy = "Av sekretesskäl står inga uppgifter om hushållet i det här meddelandet; logga in för att se ärendet.";
        String footer = "Det här är ett automatiskt meddelande från bokvar. Svara inte på det.";
        String text = String.join("\n", "Hej!", "", lead, "", kind, "", open, link, "", privacy, "", "-- ", footer, "");
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"utf-8\"><title>" + escape(subject)
                + "</title></head><body><p>Hej!</p><p>" + escape(lead) + "</p><p>" + escape(kind) + "</p><p>"
                + escape(open) + " <a href=\"" + escape(link) + "\">" + escape(link) + "</a></p><p>" + escape(privacy)
                + "</p><p><small>" + escape(footer) + "</small></p></body></html>";
        return new Content(subject, text, html);
    }

    /**
     * The Message-ID of the alert's mail to one recipient: the same on every attempt, so a resend is the same message.
     * The address appears only as a hash.
     */
    public static String messageId(UUID alertId, String recipient) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(recipient.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "<" + alertId + "." + HexFormat.of().formatHex(hash, 0, 8) + "@bokvar>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String capitalized(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
