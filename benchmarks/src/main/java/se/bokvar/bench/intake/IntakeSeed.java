package se.bokvar.bench.intake;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Seeds the intake's database (bokvar_intake) with {@code n} stored notices of the benchmark's landlord
 * (hemma-bostader), straight into its tables as the superuser (server-side {@code generate_series} inserts, then
 * {@code VACUUM ANALYZE}), so that the intake's indexes (the landlord's references, its notices by time) hold a full
 * history. Reproducible ({@code setseed}); every stored notice has a landlord reference starting with
 * {@code bench-stored:}, so a rerun with the same number keeps them and another number replaces exactly them.
 *
 * <p>What a notice received long ago has in the intake:
 * <ul>
 * <li>its {@code notice} row: a termination for unpaid rent (rental), received within the last 2 years, its receipt
 * and request fingerprint, its payload in the shape of the event (TerminationNoticeReceivedV1), a served date for
 * 85 %; handed to case management (status HANDED_TO_CASE_MANAGEMENT, version 1), 3 % withdrawn afterwards
 * (WITHDRAWN, version 2);</li>
 * <li>for a withdrawn one, its {@code notice_amendment} row (WITHDRAWAL, reason DEBT_PAID);</li>
 * <li>the {@code processed_event} row of case-service's "notice registered" event, which made it handed.</li>
 * </ul>
 * No outbox rows: published rows are deleted after 7 days, and an unpublished one would be sent. No idempotency
 * records: they are kept for 30 days, and the benchmark's notices carry no Idempotency-Key.
 */
final class IntakeSeed {

    static final String MARK = "bench-stored:";
    private static final String STORED = "landlord_reference like '" + MARK + "%'";

    private IntakeSeed() {
    }

    /** Seeds {@code n} notices unless exactly that many stored ones are there; prints what it did. */
    static void prepare(Connection c, int n) throws SQLException {
        long have = existing(c);
        if (have == n) {
            System.out.printf("%,d stored intake notices are already there%n", have);
            return;
        }
        long t0 = System.nanoTime();
        if (have > 0) {
            System.out.printf("Removing %,d earlier stored intake notices ...%n", have);
            remove(c);
        }
        System.out.printf("Storing %,d notices in the intake (server-side inserts as the superuser, then VACUUM ANALYZE) ...%n", n);
        seed(c, n);
        System.out.printf("Stored the intake's notices in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    static long existing(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from notice where " + STORED)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void remove(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("delete from processed_event where event_id in (select md5('bench-stored-event:' || id)::uuid"
                    + " from notice where " + STORED + ")");
            s.execute("delete from notice_amendment where notice_id in (select id from notice where " + STORED + ")");
            s.execute("delete from notice where " + STORED);
        }
    }

