-- The complete intake: every notice kind, corrections with history, served-date updates, withdrawals, delivery
-- status from case management, idempotency keys, and landlord references unique per landlord and kind.

alter table notice add column tenure text;
alter table notice add column counted_from_received_at timestamptz;
alter table notice add column partition_key text;
alter table notice add column handed_to_case_management_at timestamptz;
alter table notice add column withdrawn_at timestamptz;
alter table notice add column request_hash text;
alter table notice add column receipt text;
-- Notices received before references were unique keep their reference; only the earliest of a duplicated
-- reference takes part in the uniqueness (and in duplicate detection) from now on.
alter table notice add column reference_unique boolean not null default true;

update notice set tenure = coalesce(payload ->> 'tenure', 'RENTAL'), counted_from_received_at = received_at,
                  partition_key = building_key;
update notice n set reference_unique = false
 where exists (select 1 from notice o
                where o.landlord_id = n.landlord_id and o.kind = n.kind and o.landlord_reference = n.landlord_reference
                  and (o.received_at, o.id) < (n.received_at, n.id));
alter table notice alter column tenure set not null;
alter table notice alter column counted_from_received_at set not null;
alter table notice alter column partition_key set not null;
create unique index notice_landlord_reference on notice (landlord_id, kind, landlord_reference) where reference_unique;

create table notice_amendment (
    id                        uuid primary key,
    notice_id                 uuid not null references notice (id),
    action                    text not null,          -- CORRECTION, SERVED_DATE_UPDATE, WITHDRAWAL
    received_at               timestamptz not null,
    reason                    text,
    comment                   text,
    served_on                 date,
    recovery_period_last_day  date,
    payload                   jsonb,
    receipt                   text not null
);
create index notice_amendment_notice on notice_amendment (notice_id, received_at);

-- Idempotency-Key: the first answer to a key is kept and replayed; keys are scoped per landlord.
create table idempotency_record (
    landlord_id      text not null,
    idempotency_key  text not null,
    request_hash     text not null,
    status           integer not null,
    location         text,
    response         text not null,
    created_at       timestamptz not null default now(),
    primary key (landlord_id, idempotency_key)
);
create index idempotency_record_created on idempotency_record (created_at);

grant select, insert, update on notice_amendment to ${app_role};
grant select, insert, delete on idempotency_record to ${app_role};
