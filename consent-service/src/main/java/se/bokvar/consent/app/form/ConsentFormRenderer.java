package se.bokvar.consent.app.form;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.consent.app.ConsentScope;
import se.bokvar.rules.consent.Category;
import se.bokvar.rules.consent.Purpose;

/**
 * Renders a consent as a Swedish HTML page to print and sign: exactly the parties, purposes and categories of the
 * consent, how long it holds, how to withdraw it (at any time, wholly or partly, to whom), and signature lines.
 * Every value is escaped ({@link Html#escape}).
 */
@ApplicationScoped
public class ConsentFormRenderer {

    /**
     * What the form shows.
     *
     * @param board                  the case's board (the recipient of a withdrawal)
     * @param personalIdentityNumber canonical, of the person who consents
     * @param scope                  what they consent to
     * @param givenOn                the day the consent was given, or null for a form not yet signed
     * @param validUntil             the last day, or null: until withdrawn
     * @param consentId              the record, or null for a form not yet recorded
     * @param version                its version, or null
     * @param caseworker             who prepares the form
     * @param printedOn              today
     */
    public record Model(String board, String personalIdentityNumber, ConsentScope scope, LocalDate givenOn,
            LocalDate validUntil, UUID consentId, Integer version, String caseworker, LocalDate printedOn) {
    }

    public String render(Model m) {
        String board = SwedishTerms.board(m.board());
        StringBuilder h = new StringBuilder(8192);
        h.append("<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Samtycke till att uppgifter lämnas ut</title>\n")
                .append("<style>\n")
                .append("body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.45;color:#000}\n")
                .append("h1{font-size:1.5em}h2{font-size:1.1em;margin-top:1.6em}\n")
                .append(".ref{font-size:.85em;color:#333}.sign{margin-top:2.5em}\n")
                .append(".line{display:inline-block;border-bottom:1px solid #000;min-width:18em;height:1.6em;margin:0 1em 1.2em 0}\n")
                .append(".label{display:block;font-size:.85em}\n")
                .append("@media print{body{margin:0}.noprint{display:none}}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Samtycke till att socialtjänsten lämnar ut uppgifter om dig</h1>\n");
        h.append("<p class=\"ref\">").append(Html.escape(board));
        if (m.consentId() != null) {
            h.append(" · Samtycke ").append(Html.escape(m.consentId().toString())).append(", version ").append(m.version());
        }
        h.append(" · Utskrivet ").append(m.printedOn()).append("</p>\n");

        h.append("<h2>Den som samtycker</h2>\n<p>Personnummer: <strong>")
                .append(Html.escape(SwedishTerms.personalIdentityNumber(m.personalIdentityNumber())))
                .append("</strong></p>\n");

        h.append("<p>Det som socialtjänsten vet om dig omfattas av sekretess (offentlighets- och sekretesslagen, OSL,")
                .append(" 26 kap. 1 §). Med ditt samtycke får socialtjänsten kontakta och lämna uppgifter till de")
                .append(" mottagare, i de syften och om de uppgifter som står nedan – men inget annat (OSL 12 kap. 2 §).")
                .append(" Det är frivilligt att lämna samtycke, och du kan när som helst ta tillbaka det.</p>\n");

        h.append("<h2>1. Vem socialtjänsten får kontakta och lämna uppgifter till</h2>\n<ul>\n");
        for (ConsentScope.NamedParty p : m.scope().parties()) {
            item(h, SwedishTerms.party(p));
        }
        h.append("</ul>\n<h2>2. I vilket syfte</h2>\n<ul>\n");
        for (Purpose p : m.scope().purposes()) {
            item(h, SwedishTerms.purpose(p, m.scope().otherPurpose()));
        }
        h.append("</ul>\n<h2>3. Vilka uppgifter om dig</h2>\n<ul>\n");
        List<Category> categories = m.scope().categories();
        for (Category c : categories) {
            item(h, SwedishTerms.category(c, m.scope().otherCategory()));
        }
        h.append("</ul>\n<p>Samtycket gäller varje mottagare ovan, för vart och ett av syftena och uppgifterna ovan.</p>\n");

        h.append("<h2>4. Hur länge samtycket gäller</h2>\n<p>");
        h.append(m.givenOn() == null ? "Från den dag du skriver under" : "Från och med " + m.givenOn());
        h.append(m.validUntil() == null ? " tills du tar tillbaka det." : " till och med " + m.validUntil() + ".");
        h.append("</p>\n");

        h.append("<h2>5. Så tar du tillbaka samtycket</h2>\n")
                .append("<p>Du kan när som helst ta tillbaka (återkalla) samtycket, helt eller delvis – till exempel")
                .append(" för en viss mottagare, ett visst syfte eller en viss sorts uppgifter. Säg det till din")
                .append(" handläggare, muntligt eller skriftligt, eller skriv till ").append(Html.escape(board))
                .append(". Återkallelsen gäller från det att socialtjänsten har fått den, och den dokumenteras i ditt")
                .append(" ärende. Uppgifter som redan har lämnats ut kan inte tas tillbaka.</p>\n");

        h.append("<h2>Underskrift</h2>\n<p>Jag har läst vad som står ovan och samtycker till att socialtjänsten")
                .append(" kontaktar och lämnar ut uppgifter om mig till de mottagare, i de syften och om de uppgifter")
                .append(" som står under punkt 1–3.</p>\n");
        h.append("<div class=\"sign\">\n");
        line(h, "Ort och datum");
        line(h, "Underskrift");
        line(h, "Namnförtydligande");
        h.append("</div>\n<div class=\"sign\">\n");
        line(h, "Handläggare: " + m.caseworker());
        line(h, "Handläggarens underskrift");
        h.append("</div>\n</body>\n</html>\n");
        return h.toString();
    }

    private static void item(StringBuilder h, String text) {
        h.append("<li>").append(Html.escape(text)).append("</li>\n");
    }

    private static void line(StringBuilder h, String label) {
        h.append("<p><span class=\"line\"></span><span class=\"label\">").append(Html.escape(label)).append("</span></p>\n");
    }
}