    static void seed(Connection c, int n) throws SQLException {
        // one transaction: a seed that failed halfway leaves nothing a rerun would count as seeded
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select setseed(0.17)");
            s.execute("""
                    create temporary table bench_stored as
                    select i, id, received_at, (received_at at time zone 'Europe/Stockholm')::date received_on,
                        case when r_served < 0.85 then (received_at at time zone 'Europe/Stockholm')::date - (r_served * 12)::int
                            end served_on,
                        case when r_status < 0.03 then received_at + least(interval '12 days', (now() - received_at) / 2)
                            end withdrawn_at,
                        4000 + (r_rent * 9000)::int rent, 1 + mod(i, 4) months
                    from (select i, md5('bench-stored-notice:' || i)::uuid id, now() - random() * interval '730 days' received_at,
                            random() r_status, random() r_served, random() r_rent
                          from generate_series(1, %d) i) g
                    """.formatted(n));
            s.execute("""
                    insert into notice (id, landlord_id, kind, landlord_reference, received_at, served_on,
                        recovery_period_last_day, status, building_key, tenancy_key, payload, version, tenure,
                        counted_from_received_at, partition_key, handed_to_case_management_at, withdrawn_at, request_hash,
                        receipt)
                    select id, 'hemma-bostader', 'TERMINATION_UNPAID_RENT', reference, received_at, served_on, last_day,
                        case when withdrawn_at is null then 'HANDED_TO_CASE_MANAGEMENT' else 'WITHDRAWN' end,
                        building_key, tenancy_key,
                        jsonb_build_object('noticeId', id, 'landlordId', 'hemma-bostader', 'landlordReference', reference,
                            'receivedAt', to_char(received_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                            'tenure', 'RENTAL',
                            'tenants', jsonb_build_array(jsonb_build_object('personalIdentityNumber',
                                '19' || lpad((abs(hashtext('bench-stored-person:' || i)::bigint) % 10000000000)::text, 10, '0'),
                                'coordinationNumber', false, 'name', 'Testperson S' || i)),
                            'address', jsonb_build_object('street', street, 'postalCode', postal_code, 'city', 'Göteborg',
                                'flatNumber', flat),
                            'rooms', 1 + i % 5, 'areaSquareMetres', 25 + i % 100, 'leaseType', 'förstahandskontrakt',
                            'monthlyRent', rent, 'debtAmount', rent * months, 'monthsInArrears', months,
                            'servedOn', served_on, 'childrenKnown', 'UNKNOWN',
                            'contactPerson', jsonb_build_object('name', 'Bänkande Förvaltare', 'phone', '031-123 45 67',
                                'email', 'bench@hemma.example'),
                            'keys', jsonb_build_object('buildingKey', building_key, 'tenancyKey', tenancy_key)),
                        case when withdrawn_at is null then 1 else 2 end, 'RENTAL', received_at, building_key,
                        received_at + interval '3 seconds', withdrawn_at,
                        encode(sha256(convert_to('bench-stored-request:' || i, 'UTF8')), 'hex'),
                        jsonb_build_object('noticeId', id, 'kind', 'TERMINATION_UNPAID_RENT', 'receivedAt', received_at,
                            'recoveryPeriod', case when served_on is not null then jsonb_build_object(
                                'countedFrom', greatest(served_on, received_on), 'lastDay', last_day,
                                'legalBasis', 'Jordabalken 12 kap. 44 §') end,
                            'status', 'RECEIVED', 'statusUrl', '/api/v1/notices/' || id)::text
                    from (
                        select b.*, 'bench-stored:' || i reference,
                            case when served_on is not null then greatest(served_on, received_on) + 21 end last_day,
                            'Lagringsgatan ' || (i / 20 % 500 + 1) street,
                            (array['41502', '41120', '41705', '41450'])[1 + i / 20 % 4] postal_code,
                            (1000 + i % 9000)::text flat,
                            encode(sha256(convert_to('bench-stored-building:' || (i / 20), 'UTF8')), 'hex') building_key,
                            encode(sha256(convert_to('bench-stored-tenancy:' || i, 'UTF8')), 'hex') tenancy_key
                        from bench_stored b) x
                    """);
            s.execute("""
                    insert into notice_amendment (id, notice_id, action, received_at, reason, comment, receipt)
                    select md5('bench-stored-withdrawal:' || id)::uuid, id, 'WITHDRAWAL', withdrawn_at, 'DEBT_PAID', null,
                        jsonb_build_object('receiptId', md5('bench-stored-withdrawal:' || id)::uuid, 'noticeId', id,
                            'action', 'WITHDRAWAL', 'receivedAt', withdrawn_at, 'recoveryPeriod', null,
                            'status', 'WITHDRAWN', 'statusUrl', '/api/v1/notices/' || id)::text
                    from bench_stored where withdrawn_at is not null
                    """);
            s.execute("""
                    insert into processed_event (event_id, event_type, processed_at)
                    select md5('bench-stored-event:' || id)::uuid, 'se.bokvar.case.notice-registered.v1',
                        received_at + interval '3 seconds'
                    from bench_stored
                    """);
            s.execute("drop table bench_stored");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        }
        try (Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute("vacuum analyze notice");
            s.execute("vacuum analyze notice_amendment");
            s.execute("vacuum analyze processed_event");
        }
    }
}
