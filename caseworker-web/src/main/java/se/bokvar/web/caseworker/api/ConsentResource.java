package se.bokvar.web.caseworker.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerResponse;
import se.bokvar.web.caseworker.app.ConsentActions;
import se.bokvar.web.caseworker.app.ConsentPage;
import se.bokvar.web.caseworker.app.ConsentVocabulary;
import se.bokvar.web.caseworker.app.Refusal;

/**
 * Samtycke: a case's consents (consent-service, with the user's own token) and the forms to record, change and
 * withdraw them (Post/Redirect/Get; a refusal shows the page again with consent-service's no in Swedish and
 * "Ingenting har ändrats"), and the recorded consent as the form to print.
 */
@Path("/arenden/{id}/samtycke")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class ConsentResource {

    @Inject
    @Location("consent.html")
    Template template;

    @Inject
    ConsentPage page;

    @Inject
    ConsentActions actions;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance read(@PathParam("id") UUID id, @QueryParam("sparat") String saved) {
        return render(id, confirmation(saved), null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response record(@PathParam("id") UUID id, @BeanParam ConsentFields f) {
        return outcome(id, actions.record(id, f.person, f.ground, f.scope(), f.terms()), "registrerat");
    }

    @POST
    @Path("{consentId}/andring")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId, @BeanParam ConsentFields f) {
        return outcome(id, actions.change(consentId, f.basedOnVersion, f.scope(), f.terms()), "andrat");
    }

    @POST
    @Path("{consentId}/aterkallelse")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId, @BeanParam ConsentFields f) {
        return outcome(id, actions.withdraw(consentId, f.basedOnVersion, f.whole, f.parties, f.purposes, f.categories,
                f.withdrawnOn, f.form, f.note), "aterkallat");
    }

    /**
     * A consent form to print and sign before the consent is given (a POST: the personnummer travels in the body), as
     * consent-service renders it ({@link SandboxedDocument}); a refusal shows the Samtycke page again.
     */
    @POST
    @Path("blankett")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response formToSign(@PathParam("id") UUID id, @BeanParam ConsentFields f, @Context HttpServerResponse http) {
        ConsentActions.Printable printable = actions.formToSign(id, f.person, f.scope(), f.validUntil);
        if (printable.refusal() != null) {
            return outcome(id, Optional.of(printable.refusal()), null);
        }
        return SandboxedDocument.of(http, printable.html());
    }

    /** The recorded consent as consent-service renders it for printing and signing ({@link SandboxedDocument}). */
    @GET
    @Path("{consentId}/blankett")
    public Response form(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId,
            @Context HttpServerResponse http) {
        return SandboxedDocument.of(http, page.printableForm(consentId));
    }

    private Response outcome(UUID id, Optional<Refusal> refusal, String what) {
        if (refusal.isEmpty()) {
            return Response.seeOther(URI.create("/arenden/" + id + "/samtycke?sparat=" + what)).build();
        }
        int status = refusal.get().type() != null && refusal.get().type().endsWith("validation") ? 400 : 409;
        String html = render(id, null, refusal.get()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private TemplateInstance render(UUID id, String confirmation, Refusal refusal) {
        ConsentPage.Model m = page.read(id);
        return template.data("page", chrome.page("Samtycke", "/inkorg")).data("m", m)
                .data("confirmation", confirmation).data("refusal", refusal)
                .data("standardParties", ConsentVocabulary.standardParties())
                .data("purposes", ConsentVocabulary.purposes()).data("categories", ConsentVocabulary.categories())
                .data("forms", ConsentVocabulary.forms());
    }

    private static String confirmation(String saved) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "registrerat" -> "Samtycket är registrerat.";
            case "andrat" -> "Samtycket är ändrat.";
            case "aterkallat" -> "Återkallelsen är registrerad.";
            default -> null;
        };
    }
}
