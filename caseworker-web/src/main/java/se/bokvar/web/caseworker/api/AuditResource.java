package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.AuditPage;

/**
 * Granskningslogg (auditors). The query can name a person by personnummer, so it is a POST (also for the next page)
 * and the result is rendered from the POST, never a redirect or a link carrying it.
 */
@Path(AuditResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Viewer.AUDITOR)
public class AuditResource {

    public static final String PATH = "/granskningslogg";

    @Inject
    @Location("audit.html")
    Template template;

    @Inject
    AuditPage audit;

    @Inject
    DeskChrome chrome;

    @GET
    public TemplateInstance form() {
        return page(AuditPage.form());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response query(@RestForm String caseId, @RestForm String personalIdentityNumber, @RestForm String actor,
            @RestForm String action, @RestForm String from, @RestForm String to, @RestForm String page) {
        AuditPage.Model m = audit.read(new AuditPage.Query(caseId, personalIdentityNumber, actor, action, from, to,
                SearchResource.number(page)));
        return Response.status(m.refusal() == null ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page(m).render()).build();
    }

    private TemplateInstance page(AuditPage.Model m) {
        return template.data("page", chrome.page("Granskningslogg", PATH)).data("m", m).data("actions", AuditPage.actions());
    }
}
