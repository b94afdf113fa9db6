package se.bokvar.kronofogden.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.kronofogden.app.postponement.AnswerPostponement;
import se.bokvar.kronofogden.app.postponement.PostponementAnswerCommand;
import se.bokvar.kronofogden.app.postponement.PostponementAnswerView;
import se.bokvar.platform.security.Roles;

/** Kronofogden's answers to social services' postponement requests (anstånd). Role {@code kronofogden} only. */
@Path("/api/v1/postponement-requests")
@Tag(name = "Postponements", description = "Kronofogden's decisions on postponement requests (anstånd)")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.KRONOFOGDEN)
public class PostponementResource {

    private final AnswerPostponement answerPostponement;

    @Inject
    public PostponementResource(AnswerPostponement answerPostponement) {
        this.answerPostponement = answerPostponement;
    }

    @POST
    @Path("/{requestId}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a postponement request", description = "GRANTED (optionally with the new date and time) or"
            + " REFUSED. Idempotent: the same answer again is accepted; a different answer to an answered request is 409.")
    @APIResponse(responseCode = "200", description = "Recorded (now or before)",
            content = @Content(schema = @Schema(implementation = AnswerReceipt.class)))
    @APIResponse(responseCode = "400", description = "Invalid answer; nothing was stored")
    @APIResponse(responseCode = "404", description = "No such postponement request")
    @APIResponse(responseCode = "409", description = "Answered before with another answer")
    public Uni<AnswerReceipt> answer(@PathParam("requestId") UUID requestId, @NotNull @Valid PostponementAnswerRequest answer) {
        PostponementAnswerCommand command = new PostponementAnswerCommand(answer.outcome(), answer.newEvictionAt(), answer.comment(),
                answer.decidedAt());
        return answerPostponement.answer(requestId, command).map(received -> receipt(received.body()));
    }

    private static AnswerReceipt receipt(PostponementAnswerView view) {
        return new AnswerReceipt(view.requestId(), view.kfmCaseNumber(), view.decision().name(), view.recordedAt());
    }
}
