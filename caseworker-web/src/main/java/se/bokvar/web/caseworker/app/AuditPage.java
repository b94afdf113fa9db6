package se.bokvar.web.caseworker.app;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import se.bokvar.rules.calendar.Stockholm;
import se.bokvar.web.caseworker.store.CaseServiceRefusal;
import se.bokvar.web.caseworker.store.OversightJson;
import se.bokvar.web.caseworker.store.OversightService;
import se.bokvar.web.commons.format.SwedishDates;

/**
 * Granskningslogg (auditors): case-service's audit trail by case, person (personnummer, sent in a POST body only),
 * user, action and days, newest first, in pages. case-service takes a limit, not an offset: page n asks for the
 * first n pages (plus one record, to know whether there is a next page) and shows the last, up to case-service's
 * 1000 records. Every query is itself audited by case-service.
 */
@ApplicationScoped
public class AuditPage {

    public static final int PAGE_SIZE = 50;
    /** case-service's largest limit. */
    static final int MAX_RECORDS = 1000;
    /** The actions an auditor can pick (case-service's AuditLog). */
    static final List<String> ACTIONS = List.of("case.read", "case.list", "case.timeline", "case.letter.read",
            "inbox.list", "person.search", "address.search", "eviction.search", "notice.search", "audit.query");

    private final OversightService service;

    public AuditPage(OversightService service) {
        this.service = service;
    }

    /** The form as sent: days are ISO dates (Stockholm days, both included); page 1-based. */
    public record Query(String caseId, String personalIdentityNumber, String actor, String action, String from,
            String to, int page) {

        public Query {
            caseId = Forms.text(caseId);
            personalIdentityNumber = Forms.text(personalIdentityNumber);
            actor = Forms.text(actor);
            action = action != null && ACTIONS.contains(action) ? action : null;
            from = Forms.text(from);
            to = Forms.text(to);
            page = Math.max(1, Math.min(page, MAX_RECORDS / PAGE_SIZE));
        }

        public static Query empty() {
            return new Query(null, null, null, null, null, null, 1);
        }
    }

    public record Row(String at, String atIso, String actor, String roles, String board, String action,
            String resourceType, List<String> resources, String purpose) {
    }

    /**
     * @param asked   false before the first query (the empty form)
     * @param capped  the last page case-service can give: narrow the query for older records
     */
    public record Model(Query query, boolean asked, Refusal refusal, List<Row> rows, int page, boolean hasNext,
            boolean capped) {

        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    public static Model form() {
        return new Model(Query.empty(), false, null, List.of(), 1, false, false);
    }

    public Model read(Query q) {
        Map<String, Object> body = new LinkedHashMap<>();
        Refusal invalid = body(q, body);
        if (invalid != null) {
            return new Model(q, true, invalid, List.of(), q.page(), false, false);
        }
        List<OversightJson.AuditRecord> records;
        try {
            records = service.audit(body);
        } catch (CaseServiceRefusal e) {
            return new Model(q, true, Refusals.of(e.problem()), List.of(), q.page(), false, false);
        }
        int start = (q.page() - 1) * PAGE_SIZE;
        int end = Math.min(records.size(), start + PAGE_SIZE);
        List<Row> rows = records.subList(Math.min(start, records.size()), end).stream().map(AuditPage::row).toList();
        boolean capped = (long) q.page() * PAGE_SIZE >= MAX_RECORDS && records.size() >= MAX_RECORDS;
        return new Model(q, true, null, rows, q.page(), records.size() > start + PAGE_SIZE, capped);
    }

    /** case-service's AuditQuery for the form, or what is wrong with the form. */
    static Refusal body(Query q, Map<String, Object> body) {
        if (q.caseId() != null) {
            try {
                body.put("caseId", UUID.fromString(q.caseId()).toString());
            } catch (IllegalArgumentException e) {
                return Forms.invalid("Ärende: ange ärendets id (till exempel 0b9c2d4e-1111-4a5b-9c3d-2e4f6a8b0c1d).");
            }
        }
        if (q.personalIdentityNumber() != null) {
            if (q.personalIdentityNumber().length() > 13) {
                return Forms.invalid("Personnummer: ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN.");
            }
            body.put("personalIdentityNumber", q.personalIdentityNumber());
        }
        if (q.actor() != null) {
            if (q.actor().length() > 64) {
                return Forms.invalid("Användare: högst 64 tecken.");
            }
            body.put("actor", q.actor());
        }
        if (q.action() != null) {
            body.put("action", q.action());
        }
        LocalDate from = day(q.from());
        LocalDate to = day(q.to());
        if (q.from() != null && from == null || q.to() != null && to == null) {
            return Forms.invalid("Från och till: ange datum (åååå-mm-dd).");
        }
        if (from != null && to != null && to.isBefore(from)) {
            return Forms.invalid("Till: får inte vara före från-dagen.");
        }
        if (from != null) {
            body.put("from", from.atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime().toString());
        }
        if (to != null) {
            body.put("to", to.plusDays(1).atStartOfDay(Stockholm.STOCKHOLM).toOffsetDateTime().toString());
        }
        body.put("limit", Math.min(MAX_RECORDS, q.page() * PAGE_SIZE + 1));
        return null;
    }

    static Row row(OversightJson.AuditRecord r) {
        return new Row(SwedishDates.dateTime(r.occurredAt()), SwedishDates.isoDateTime(r.occurredAt()),
                r.actorUsername() == null ? r.actorSubject() : r.actorUsername(), r.actorRoles(),
                r.actorBoard() == null ? "" : Labels.board(r.actorBoard()), Labels.auditAction(r.action()),
                Labels.resourceType(r.resourceType()), r.resourceIds() == null ? List.of() : r.resourceIds(), r.purpose());
    }

    private static LocalDate day(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The actions with their Swedish words, for the form. */
    public static List<CasePage.Option> actions() {
        return ACTIONS.stream().map(a -> new CasePage.Option(a, Labels.auditAction(a))).toList();
    }
}
