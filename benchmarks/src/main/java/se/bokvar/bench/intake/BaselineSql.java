package se.bokvar.bench.intake;

/** The baseline's tables (the intake's notice and outbox_event, same columns and indexes) and its transaction. */
final class BaselineSql {

    private BaselineSql() {
    }

    static final String SCHEMA = """
            create table if not exists bench_notice (
                id uuid primary key, landlord_id text not null, kind text not null, landlord_reference text not null,
                received_at timestamptz not null, counted_from_received_at timestamptz not null, tenure text not null,
                served_on date, recovery_period_last_day date, status text not null,
                handed_to_case_management_at timestamptz, withdrawn_at timestamptz,
                building_key text not null, tenancy_key text not null, partition_key text not null, request_hash text,
                receipt text, payload jsonb not null, version integer not null default 0,
                reference_unique boolean not null default true);
            create unique index if not exists bench_notice_reference on bench_notice (landlord_id, kind, landlord_reference) where reference_unique;
            create index if not exists bench_notice_landlord_received on bench_notice (landlord_id, received_at desc);
            create table if not exists bench_outbox (
                id uuid primary key, seq bigserial not null, topic text not null, partition_key text not null,
                event_type text not null, source text not null, subject text, occurred_at timestamptz not null,
                payload jsonb not null, trace_parent text, created_at timestamptz not null default now(),
                published_at timestamptz);
            create index if not exists bench_outbox_unpublished on bench_outbox (seq) where published_at is null;
            truncate bench_notice, bench_outbox;
            """;

    /** The notice as a SQL literal, with a space after every ':' so pgbench sees no variables in it. */
    static String payload(String json) {
        return json.replace("'", "''").replace(":", ": ");
    }

    static String transaction(String payload) {
        return "BEGIN;\n"
                + "INSERT INTO bench_notice (id, landlord_id, kind, landlord_reference, received_at, counted_from_received_at,"
                + " tenure, served_on, recovery_period_last_day, status, building_key, tenancy_key, partition_key, request_hash,"
                + " receipt, payload) VALUES (gen_random_uuid(), 'hemma-bostader', 'TERMINATION_UNPAID_RENT', gen_random_uuid()::text,"
                + " now(), now(), 'RENTAL', current_date, current_date + 21, 'RECEIVED', md5(random()::text), md5(random()::text),"
                + " md5(random()::text), md5(random()::text), '{\"noticeId\": \"x\", \"status\": \"RECEIVED\"}', '" + payload + "');\n"
                + "INSERT INTO bench_outbox (id, topic, partition_key, event_type, source, subject, occurred_at, payload)"
                + " VALUES (gen_random_uuid(), 'bokvar.intake.notices.v1', md5(random()::text),"
                + " 'se.bokvar.notice.termination-unpaid-rent.received.v1', '/bokvar/notice-intake-service', 'x', now(), '"
                + payload + "');\n"
                + "END;\n";
    }
}
