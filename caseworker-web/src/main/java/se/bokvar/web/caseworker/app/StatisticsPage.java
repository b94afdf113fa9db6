package se.bokvar.web.caseworker.app;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightJson;
import se.bokvar.web.caseworker.store.OversightService;

/**
 * Statistik (supervisors): case-service's figures for a period of months, the supervisor's board or the whole
 * municipality, as tables and one bar chart of the notices per month. Nothing is computed here but sums of shown
 * figures for the chart: a figure case-service hid (a count of 1 to 4, or one hidden so that such a count cannot be
 * worked out from the others) stays "dold", and a month with one is "minst" its shown sum. Case-service publishes
 * only months that have ended; the page says up to which month the figures go.
 */
@ApplicationScoped
public class StatisticsPage {

    /** A figure case-service hid; not "färre än 5": a count hidden beside a small one may be any size. */
    static final String SUPPRESSED = "dold";
    static final String NOT_SHOWN = "visas inte";
    private static final String[] MONTHS = { "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
            "september", "oktober", "november", "december" };

    private final OversightService service;
    private final Clock clock;

    public StatisticsPage(OversightService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    /** The period as the form sends it ("YYYY-MM"; blank: the last twelve months); scope "board" or "municipality". */
    public record Period(String from, String to, String scope) {

        public Period {
            from = Forms.text(from);
            to = Forms.text(to);
            scope = "municipality".equals(scope) ? "municipality" : "board";
        }
    }

    public record NoticeRow(String month, String board, String kind, String count) {
    }

    public record Row(String label, String detail, String count) {
    }

    /** A month of the period: the sum of its shown counts, whether one was suppressed, and how it is written. */
    public record MonthRow(String month, String iso, long shown, boolean suppressed, String count) {
    }

    /**
     * @param coverage which months the figures include, when not the whole period (null when they do)
     * @param chart    null when no month of the period has ended (nothing is published yet)
     */
    public record Model(Period period, Refusal refusal, String scopeText, String coverage, List<NoticeRow> notices,
            List<MonthRow> perMonth, BarChart chart, String contactCases, String contactMedian, String contactP90,
            String childrenCases, String childrenWith, String childrenShare, List<Row> outcomes, List<Row> deadlines) {
    }

    public Model read(Period asked) {
        YearMonth now = YearMonth.from(Stockholm.today(clock));
        Period p = new Period(asked.from() == null ? now.minusMonths(11).toString() : asked.from(),
                asked.to() == null ? now.toString() : asked.to(), asked.scope());
        for (String[] field : new String[][] { { "Från", p.from() }, { "Till", p.to() } }) {
            if (month(field[1]) == null) {
                return refused(p, Forms.invalid(field[0] + ": ange en månad (åååå-mm)."));
            }
        }
        OversightJson.Statistics s;
        try {
            s = service.statistics(p.from(), p.to(), p.scope());
        } catch (CaseServiceRefusal e) {
            return refused(p, Refusals.of(e.problem()));
        }
        List<NoticeRow> notices = list(s.notices()).stream().map(n -> new NoticeRow(monthName(n.month()),
                n.board() == null ? "" : Labels.board(n.board()), Labels.escalation(n.kind()), figure(n.count()))).toList();
        YearMonth through = month(s.publishedThrough());
        List<MonthRow> perMonth = List.of();
        BarChart chart = null;
        if (through != null) {
            // the municipality's months are its totals (case-service's), not sums of the boards' shown figures
            List<OversightJson.NoticeCount> monthly = s.noticeTotals() == null ? list(s.notices())
                    : s.noticeTotals().stream().map(t -> new OversightJson.NoticeCount(t.month(), null, t.kind(), t.count()))
                            .toList();
            perMonth = perMonth(month(p.from()), through, monthly);
            chart = BarChart.of("Underrättelser per månad", "Antal mottagna underrättelser per månad, "
                    + monthName(p.from()) + " till " + monthName(through.toString()) + ", " + scopeText(p, s)
                    + ". Samma siffror finns i tabellen under diagrammet.", chartValues(perMonth));
        }
        OversightJson.ContactTime contact = s.firstPersonalContact();
        OversightJson.Children children = s.children();
        return new Model(p, null, scopeText(p, s), coverage(p, through), notices, perMonth, chart,
                contact == null ? "–" : figure(contact.cases()), hours(contact == null ? null : contact.medianHours()),
                hours(contact == null ? null : contact.p90Hours()), children == null ? "–" : figure(children.cases()),
                children == null ? "–" : figure(children.withChildren()), share(children == null ? null : children.share()),
                list(s.outcomes()).stream().map(o -> new Row(Labels.outcome(o.outcome()),
                        o.avertedBy() == null ? "" : Labels.avertedBy(o.avertedBy()), figure(o.count()))).toList(),
                list(s.deadlines()).stream().map(d -> new Row(Labels.deadline(d.deadline()), Labels.deadlineState(d.state()),
                        figure(d.count()))).toList());
    }

    /** Every month of the period with its notices: the shown counts summed, "minst" when one was suppressed. */
    static List<MonthRow> perMonth(YearMonth from, YearMonth to, List<OversightJson.NoticeCount> notices) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (YearMonth m = from; !m.isAfter(to) && sums.size() < 48; m = m.plusMonths(1)) {
            sums.put(m.toString(), new long[2]);
        }
        for (OversightJson.NoticeCount n : notices) {
            long[] sum = sums.get(n.month());
            if (sum == null || n.count() == null) {
                continue;
            }
            if (n.count().count() != null) {
                sum[0] += n.count().count();
            } else if (n.count().suppressed() != null) {
                sum[1]++;
            }
        }
        List<MonthRow> rows = new ArrayList<>();
        sums.forEach((month, sum) -> rows.add(new MonthRow(monthName(month), month, sum[0], sum[1] > 0,
                sum[1] == 0 ? Long.toString(sum[0]) : sum[0] == 0 ? SUPPRESSED : "minst " + sum[0])));
        return rows;
    }

