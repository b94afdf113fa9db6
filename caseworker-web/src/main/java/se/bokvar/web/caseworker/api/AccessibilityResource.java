package se.bokvar.web.caseworker.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import se.bokvar.web.commons.WebConfig;

/**
 * The accessibility statement (tillgänglighetsredogörelse) that lag (2018:1937) om tillgänglighet till digital
 * offentlig service requires, in the structure of DIGG's model: open to everyone, signed in or not, linked from every
 * page's footer. The contact address for reporting shortcomings is {@code bokvar.web.accessibility-contact}.
 */
@Path(AccessibilityResource.PATH)
@Produces(MediaType.TEXT_HTML)
@Blocking
public class AccessibilityResource {

    public static final String PATH = "/tillganglighet";

    /** DIGG's page for reporting a public body's lacking accessibility (the supervisory authority). */
    static final String DIGG_REPORT = "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet";

    @Inject
    @Location("accessibility.html")
    Template accessibility;

    @Inject
    DeskChrome chrome;

    @Inject
    WebConfig config;

    @GET
    @PermitAll
    public TemplateInstance statement() {
        return accessibility.data("page", chrome.page("Tillgänglighetsredogörelse", PATH))
                .data("contact", config.accessibilityContact()).data("diggReport", DIGG_REPORT);
    }
}
