package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.caseworker.app.StatisticsPage;

/**
 * Statistik (supervisors). The period and the scope are codes in the query string (months and "kommun"), never
 * personal data, so a period can be bookmarked; a period case-service refuses is the page with the refusal (400).
 */
@Path(StatisticsResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
@RolesAllowed(Viewer.SUPERVISOR)
public class StatisticsResource {

    public static final String PATH = "/statistik";

    @Inject
    @Location("statistics.html")
    Template template;

    @Inject
    StatisticsPage statistics;

    @Inject
    DeskChrome chrome;

    @GET
    public Response figures(@QueryParam("fran") String from, @QueryParam("till") String to,
            @QueryParam("omfattning") String scope) {
        StatisticsPage.Model m = statistics.read(new StatisticsPage.Period(from, to,
                "kommun".equals(scope) ? "municipality" : "board"));
        String html = template.data("page", chrome.page("Statistik", PATH)).data("m", m).render();
        return Response.status(m.refusal() == null ? 200 : 400).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(html).build();
    }
}
