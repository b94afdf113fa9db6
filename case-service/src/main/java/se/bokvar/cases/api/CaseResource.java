package se.bokvar.cases.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.CaseSummary;
import se.bokvar.cases.app.casefile.CaseView;
import se.bokvar.cases.app.casefile.FindCases;
import se.bokvar.cases.app.casefile.ReadCase;
import se.bokvar.cases.app.casefile.ReadLetter;
import se.bokvar.cases.app.casefile.ReadTimeline;
import se.bokvar.cases.app.casefile.TimelineView;
import se.bokvar.cases.app.casework.AssignCase;
import se.bokvar.cases.app.casework.AssignmentRequest;
import se.bokvar.cases.app.casework.BoardRequest;
import se.bokvar.cases.app.casework.CloseCase;
import se.bokvar.cases.app.casework.ClosingRequest;
import se.bokvar.cases.app.casework.CompleteTask;
import se.bokvar.cases.app.casework.ExtendPreAssessment;
import se.bokvar.cases.app.casework.ExtensionRequest;
import se.bokvar.cases.app.casework.OtherSourceNoticeRequest;
import se.bokvar.cases.app.casework.PositionRequest;
import se.bokvar.cases.app.casework.PostponementRequestBody;
import se.bokvar.cases.app.casework.RecordPosition;
import se.bokvar.cases.app.casework.RecordStep;
import se.bokvar.cases.app.casework.RegisterOtherSourceNotice;
import se.bokvar.cases.app.casework.RegisteredNotice;
import se.bokvar.cases.app.casework.RequestPostponement;
import se.bokvar.cases.app.casework.RerouteCase;
import se.bokvar.cases.app.casework.StepRequest;
import se.bokvar.cases.app.casework.StepResult;
import se.bokvar.cases.app.casework.UnassignCase;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/cases")
@Tag(name = "Cases", description = "Cases of your unit: reading, positions on notices, assignment")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ Roles.CASEWORKER, Roles.SUPERVISOR })
public class CaseResource {

    @Inject
    ReadCase readCase;

    @Inject
    ReadTimeline readTimeline;

    @Inject
    FindCases findCases;

    @Inject
    ReadLetter readLetter;

    @Inject
    CurrentCaller caller;

    @Inject
    RecordPosition recordPosition;

    @Inject
    AssignCase assignCase;

    @Inject
    UnassignCase unassignCase;

    @Inject
    RerouteCase rerouteCase;

    @Inject
    RecordStep recordStep;

    @Inject
    CloseCase closeCase;

    @Inject
    ExtendPreAssessment extendPreAssessment;

    @Inject
    CompleteTask completeTask;

    @Inject
    RequestPostponement requestPostponement;

    @Inject
    RegisterOtherSourceNotice registerOtherSourceNotice;

