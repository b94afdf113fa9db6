package se.bokvar.web.caseworker.api;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.CaseActions;
import se.bokvar.web.caseworker.app.CasePage;
import se.bokvar.web.caseworker.app.Colleagues;
import se.bokvar.web.caseworker.app.Refusal;

/**
 * Ärende and Tidslinje, and the case's actions as forms (Post/Redirect/Get: a done action redirects back to the case
 * with a short confirmation; a refused one shows the case again with the refusal in Swedish and the status
 * case-service gave).
 */
@Path("/arenden/{id}")
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed({ Viewer.CASEWORKER, Viewer.SUPERVISOR })
public class CaseResource {

    @Inject
    @Location("case.html")
    Template caseTemplate;

    @Inject
    @Location("timeline.html")
    Template timelineTemplate;

    @Inject
    CasePage cases;

    @Inject
    CaseActions actions;

    @Inject
    DeskChrome chrome;

    @Inject
    Viewer viewer;

    @Inject
    Colleagues colleagues;

    @GET
    public TemplateInstance read(@PathParam("id") UUID id, @QueryParam("sparat") String saved) {
        return casePage(id, confirmation(saved), null, null);
    }

    @GET
    @Path("tidslinje")
    public TemplateInstance timeline(@PathParam("id") UUID id) {
        CasePage.TimelineModel m = cases.timeline(id);
        return timelineTemplate.data("page", chrome.page("Tidslinje", "/inkorg")).data("m", m);
    }

    @POST
    @Path("ta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response take(@PathParam("id") UUID id) {
        return outcome(id, actions.take(id), "ta", null);
    }

    @POST
    @Path("steg")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response step(@PathParam("id") UUID id, @RestForm String kind, @RestForm String notes,
            @RestForm String method, @RestForm String reached, @RestForm String adultAgreement,
            @RestForm String children, @RestForm String registeredAtAddress, @RestForm String administration,
            @RestForm String landlordId, @RestForm String landlordContact) {
        CaseActions.StepForm form = new CaseActions.StepForm(kind, notes, method, reached, adultAgreement, children,
                registeredAtAddress, administration, landlordId, landlordContact);
        return outcome(id, actions.recordStep(id, form), "steg", form);
    }

    @POST
    @Path("underrattelser/{noticeId}/stallningstagande")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response position(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId, @RestForm String decision,
            @RestForm String reason) {
        return outcome(id, actions.recordPosition(id, noticeId, decision, reason), "stallningstagande", null);
    }

    @POST
    @Path("avsluta")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response close(@PathParam("id") UUID id, @RestForm String outcome, @RestForm String avertedBy,
            @RestForm String note) {
        return outcome(id, actions.close(id, outcome, avertedBy, note), "avslutat", null);
    }

    @POST
    @Path("uppgifter/{taskId}/klar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response taskDone(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return outcome(id, actions.completeTask(id, taskId), "uppgift", null);
    }

    @POST
    @Path("forhandsbedomning/forlangning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extend(@PathParam("id") UUID id, @RestForm String newLimit, @RestForm String reason) {
        return outcome(id, actions.extendPreAssessment(id, newLimit, reason), "forlangd", null);
    }

    @POST
    @Path("tilldela")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assignTo(@PathParam("id") UUID id, @RestForm String caseworker) {
        return outcome(id, actions.assignTo(id, caseworker), "tilldelat", null);
    }

    @POST
    @Path("slapp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@PathParam("id") UUID id) {
        return outcome(id, actions.unassign(id), "slappt", null);
    }

    @POST
    @Path("anstand")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response postpone(@PathParam("id") UUID id, @RestForm String kfmCaseNumber, @RestForm String grounds,
            @RestForm String motivation) {
        return outcome(id, actions.requestPostponement(id, kfmCaseNumber, grounds, motivation), "anstand", null);
    }

    private Response outcome(UUID id, Optional<Refusal> refusal, String what, CaseActions.StepForm form) {
        if (refusal.isEmpty()) {
            return Response.seeOther(URI.create("/arenden/" + id + "?sparat=" + what)).build();
        }
        String type = refusal.get().type() == null ? "" : refusal.get().type();
        int status = type.endsWith("validation") ? 400 : refusal.get().tryLater() ? 503 : 409;
        String html = casePage(id, null, refusal.get(), form).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    private TemplateInstance casePage(UUID id, String confirmation, Refusal refusal, CaseActions.StepForm form) {
        CasePage.Model m = cases.read(id, viewer.login());
        return caseTemplate.data("page", chrome.page("Ärende", "/inkorg")).data("m", m)
                .data("confirmation", confirmation).data("refusal", refusal)
                .data("form", form == null
                        ? new CaseActions.StepForm(null, null, null, null, null, null, null, null, null, null) : form)
                .data("stepKinds", CasePage.stepKinds()).data("contactMethods", CasePage.contactMethods())
                .data("outcomes", CasePage.outcomes()).data("avertedBy", CasePage.avertedBy())
                .data("postponementGrounds", CaseActions.postponementGrounds())
                .data("colleagues", colleagues.ofAdultUnit(viewer.board(), viewer.login()));
    }

    private static String confirmation(String saved) {
        if (saved == null) {
            return null;
        }
        return switch (saved) {
            case "ta" -> "Du är nu handläggare för ärendet.";
            case "steg" -> "Steget är registrerat.";
            case "stallningstagande" -> "Ställningstagandet är registrerat.";
            case "avslutat" -> "Ärendet är avslutat.";
            case "uppgift" -> "Uppgiften är markerad som klar.";
            case "forlangd" -> "Förhandsbedömningen är förlängd.";
            case "tilldelat" -> "Ärendet är tilldelat kollegan.";
            case "slappt" -> "Ärendet har ingen handläggare längre: det ligger bland enhetens ärenden utan handläggare.";
            case "anstand" -> "Begäran om anstånd är skickad till Kronofogden.";
            default -> null;
        };
    }
}
