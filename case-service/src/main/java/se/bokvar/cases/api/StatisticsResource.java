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
@Tag(name = "Statistics", description = "Figures without personal data, published on a fixed grid (calendar months × boards) "
        + "with small counts suppressed so that none can be worked out from any combination of answers")
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
                    + "and Kronofogden ask the municipality for. No personal data.\n\n"
                    + "Every count is a value of one fixed grid: for each measure and calendar month (Europe/Stockholm) one "
                    + "table with a column for every board of the routing table (plus unrouted cases) and the municipality's "
                    + "total; the same table whatever period or scope is asked. Counts of 1 to 4 are suppressed, and so are "
                    + "the further counts (complementary suppression) from which one could be worked out by adding and "
                    + "subtracting published figures: a board's count next to the municipality's total, two overlapping "
                    + "periods, several queries together. A suppressed figure has no count and suppressed = \"hidden\" (it "
                    + "does not say whether it is small). A figure over several months is the sum of the months' published "
                    + "figures and is suppressed if one of them is. The median and 90th percentile of the time to the first "
                    + "personal contact are given only when the count of cases they rest on is published, the share with "
                    + "children only when both its counts are.\n\n"
                    + "Only calendar months that have ended are published (the counts of the current month still change, and "
                    + "the difference between two days would be a small count): publishedThrough is the last month the "
                    + "figures include, absent when no month of the period has ended. The period is at most three years.")
    public Uni<StatisticsView> figures(
            @Parameter(description = "First month, YYYY-MM", example = "2026-01") @QueryParam("from") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String from,
            @Parameter(description = "Last month, YYYY-MM (the figures stop at the last month that has ended)", example = "2026-12") @QueryParam("to") @NotNull @Pattern(regexp = "\\d{4}-\\d{2}") String to,
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
