package se.bokvar.intake.app.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import se.bokvar.intake.store.extract.RegisterExtractStore;
import se.bokvar.intake.store.extract.RegisterExtractStore.NoticeRow;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * The intake's part of a person's register extract (GDPR art. 15; docs/register-extract.md): every notice that names
 * the person as a tenant ({@code NOTICE}: as received, with its receipt and status), the amendments of those notices
 * ({@code NOTICE_AMENDMENT}: corrections, served dates, withdrawals) and the stored answers to idempotency keys that
 * name those notices or the person ({@code IDEMPOTENT_ANSWER}). For the whole municipality: the controller answers
 * for all it holds; the stated purpose and the audit record guard it. The reads and the audit record (action
 * {@code register.extract}, the person key, never the number) share one transaction, and the record is written
 * also when nothing is found.
 */
@ApplicationScoped
public class RegisterExtract {

    static final String SERVICE = "notice-intake-service";
    static final List<String> HOLDS = List.of(ExtractRecords.NOTICE, ExtractRecords.NOTICE_AMENDMENT,
            ExtractRecords.IDEMPOTENT_ANSWER);

    private final Pool pool;
    private final RegisterExtractStore store;
    private final AuditLog audit;
    private final TenancyKeys keys;
    private final ObjectMapper mapper;
    private final Clock clock;

    @Inject
    public RegisterExtract(Pool pool, RegisterExtractStore store, AuditLog audit, TenancyKeys keys, ObjectMapper mapper,
            Clock clock) {
        this.pool = pool;
        this.store = store;
        this.audit = audit;
        this.keys = keys;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The extract for a validated request (the number is valid: the API checked it). */
    public Uni<ServiceExtract> handle(Caller caller, ExtractRequest request) {
        PersonalIdentityNumber person = PersonalIdentityNumber.parse(request.personalIdentityNumber(), clock);
        String subject = person.canonical();
        String personKey = keys.personKey(person);
        List<String> forms = person.writtenForms(se.bokvar.rules.calendar.Stockholm.today(clock));
        ExtractRecords records = new ExtractRecords(mapper, subject);
        return pool.withTransaction(conn -> store.snapshot(conn)
                .chain(() -> store.notices(conn, forms))
                .chain(notices -> store.amendments(conn, ids(notices))
                        .chain(amendments -> store.answers(conn, needles(notices, forms))
                                .map(answers -> {
                                    List<ExtractRecord> all = new ArrayList<>();
                                    notices.forEach(n -> all.add(records.notice(n)));
                                    amendments.forEach(a -> all.add(records.amendment(a)));
                                    answers.forEach(r -> all.add(records.answer(r)));
                                    return all;
                                })))
                .call(() -> audit.record(conn, caller, "register.extract", "person", List.of(personKey),
                        request.purpose().strip()))
                .map(all -> new ServiceExtract(SERVICE, clock.instant(), subject, oldestFirst(all), HOLDS)));
    }

    private static List<UUID> ids(List<NoticeRow> notices) {
        return notices.stream().map(NoticeRow::id).toList();
    }

    /** What a stored answer that concerns the person contains: a receipt names its notice; the number, in quotes. */
    private static List<String> needles(List<NoticeRow> notices, List<String> forms) {
        Set<String> needles = new LinkedHashSet<>();
        notices.forEach(n -> needles.add(n.id().toString()));
        forms.forEach(f -> needles.add("\"" + f + "\""));
        return List.copyOf(needles);
    }

    /** Oldest first; at the same instant in the order of {@link #HOLDS}, then by id. */
    static List<ExtractRecord> oldestFirst(List<ExtractRecord> records) {
        return records.stream().sorted(Comparator.comparing(ExtractRecord::at)
                .thenComparing(r -> HOLDS.indexOf(r.kind()))
                .thenComparing(ExtractRecord::id)).toList();
    }
}
