package se.bokvar.web.caseworker.store;

import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
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
}
