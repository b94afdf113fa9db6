package se.bokvar.intake.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import se.bokvar.rules.notice.NoticeKind;

/**
 * The receiving path's SQL on the reactive client, in the caller's transaction: the look-up of references already
 * taken and the insert of new notices, each one prepared statement whatever the number of notices (a batch's
 * thousand notices are one round trip, as one notice is). The rest of the intake's notice queries (corrections,
 * withdrawals, reads) are in {@link NoticeRepository}.
 */
@ApplicationScoped
public class NewNotices {

    /**
     * The kinds are in the predicate so that the unique index (landlord, kind, reference) is used on all three
     * columns: without them, the index is read for every notice the landlord ever sent (measured: 86 ms of
     * PostgreSQL's CPU per notice for a landlord with a million notices).
     */
    static final String KNOWN_REFERENCES = """
            select kind, landlord_reference, id, request_hash, receipt from notice
             where landlord_id = $1 and reference_unique and kind = any($2) and landlord_reference = any($3)
            """;

    static final String INSERT_ALL = """
            insert into notice (id, landlord_id, kind, landlord_reference, received_at, counted_from_received_at, tenure,
                                served_on, recovery_period_last_day, status, building_key, tenancy_key, partition_key,
                                request_hash, receipt, payload)
            select n.id, n.landlord_id, n.kind, n.landlord_reference, n.received_at, n.received_at, n.tenure, n.served_on,
                   n.recovery_period_last_day, n.status, n.building_key, n.tenancy_key, n.partition_key, n.request_hash,
                   n.receipt, cast(n.payload as jsonb)
              from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::text[], $7::date[],
                          $8::date[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[],
                          $15::text[])
                   as n(id, landlord_id, kind, landlord_reference, received_at, tenure, served_on,
                        recovery_period_last_day, status, building_key, tenancy_key, partition_key, request_hash, receipt,
                        payload)
            """;

    /** The landlord's notices of these kinds with these references (taken, so compared with a new notice). */
    public Uni<List<KnownReference>> knownReferences(SqlConnection connection, String landlordId,
            Collection<NoticeKind> kinds, Collection<String> references) {
        String[] kindNames = kinds.stream().map(Enum::name).toArray(String[]::new);
        return connection.preparedQuery(KNOWN_REFERENCES)
                .execute(Tuple.of(landlordId, kindNames, references.toArray(String[]::new)))
                .map(rows -> {
                    List<KnownReference> known = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        known.add(new KnownReference(NoticeKind.valueOf(row.getString(0)), row.getString(1),
                                row.getUUID(2), row.getString(3), row.getString(4)));
                    }
                    return known;
                });
    }

    /** Inserts the notices with one statement. */
    public Uni<Void> insertAll(SqlConnection connection, List<NewNoticeRow> notices) {
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        int n = notices.size();
        UUID[] ids = new UUID[n];
        String[] landlords = new String[n];
        String[] kinds = new String[n];
        String[] references = new String[n];
        OffsetDateTime[] receivedAt = new OffsetDateTime[n];
        String[] tenures = new String[n];
        LocalDate[] servedOn = new LocalDate[n];
        LocalDate[] lastDays = new LocalDate[n];
        String[] statuses = new String[n];
        String[] buildings = new String[n];
        String[] tenancies = new String[n];
        String[] partitions = new String[n];
        String[] hashes = new String[n];
        String[] receipts = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            NewNoticeRow row = notices.get(i);
            ids[i] = row.id();
            landlords[i] = row.landlordId();
            kinds[i] = row.kind().name();
            references[i] = row.landlordReference();
            receivedAt[i] = row.receivedAt();
            tenures[i] = row.tenure().name();
            servedOn[i] = row.servedOn();
            lastDays[i] = row.recoveryPeriodLastDay();
            statuses[i] = row.status().name();
            buildings[i] = row.buildingKey();
            tenancies[i] = row.tenancyKey();
            partitions[i] = row.partitionKey();
            hashes[i] = row.requestHash();
            receipts[i] = row.receipt();
            payloads[i] = row.payload();
        }
        Tuple values = Tuple.tuple(List.of(ids, landlords, kinds, references, receivedAt, tenures, servedOn, lastDays,
                statuses, buildings, tenancies, partitions, hashes, receipts, payloads));
        return connection.preparedQuery(INSERT_ALL).execute(values).replaceWithVoid();
    }
}
