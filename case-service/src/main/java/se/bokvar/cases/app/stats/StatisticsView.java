package se.bokvar.cases.app.stats;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures Socialstyrelsen and Kronofogden ask municipalities for, without personal data; counts of 1–4 are
 * suppressed.
 *
 * @param scope the board, or {@code municipality}
 */
@Schema(name = "Statistics")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatisticsView(String scope, YearMonth from, YearMonth to, List<NoticeCount> notices,
        ContactTime firstPersonalContact, Children children, List<OutcomeCount> outcomes, List<DeadlineCount> deadlines) {

    /** Notices received per month, board (its adult unit; {@code unrouted} when none) and kind. */
    public record NoticeCount(String month, String board, String kind, Figure count) {
    }

    /**
     * Time from social services' receipt of the first notice to the first personal contact with the tenant (a letter
     * is not personal contact), in hours, over the cases opened in the period that got one.
     *
     * @param cases    how many cases the figures rest on
     * @param medianHours null when suppressed (fewer than 5 cases)
     */
    public record ContactTime(Figure cases, Double medianHours, Double p90Hours) {
    }

    /** Cases opened in the period, and the share with children in the household. */
    public record Children(Figure cases, Figure withChildren, Double share) {
    }

    /** Cases closed in the period, per outcome (and how an eviction was averted). */
    public record OutcomeCount(String outcome, String avertedBy, Figure count) {
    }

    /** Deadlines of the cases opened in the period, per kind and state (met, breached, pending, not applicable). */
    public record DeadlineCount(String deadline, String state, Figure count) {
    }
}
