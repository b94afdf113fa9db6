package se.bokvar.web.commons.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.security.ForbiddenException;
import se.bokvar.web.commons.page.PageChrome;

/**
 * Every error of a web area as a Swedish page with the right status, never a stack trace: 401, 403, 404, 405, 503
 * (a service the page needs is down: which one, and that nothing was lost), and 500 for anything unexpected. Only
 * the exception's type is logged: messages may carry data from a request.
 */
@ApplicationScoped
public class ErrorPages {

    private static final Logger LOG = Logger.getLogger(ErrorPages.class);

    @Inject
    @Location("error/page.html")
    Template template;

    @Inject
    PageChrome chrome;

    /** The error page with {@code status}, a heading and an explanation. */
    public Response page(Response.Status status, String heading, String explanation) {
        return page(status.getStatusCode(), heading, explanation);
    }

    public Response page(int status, String heading, String explanation) {
        String html = template.data("page", chrome.page(heading, null)).data("status", status)
                .data("heading", heading).data("explanation", explanation).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return page(404, "Sidan finns inte",
                "Sidan eller ärendet finns inte, eller så har du inte behörighet att se det. Kontrollera adressen, eller"
                        + " gå till startsidan.");
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e) {
        return page(405, "Det går inte att göra så här",
                "Sidan tar inte emot den sortens begäran. Gå tillbaka och använd knapparna på sidan.");
    }

    /**
     * A 401 as a page. Quarkus' own {@code UnauthorizedException} and {@code AuthenticationFailedException} are left
     * to the authentication mechanism on purpose: for a web application its challenge is the redirect to sign in.
     */
    @ServerExceptionMapper
    public Response unauthorized(jakarta.ws.rs.NotAuthorizedException e) {
        return page(401, "Du behöver logga in",
                "Du är inte inloggad, eller så har din inloggning gått ut. Logga in igen för att fortsätta.");
    }

    @ServerExceptionMapper({ ForbiddenException.class, jakarta.ws.rs.ForbiddenException.class })
    public Response forbidden(RuntimeException e) {
        return page(403, "Du har inte behörighet",
                "Ditt konto har inte behörighet till den här sidan. Tjänsten är till för handläggare, arbetsledare och"
                        + " granskare inom socialtjänsten. Kontakta din administratör om du tror att det är fel.");
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableException e) {
        LOG.warnf("%s did not answer (%s)", e.part(), e.getCause() == null ? "-" : e.getCause().getClass().getName());
        return page(503, "Tjänsten är inte tillgänglig just nu",
                "Delen " + e.part() + " svarar inte just nu. Ingenting har gått förlorat: allt som redan är sparat finns"
                        + " kvar. Försök igen om en stund. Om du just skickade ett formulär: titta på ärendet om det"
                        + " hann sparas innan du skickar det igen.");
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        return switch (status) {
            case 401 -> unauthorized(new jakarta.ws.rs.NotAuthorizedException("sign in"));
            case 403 -> forbidden(e);
            case 404 -> notFound(new NotFoundException());
            case 405 -> notAllowed(new NotAllowedException("GET"));
            default -> status >= 500 ? unexpected(e)
                    : page(status, "Begäran kunde inte tas emot",
                            "Det som skickades gick inte att tolka. Gå tillbaka och försök igen.");
        };
    }

    /** Where it happened, without the messages (which may carry a request's data): the causes' types and frames. */
    static String frames(Throwable e) {
        StringBuilder s = new StringBuilder();
        int depth = 0;
        for (Throwable t = e; t != null && depth < 4; t = t.getCause(), depth++) {
            if (t != e) {
                s.append("\n caused by ").append(t.getClass().getName());
            }
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, 12); i++) {
                s.append("\n   at ").append(frames[i]);
            }
        }
        return s.toString();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        LOG.errorf("unexpected %s%s", e.getClass().getName(), frames(e));
        return page(500, "Något gick fel",
                "Ett oväntat fel inträffade. Ingenting har gått förlorat av det som redan är sparat. Försök igen, och"
                        + " kontakta supporten om felet kvarstår.");
    }
}
