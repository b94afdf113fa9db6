package se.bokvar.web.caseworker.store;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * case-service's caseworker API (docs/cases.md), called with the signed-in user's own access token
 * ({@link ForwardAccessToken}): every rule, refusal and audit record stays in case-service.
 */
@RegisterRestClient(configKey = "case-service")
@RegisterClientHeaders(ForwardAccessToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface CaseServiceApi {

    @GET
    @Path("/inbox")
    CaseJson.Inbox inbox(@QueryParam("type") String type, @QueryParam("deadlineState") String deadlineState,
            @QueryParam("children") Boolean children, @QueryParam("assigned") String assigned,
            @QueryParam("limit") int limit, @QueryParam("offset") int offset);

    @GET
    @Path("/cases/{id}")
    CaseJson.Case get(@PathParam("id") UUID id);

    @GET
    @Path("/cases/{id}/timeline")
    CaseJson.Timeline timeline(@PathParam("id") UUID id);

    @PUT
    @Path("/cases/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    void assign(@PathParam("id") UUID id, Map<String, Object> body);

    @DELETE
    @Path("/cases/{id}/assignment")
    void unassign(@PathParam("id") UUID id);

    @POST
    @Path("/cases/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    CaseJson.RecordedStep recordStep(@PathParam("id") UUID id, Map<String, Object> body);

    @PUT
    @Path("/cases/{id}/notices/{noticeId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    void recordPosition(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId, Map<String, Object> body);

    @POST
    @Path("/cases/{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    void close(@PathParam("id") UUID id, Map<String, Object> body);

    @POST
    @Path("/cases/{id}/tasks/{taskId}/done")
    void completeTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId);

    @POST
    @Path("/cases/{id}/pre-assessment/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    void extendPreAssessment(@PathParam("id") UUID id, Map<String, Object> body);

    /** A request to Kronofogden to postpone an eviction (anstånd); 201 with {@code requestId}. */
    @POST
    @Path("/cases/{id}/postponements")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> requestPostponement(@PathParam("id") UUID id, Map<String, Object> body);

    /** The copy of the acknowledgement sent to the tenant, as dispatched (HTML). */
    @GET
    @Path("/cases/{id}/letters/{letterId}")
    @Produces(MediaType.TEXT_HTML)
    String letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId);

    @GET
    @Path("/supervision/unrouted")
    List<CaseJson.Summary> unrouted(@QueryParam("limit") int limit);

    @GET
    @Path("/supervision/overdue-acknowledgements")
    List<OversightJson.OverdueAcknowledgement> overdueAcknowledgements();

    @PUT
    @Path("/cases/{id}/board")
    @Consumes(MediaType.APPLICATION_JSON)
    void reroute(@PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("/statistics")
    OversightJson.Statistics statistics(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("scope") String scope);

    /** A POST: a personnummer in the query travels in the body, never in a URL. */
    @POST
    @Path("/audit/queries")
    @Consumes(MediaType.APPLICATION_JSON)
    List<OversightJson.AuditRecord> audit(Map<String, Object> body);

    /** A POST: the personnummer travels in the body, never in a URL. */
    @POST
    @Path("/cases/search")
    @Consumes(MediaType.APPLICATION_JSON)
    List<CaseJson.Summary> search(Map<String, Object> body);
}
