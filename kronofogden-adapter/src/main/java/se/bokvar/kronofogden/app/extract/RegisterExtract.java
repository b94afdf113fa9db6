package se.bokvar.kronofogden.app.extract;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.AttemptRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.DeliveryRow;
import se.bokvar.kronofogden.store.extract.RegisterExtractStore.NoticeRow;
import se.bokvar.platform.audit.AuditLog;
import se.bokvar.platform.extract.ExtractRecord;
import se.bokvar.platform.extract.ExtractRequest;
import se.bokvar.platform.extract.ServiceExtract;
import se.bokvar.platform.security.Caller;
import se.bokvar.rules.household.TenancyKeys;
import se.bokvar.rules.identity.PersonalIdentityNumber;

/**
 * The adapter's part of a person's register extract (GDPR art. 15; docs/register-extract.md): Kronofogden's notices
 * that name the person ({@code EVICTION_NOTICE}), and for those KFM cases (and any case a delivery to the person
 * belongs to) Kronofogden's updates ({@code EVICTION_UPDATE}), every delivery as sent with its attempts
 * ({@code DELIVERY}: acknowledgements, the tenants' letters, postponement requests) and the postponement requests with
 * Kronofogden's answers ({@code POSTPONEMENT_REQUEST}). For the whole municipality: the controller answers for all it
 * holds; the stated purpose and the audit record guard it. The reads and the audit record (action
 * {@code register.extract}, the person key, never the number) share one transaction, and the record is written
 * also when nothing is found.
 */
@ApplicationScoped
public class RegisterExtract {

    static final String SERVICE = "kronofogden-adapter";
    static final List<String> HOLDS = List.of(ExtractRecords.EVICTION_NOTICE, ExtractRecords.EVICTION_UPDATE,
            ExtractRecords.DELIVERY, ExtractRecords.POSTPONEMENT_REQUEST);

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
                .chain(notices -> store.casesByDelivery(conn, forms).chain(lettered -> {
                    List<ExtractRecord> all = new ArrayList<>();
                    notices.forEach(n -> all.add(records.notice(n)));
                    return cases(conn, records, cases(notices, lettered), all);
                }))
                .call(() -> audit.record(conn, caller, "register.extract", "person", List.of(personKey),
                        request.purpose().strip()))
                .map(all -> new ServiceExtract(SERVICE, clock.instant(), subject, oldestFirst(all), HOLDS)));
    }

    /** Adds what the adapter holds about the KFM cases: updates, deliveries with their attempts, postponements. */
    private Uni<List<ExtractRecord>> cases(SqlConnection conn, ExtractRecords records, List<String> cases,
            List<ExtractRecord> all) {
        // one after the other: a connection runs one query at a time
        return store.updates(conn, cases)
                .invoke(updates -> updates.forEach(u -> all.add(records.update(u))))
                .chain(() -> store.deliveries(conn, cases))
                .chain(deliveries -> store.attempts(conn, deliveries.stream().map(DeliveryRow::id).toList())
                        .invoke(attempts -> {
                            Map<UUID, List<AttemptRow>> byDelivery = new LinkedHashMap<>();
                            attempts.forEach(a -> byDelivery.computeIfAbsent(a.deliveryId(), k -> new ArrayList<>()).add(a));
                            deliveries.forEach(d -> all.add(records.delivery(d, byDelivery.getOrDefault(d.id(), List.of()))));
                        }))
                .chain(() -> store.postponements(conn, cases))
                .invoke(postponements -> postponements.forEach(p -> all.add(records.postponement(p))))
                .replaceWith(all);
    }

    /** The KFM cases of the person's notices, then those only a delivery to the person names. */
    private static List<String> cases(List<NoticeRow> notices, List<String> lettered) {
        Set<String> cases = new LinkedHashSet<>();
        notices.forEach(n -> cases.add(n.kfmCaseNumber()));
        cases.addAll(lettered);
        return List.copyOf(cases);
    }

    /** Oldest first; at the same instant in the order of {@link #HOLDS}, then by id. */
    static List<ExtractRecord> oldestFirst(List<ExtractRecord> records) {
        return records.stream().sorted(Comparator.comparing(ExtractRecord::at)
                .thenComparing(r -> HOLDS.indexOf(r.kind()))
                .thenComparing(ExtractRecord::id)).toList();
    }
}
