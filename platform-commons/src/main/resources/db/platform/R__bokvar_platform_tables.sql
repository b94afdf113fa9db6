-- Tables every bokvar service has (module platform-commons). A repeatable migration with idempotent DDL: it runs
-- after the service's own versioned migrations whenever this file changes. ${app_role} is the runtime role.

-- Transactional outbox: written in the same transaction as the state change, published by OutboxRelay.
create table if not exists outbox_event (
    id            uuid primary key,
    seq           bigserial not null,
    topic         text not null,
    partition_key text not null,
    event_type    text not null,
    source        text not null,
    subject       text,
    occurred_at   timestamptz not null,
    payload       jsonb not null,
    trace_parent  text,
    created_at    timestamptz not null default now(),
    published_at  timestamptz
);
create index if not exists outbox_event_unpublished on outbox_event (seq) where published_at is null;
create index if not exists outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Processed-event guard: a consumer records each event id in the same transaction as its effect.
create table if not exists processed_event (
    event_id     uuid primary key,
    event_type   text not null,
    processed_at timestamptz not null default now()
);

-- Append-only audit trail: the runtime role may insert and read, never change or delete.
create table if not exists audit_record (
    id             bigserial primary key,
    occurred_at    timestamptz not null default now(),
    actor_subject  text not null,
    actor_username text,
    actor_roles    text not null,
    actor_board    text,
    action         text not null,
    resource_type  text not null,
    resource_ids   text[] not null,
    purpose        text
);
create index if not exists audit_record_occurred_at on audit_record (occurred_at);
create index if not exists audit_record_resource_ids on audit_record using gin (resource_ids);

grant select, insert, update, delete on outbox_event to ${app_role};
grant usage, select on sequence outbox_event_seq_seq to ${app_role};
grant select, insert on processed_event to ${app_role};
revoke update, delete, truncate on audit_record from ${app_role};
grant select, insert on audit_record to ${app_role};
grant usage, select on sequence audit_record_id_seq to ${app_role};
