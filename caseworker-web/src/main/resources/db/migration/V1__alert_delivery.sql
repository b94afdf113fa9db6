-- caseworker-web's own database (bokvar_web) holds only the deadline-alert e-mails. One row per alert and recipient,
-- written in the same transaction as the processed-event mark (DeadlineAlertConsumer), sent after the commit by
-- SendAlertMails. No case data: the case id, the kind of deadline, near/breached and the day; the recipient is a work
-- address (the responsible caseworker's or a unit's functional mailbox). ${app_role} is the runtime role.
create table alert_delivery (
    id              uuid primary key,
    alert_id        uuid not null,
    recipient       text not null,
    recipient_kind  text not null check (recipient_kind in ('CASEWORKER', 'UNIT_MAILBOX', 'SUPERVISOR_MAILBOX')),
    case_id         uuid not null,
    deadline        text not null,
    alert           text not null check (alert in ('NEAR', 'BREACHED')),
    due_on          date not null,
    -- the same Message-ID on every attempt: a resend after a crash is the same message to the recipient's mail system
    message_id      text not null,
    created_at      timestamptz not null default now(),
    -- attempts so far; the next one not before next_attempt_at (exponential backoff); a claimed row is being sent
    -- by one replica until claimed_until (a lease: a replica that died while sending leaves it to the others)
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    claimed_until   timestamptz,
    -- the last failure's exception type (never its message: it may quote the address)
    last_error      text,
    sent_at         timestamptz,
    constraint alert_delivery_once unique (alert_id, recipient)
);
create index alert_delivery_pending on alert_delivery (next_attempt_at) where sent_at is null;

grant select, insert, update on alert_delivery to ${app_role};