    static List<BarChart.Value> chartValues(List<MonthRow> perMonth) {
        return perMonth.stream().map(r -> new BarChart.Value(shortMonth(r.iso()), r.shown(), r.count())).toList();
    }

    /** A figure as written: the count, or "dold" when case-service hid it, "–" when there is none. */
    static String figure(OversightJson.Figure f) {
        if (f == null) {
            return "–";
        }
        return f.count() != null ? Long.toString(f.count()) : SUPPRESSED;
    }

    static String hours(Double hours) {
        return hours == null ? NOT_SHOWN : String.format(Locale.forLanguageTag("sv-SE"), "%.1f timmar", hours);
    }

    static String share(Double share) {
        return share == null ? NOT_SHOWN : String.format(Locale.forLanguageTag("sv-SE"), "%.1f %%", share * 100);
    }

    /** "2026-01" → "januari 2026"; anything else as it is. */
    static String monthName(String month) {
        YearMonth m = month(month);
        return m == null ? String.valueOf(month) : MONTHS[m.getMonthValue() - 1] + " " + m.getYear();
    }

    private static String shortMonth(String month) {
        YearMonth m = month(month);
        return m == null ? month : MONTHS[m.getMonthValue() - 1].substring(0, 3) + " " + (m.getYear() % 100 < 10 ? "0" : "")
                + m.getYear() % 100;
    }

    /** Which months the figures include, when it is not the whole period asked; null when it is. */
    static String coverage(Period p, YearMonth through) {
        if (through == null) {
            return "Ingen månad i perioden har tagit slut ännu. Siffror visas för hela månader, när månaden är slut.";
        }
        YearMonth to = month(p.to());
        return to != null && to.isAfter(through) ? "Siffrorna gäller till och med " + monthName(through.toString())
                + ": en månad visas när den har tagit slut." : null;
    }

    private static String scopeText(Period p, OversightJson.Statistics s) {
        return "municipality".equals(p.scope()) ? "hela kommunen" : "nämnden " + Labels.board(s.scope());
    }

    private static Model refused(Period p, Refusal refusal) {
        return new Model(p, refusal, null, null, List.of(), List.of(), null, null, null, null, null, null, null,
                List.of(), List.of());
    }

    static YearMonth month(String value) {
        try {
            return value == null ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
