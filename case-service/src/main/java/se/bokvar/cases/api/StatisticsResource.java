package se.bokvar.cases.api;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import se.bokvar.cases.app.stats.Statistics;
import se.bokvar.cases.app.stats.StatisticsView;
import se.bokvar.platform.problem.ProblemException;
import se.bokvar.platform.security.CurrentCaller;
import se.bokvar.platform.security.Roles;

@Path("/api/v1/statistics")
@Tag(name = "Statistics", description = "Figures without personal data; counts of 1–4 suppressed")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.SUPERVISOR)
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Notices per kind, board and month; time to first personal contact; children; outcomes; deadlines",
            description = "Supervisors: their board, or the whole municipality (scope=municipality) — the figures Socialstyrelsen "
                    + "and Kronofogden ask the municipality for. No personal data; counts of 1 to 4 are suppressed.")
    public Uni<StatisticsView> figures(
            @Parameter(description = "First month, YYYY-MM", example = "2026-01") @QueryParam("from") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String from,
            @Parameter(description = "Last month, YYYY-MM", example = "2026-12") @QueryParam("to") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String to,
            @Parameter(description = "board (yours, default) or municipality") @QueryParam("scope") @DefaultValue("board")
            @Pattern(regexp = "board|municipality") String scope) {
        YearMonth start = month("from", from);
        YearMonth end = month("to", to);
        if (end.isBefore(start)) {
            throw ProblemException.validation("to", "must not be before from");
        }
        if (start.plusMonths(36).isBefore(end)) {
            throw ProblemException.validation("to", "the period is at most three years");
        }
        String board = "municipality".equals(scope) ? null : caller.get().boardId().orElseThrow(
                () -> ProblemException.validation("scope", "your token names no board: ask for scope=municipality"));
        return statistics.figures(board, start, end);
    }

    private static YearMonth month(String field, String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.validation(field, "must be a month YYYY-MM");
        }
    }
}