    @GET
    @Operation(summary = "Find the case a notice was registered on", description = "Only cases of your unit are shown. The listing is audited.")
    public Uni<List<CaseSummary>> byNotice(@QueryParam("noticeId") @NotNull UUID noticeId) {
        return findCases.byNotice(caller.get(), noticeId);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a case of your unit", description = "With the household, the notices and their positions, every deadline and its state, Kronofogden's evictions, tasks and required steps. Every read is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = CaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case in your unit")
    public Uni<CaseView> read(@PathParam("id") UUID id) {
        return readCase.read(caller.get(), id);
    }

    @GET
    @Path("/{id}/timeline")
    @Operation(summary = "The case's timeline: notices, corrections, positions, steps, deadlines and their alerts, Kronofogden's events",
            description = "Oldest first, with the deadlines as they stand. Audited.")
    @APIResponse(responseCode = "200", description = "The timeline, oldest first",
            content = @Content(schema = @Schema(implementation = TimelineView.class)))
    public Uni<TimelineView> timeline(@PathParam("id") UUID id) {
        return readTimeline.timeline(caller.get(), id);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Find the cases of your unit by personnummer, address, Kronofogden case number or landlord reference",
            description = "Exactly one criterion, and a stated purpose, which is recorded in the audit trail with what was"
                    + " searched for (a person by their key and an address by its building key, never in clear)."
                    + " Results in inbox order (the nearest deadline first).")
    public Uni<List<CaseSummary>> search(@NotNull @Valid SearchRequest request) {
        return findCases.search(caller.get(), request.criterion(), request.purpose());
    }

    @PUT
    @Path("/{id}/notices/{noticeId}/position")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the position on a notice (ställningstagande)",
            description = "Every notice, early warnings included, needs one: OPEN_PRE_ASSESSMENT (an opened case moves into the pre-assessment) or NO_ACTION with the reason. The inbox lists notices still without one.")
    @APIResponse(responseCode = "204", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Invalid (e.g. NO_ACTION without a reason)")
    @APIResponse(responseCode = "409", description = "The case is closed")
    public Uni<Response> position(@PathParam("id") UUID id, @PathParam("noticeId") UUID noticeId,
            @NotNull @Valid PositionRequest request) {
        return recordPosition.handle(caller.get(), id, noticeId, request).replaceWith(Response.noContent().build());
    }

    @PUT
    @Path("/{id}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Assign the case to yourself ('me') or to a colleague of the case's adult unit",
            description = "A reassignment after the responsible caseworker was named to Kronofogden names the new one (RESPONSIBLE_CASEWORKER_NAMED, basis REASSIGNED).")
    @APIResponse(responseCode = "204", description = "Assigned")
    @APIResponse(responseCode = "400", description = "Not a caseworker of the case's adult unit")
    public Uni<Response> assign(@PathParam("id") UUID id, @NotNull @Valid AssignmentRequest request) {
        return assignCase.handle(caller.get(), id, request).replaceWith(Response.noContent().build());
    }

    @DELETE
    @Path("/{id}/assignment")
    @Operation(summary = "Take the case off its caseworker (back to the unit's unassigned cases)")
    @APIResponse(responseCode = "204", description = "Unassigned")
    public Uni<Response> unassign(@PathParam("id") UUID id) {
        return unassignCase.handle(caller.get(), id).replaceWith(Response.noContent().build());
    }

    @PUT
    @Path("/{id}/board")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SUPERVISOR)
    @Operation(summary = "Move the case to another board (supervisors; also out of the unrouted queue)",
            description = "The case's caseworker is released; consent-service learns the new board (ACCESS_CHANGED); a responsible caseworker named to Kronofogden is named again.")
    @APIResponse(responseCode = "204", description = "Moved")
    public Uni<Response> reroute(@PathParam("id") UUID id, @NotNull @Valid BoardRequest request) {
        return rerouteCase.handle(caller.get(), id, request).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a checklist step (who, when, notes and the kind's fields)",
            description = "The handbook's rules apply: no investigative steps or individual support before the investigation, "
                    + "which opens only with the adult's agreement; an unannounced home visit only after two failed attempts, "
                    + "with an assessment, to inform and offer support. A step that discloses something asks consent-service "
                    + "first with your token: without ALLOW the attempt is recorded as REFUSED and nothing may be disclosed.")
    @APIResponse(responseCode = "201", description = "Recorded; the body holds the step",
            content = @Content(schema = @Schema(implementation = StepResult.class)))
    @APIResponse(responseCode = "400", description = "A field of the kind is missing or invalid")
    @APIResponse(responseCode = "403", description = "consent-required: consent-service did not allow the disclosure (the refused attempt is recorded)")
    @APIResponse(responseCode = "409", description = "step-refused: the handbook's rules do not allow it now; invalid-transition: the case is closed")
    @APIResponse(responseCode = "503", description = "dependency-unavailable: consent-service did not answer; nothing was disclosed (the attempt is recorded)")
    public Uni<Response> step(@PathParam("id") UUID id, @NotNull @Valid StepRequest request,
            @jakarta.ws.rs.HeaderParam("Authorization") String authorization) {
        return recordStep.handle(caller.get(), authorization, id, request).map(recorded -> {
            if (recorded.refusal() == null) {
                return Response.status(201).entity(recorded.result()).build();
            }
            throw refused(request.kind() + " was not done", recorded.refusal(),
                    "The refused attempt is recorded on the case (step " + recorded.result().id() + ").");
        });
    }

    @POST
    @Path("/{id}/closing")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close the case with its outcome",
            description = "Refused (409 invalid-transition) when the case is closed already or a required step is outstanding.")
    @APIResponse(responseCode = "204", description = "Closed")
    @APIResponse(responseCode = "409", description = "Already closed, or required steps outstanding (listed)")
    public Uni<Response> close(@PathParam("id") UUID id, @NotNull @Valid ClosingRequest request) {
        return closeCase.handle(caller.get(), id, request).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/pre-assessment/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the pre-assessment's limit with the special reason (a guideline: it warns, never blocks)")
    @APIResponse(responseCode = "204", description = "Extended")
    public Uni<Response> extend(@PathParam("id") UUID id, @NotNull @Valid ExtensionRequest request) {
        return extendPreAssessment.handle(caller.get(), id, request).replaceWith(Response.noContent().build());
    }

    @POST
    @Path("/{id}/tasks/{taskId}/done")
    @Operation(summary = "Mark a task of your unit on the case done (the children-and-youth unit's involvement)")
    @APIResponse(responseCode = "204", description = "Done")
    public Uni<Response> taskDone(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return completeTask.handle(caller.get(), id, taskId).replaceWith(Response.noContent().build());
    }

    @GET
    @Path("/{id}/letters/{letterId}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The copy of the acknowledgement sent to the tenant, exactly as dispatched (HTML)",
            description = "Every read is recorded in the audit trail.")
    @APIResponse(responseCode = "200", description = "The letter as dispatched", content = @Content(mediaType = MediaType.TEXT_HTML))
    @APIResponse(responseCode = "404", description = "No such letter on a case of your unit")
    public Uni<String> letter(@PathParam("id") UUID id, @PathParam("letterId") UUID letterId) {
        return readLetter.letter(caller.get(), id, letterId);
    }

    @POST
    @Path("/{id}/postponements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask Kronofogden to postpone the eviction (anstånd)",
            description = "With the handbook's grounds. The request tells Kronofogden about the household, so consent-service is asked "
                    + "first with your token (party KRONOFOGDEN, purpose REQUEST_POSTPONEMENT, category HOUSEHOLD_SITUATION, or HEALTH "
                    + "on the grounds of ILLNESS); only an ALLOW sends it. kronofogden-adapter delivers it; the request, a refused "
                    + "attempt and the answer show on the timeline.")
    @APIResponse(responseCode = "201", description = "Requested; the body holds the request id")
    @APIResponse(responseCode = "409", description = "The eviction is cancelled or carried out")
    @APIResponse(responseCode = "403", description = "consent-required: no consent (or other recorded legal ground) covers telling Kronofogden; nothing was sent (the attempt is on the timeline)")
    @APIResponse(responseCode = "503", description = "dependency-unavailable: consent-service did not answer; nothing was sent (the attempt is on the timeline)")
    public Uni<Response> postpone(@PathParam("id") UUID id, @NotNull @Valid PostponementRequestBody request,
            @jakarta.ws.rs.HeaderParam("Authorization") String authorization) {
        return requestPostponement.handle(caller.get(), authorization, id, request).map(outcome -> {
            if (outcome.refusal() == null) {
                return Response.status(201).entity(java.util.Map.of("requestId", outcome.requestId())).build();
            }
            throw refused("The postponement request was not sent to Kronofogden", outcome.refusal(),
                    "The refused attempt is recorded on the case's timeline.");
        });
    }

    /** 403 consent-required, or 503 dependency-unavailable when consent-service did not answer. */
    private static se.bokvar.platform.problem.ProblemException refused(String what, RecordStep.Refusal refusal, String recorded) {
        String detail = what + ": " + refusal.reason() + ". " + recorded;
        return new se.bokvar.platform.problem.ProblemException(refusal.unavailable()
                ? se.bokvar.platform.problem.ProblemType.DEPENDENCY_UNAVAILABLE
                : se.bokvar.platform.problem.ProblemType.CONSENT_REQUIRED, detail);
    }

    @POST
    @Path("/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register information from another source (the tenant, a relative, another administration)",
            description = "It joins the household's open case or opens one in the unit covering the address, and needs a position like any notice. Contacting the landlord about it needs the person's consent. It starts no statutory deadline.")
    @APIResponse(responseCode = "201", description = "Registered; the body names the case it joined or opened",
            content = @Content(schema = @Schema(implementation = RegisteredNotice.class)))
    public Uni<Response> registerOther(@NotNull @Valid OtherSourceNoticeRequest request) {
        return registerOtherSourceNotice.handle(caller.get(), request)
                .map(r -> Response.status(201).entity(r).build());
    }
}
