-- kronofogden-adapter: Kronofogden's eviction notices and updates as received, and every outbound delivery
-- (acknowledgements and postponement requests to Kronofogden, letters to tenants) with each attempt.

-- Underrättelse om avhysning, one per KFM case number (the idempotency key of delivery).
create table eviction_notice (
    id               uuid primary key,
    kfm_case_number  text not null unique,
    received_at      timestamptz not null,
    eviction_at      timestamptz not null,
    state            text not null,
    building_key     text not null,
    tenancy_key      text not null,
    -- SHA-256 of the normalised notice (without sentAt): the same notice again gets the same receipt
    content_hash     text not null,
    -- the normalised notice as received (personal data: tenants, address)
    notice           text not null,
    updated_at       timestamptz not null,
    -- when a notice still without a confirmed acknowledgement counts as not acknowledged in time (metric)
    acknowledgement_alert_at timestamptz not null
);
create index eviction_notice_alert on eviction_notice (acknowledgement_alert_at);

-- Updates to a notified case (new date, postponement granted, cancelled, carried out), idempotent on
-- Kronofogden's update id.
create table eviction_update (
    id               uuid primary key,
    kfm_case_number  text not null references eviction_notice (kfm_case_number),
    kfm_update_id    text not null,
    kind             text not null,
    eviction_at      timestamptz,
    comment          text,
    received_at      timestamptz not null,
    state_after      text not null,
    content_hash     text not null,
    unique (kfm_case_number, kfm_update_id)
);

-- One outbound message and its delivery state. Retried with backoff until the receiver confirms (2xx):
-- status PENDING -> CONFIRMED; a pending acknowledgement or letter replaced by a later naming becomes SUPERSEDED.
create table delivery (
    id                  uuid primary key,
    kind                text not null,          -- ACKNOWLEDGEMENT, TENANT_LETTER, POSTPONEMENT_REQUEST
    case_id             uuid not null,
    kfm_case_number     text not null,
    sequence            integer,                -- naming sequence (acknowledgements and letters)
    partition_key       text not null,          -- Kafka key of the events about this delivery
    payload             text not null,          -- the JSON body sent, exactly as sent each time
    status              text not null,
    attempts            integer not null default 0,
    next_attempt_at     timestamptz not null,
    lease_until         timestamptz,            -- claimed by a worker until then
    created_at          timestamptz not null,
    confirmed_at        timestamptz,
    remote_reference    text,                   -- the receiver's receipt / dispatch reference
    last_outcome        text,
    last_http_status    integer,
    -- acknowledgements: the day it is due, when supervisors are alerted if it is still not confirmed
    due_on              date,
    overdue_at          timestamptz,
    overdue_alerted_at  timestamptz,
    caseworker_user_id  text
);
create index delivery_due on delivery (next_attempt_at) where status = 'PENDING';
create index delivery_overdue on delivery (overdue_at) where status = 'PENDING' and overdue_alerted_at is null;
create index delivery_case on delivery (kfm_case_number, kind, sequence);

-- Every attempt, append-only: the proof of what was sent when, and what the receiver answered.
create table delivery_attempt (
    id            bigserial primary key,
    delivery_id   uuid not null references delivery (id),
    attempted_at  timestamptz not null,
    outcome       text not null,                -- CONFIRMED, REFUSED (non-2xx), UNREACHABLE (no answer)
    http_status   integer,
    detail        text                          -- no personal data: status line or exception type
);
create index delivery_attempt_delivery on delivery_attempt (delivery_id, attempted_at);

-- A caseworker's request for postponement (anstånd) and Kronofogden's answer.
create table postponement_request (
    id                 uuid primary key,        -- the request id from case-service
    case_id            uuid not null,
    kfm_case_number    text not null,
    grounds            text not null,
    requested_at       timestamptz not null,
    status             text not null,           -- PENDING, SENT, GRANTED, REFUSED
    answered_at        timestamptz,
    outcome            text,
    new_eviction_at    timestamptz,
    answer_comment     text,
    answer_hash        text
);

grant select, insert, update on eviction_notice, eviction_update, delivery, postponement_request to ${app_role};
grant select, insert on delivery_attempt to ${app_role};
grant usage, select on sequence delivery_attempt_id_seq to ${app_role};
