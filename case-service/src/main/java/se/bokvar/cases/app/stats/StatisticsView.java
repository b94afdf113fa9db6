package se.bokvar.cases.app.stats;

import java.time.YearMonth;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures Socialstyrelsen and Kronofogden ask municipalities for, without personal data. Every count is a value
 * of the statistics grid ({@link Grid}) or a sum of its published values; counts of 1–4, and the counts from which
 * one could be worked out, are suppressed ({@link Figure}). Only calendar months that have ended are published.
 *
 * @param scope            the board, or {@code municipality}
 * @param from             the first month asked
 * @param to               the last month asked
 * @param publishedThrough the last month the figures include: {@code to}, or the last month that has ended if
 *                         {@code to} has not; absent (and no figures) when no month of the period has ended
 * @param noticeTotals     scope municipality only: the municipality's notices per month and kind
 */
@Schema(name = "Statistics")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatisticsView(String scope, YearMonth from, YearMonth to, YearMonth publishedThrough,
        List<NoticeCount> notices, List<NoticeTotal> noticeTotals, ContactTime firstPersonalContact, Children children,
        List<OutcomeCount> outcomes, List<DeadlineCount> deadlines) {

    /**
     * Notices received per month, board (its adult unit; {@code unrouted} when none, {@code other} for a board no
     * longer in the routing table) and kind. Listed when the count is not 0 (a suppressed one always).
     */
    public record NoticeCount(String month, String board, String kind, Figure count) {
    }

    /** The municipality's notices of one kind in one month (all boards and the unrouted). Listed unless 0. */
    public record NoticeTotal(String month, String kind, Figure count) {
    }

    /**
     * Time from social services' receipt of the first notice to the first personal contact with the tenant (a letter
     * is not personal contact), in hours, over the cases opened in the period that got one.
     *
     * @param cases       how many cases the figures rest on
     * @param medianHours null unless {@code cases} is published and not 0
     */
    public record ContactTime(Figure cases, Double medianHours, Double p90Hours) {
    }

    /**
     * Cases opened in the period, those with children in the household, and their share (null unless both
     * counts are published and the cases are not 0).
     */
    public record Children(Figure cases, Figure withChildren, Double share) {
    }

    /** Cases closed in the period, per outcome (and how an eviction was averted). Listed unless 0. */
    public record OutcomeCount(String outcome, String avertedBy, Figure count) {
    }

    /**
     * Deadlines of the cases opened in the period, per kind and state (met, breached, pending, not applicable), as
     * they stand now. Listed unless 0.
     */
    public record DeadlineCount(String deadline, String state, Figure count) {
    }
}
