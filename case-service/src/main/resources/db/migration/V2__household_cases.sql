-- The full case model (docs/domain-model.md): every notice kind, history of corrections, positions, Kronofogden
-- evictions, deadlines with exactly-once alerts, the checklist, children's tasks, letters and the timeline.

-- ---------------------------------------------------------------------------------------------------------------
-- Cases
-- ---------------------------------------------------------------------------------------------------------------
alter table household_case
    add column previous_case_id          uuid references household_case (id),
    add column escalation                text not null default 'EARLY_WARNING',
    add column urgent                    boolean not null default false,
    add column children_relation         text,            -- LIVES_IN / VISITS when known from a step or notice
    add column assigned_at               timestamptz,
    add column closed_at                 timestamptz,
    add column outcome                   text,
    add column outcome_detail            text,
    add column outcome_note              text,
    add column inbox_due_at              timestamptz,     -- the most urgent open deadline (sort key of the inbox)
    add column inbox_deadline            text,            -- which deadline that is
    add column notices_without_position  integer not null default 0,
    add column has_breached_deadline     boolean not null default false,
    add column access_sequence           bigint not null default 0;

-- One open case per tenancy when the flat is known. A notice without a flat number (often Kronofogden's) is matched
-- on building + a shared tenant instead, under an advisory lock on the building key (see CaseLocator), so two
-- households in one building whose flats are unknown can both have open cases.
drop index household_case_one_open_per_tenancy;
create unique index household_case_one_open_per_tenancy on household_case (tenancy_key)
    where status <> 'CLOSED' and flat_number is not null;
create index household_case_building on household_case (building_key);

-- The inbox (docs/case-service.md): a unit's open cases by the most urgent deadline, NULLS LAST, id as tie-break.
drop index household_case_board;
create index household_case_inbox on household_case (board, inbox_due_at, id) where status <> 'CLOSED';
create index household_case_inbox_assigned on household_case (board, assigned_to, inbox_due_at, id)
    where status <> 'CLOSED';
create index household_case_inbox_children on household_case (board, inbox_due_at, id)
    where status <> 'CLOSED' and children_known = 'YES';
create index household_case_awaiting_position on household_case (board, opened_at)
    where status <> 'CLOSED' and notices_without_position > 0;
create index household_case_unrouted on household_case (opened_at) where board is null and status <> 'CLOSED';
create index household_case_status_board on household_case (board, status);

-- ---------------------------------------------------------------------------------------------------------------
-- Notices: the current version on case_notice, every version in case_notice_revision
-- ---------------------------------------------------------------------------------------------------------------
alter table case_notice
    add column tenure               text,
    add column other_source         text,                  -- TENANT, RELATIVE, OTHER_ADMINISTRATION, OTHER
    add column status               text not null default 'ACTIVE',   -- ACTIVE, WITHDRAWN
    add column withdrawn_at         timestamptz,
    add column withdrawal_reason    text,
    add column counting_received_at timestamptz,           -- the receipt the recovery period counts from
    add column revision             integer not null default 1,
    add column kfm_case_number      text,
    add column eviction_at          timestamptz,
    add column children_known       text,
    add column position             text,                  -- OPEN_PRE_ASSESSMENT, NO_ACTION; null: none yet
    add column position_reason      text,
    add column position_by          text,
    add column position_at          timestamptz,
    add column registered_by        text;
update case_notice set counting_received_at = received_at where counting_received_at is null;
create index case_notice_kfm on case_notice (kfm_case_number) where kfm_case_number is not null;

create table case_notice_revision (
    notice_id     uuid not null references case_notice (id),
    revision      integer not null,
    change        text not null,                 -- ORIGINAL, CORRECTION, SERVED_DATE, WITHDRAWAL
    change_id     uuid not null,                 -- the notice, correction, update or withdrawal id
    received_at   timestamptz not null,
    served_on     date,
    tenure        text,
    reason        text,
    payload       jsonb,
    recorded_at   timestamptz not null,
    primary key (notice_id, revision)
);
create unique index case_notice_revision_change on case_notice_revision (change_id);

alter table case_person
    add column person_key text,
    add column source     text not null default 'notice';   -- notice, register-check, caseworker
create index case_person_key on case_person (person_key);

-- Events that arrived before the notice they refer to (a correction before its original): applied when it comes.
create table parked_event (
    event_id    uuid primary key,
    awaits      text not null,                   -- the notice id or 'kfm:' + KFM case number
    event_type  text not null,
    payload     jsonb not null,
    parked_at   timestamptz not null
);
create index parked_event_awaits on parked_event (awaits);

-- ---------------------------------------------------------------------------------------------------------------
-- Kronofogden: one row per eviction case (KFM case number) on a case; who was named responsible, and when
-- ---------------------------------------------------------------------------------------------------------------
create table kfm_eviction (
    case_id            uuid not null references household_case (id),
    kfm_case_number    text not null,
    notice_id          uuid not null,
    received_at        timestamptz not null,
    due_on             date not null,               -- the Stockholm day of receipt: acknowledge that day
    cut_off_at         timestamptz not null,        -- when the duty caseworker takes over if nobody is assigned
    eviction_at        timestamptz,
    status             text not null,               -- SCHEDULED, POSTPONED, CANCELLED, CARRIED_OUT
    named_sequence     integer not null default 0,
    named_user         text,
    named_basis        text,
    named_at           timestamptz,
    ack_status         text,                        -- CONFIRMED, OVERDUE
    ack_at             timestamptz,
    ack_attempts       integer,
    primary key (case_id, kfm_case_number)
);
create index kfm_eviction_awaiting_naming on kfm_eviction (cut_off_at) where named_sequence = 0;
create index kfm_eviction_number on kfm_eviction (kfm_case_number);

-- Every naming, once: the uniqueness guard against a second replica naming the same sequence.
create table responsible_naming (
    case_id          uuid not null,
    kfm_case_number  text not null,
    sequence         integer not null,
    user_id          text not null,
    basis            text not null,
    named_at         timestamptz not null,
    primary key (case_id, kfm_case_number, sequence)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Deadlines (recomputed from the stored facts) and their alerts (each announced exactly once)
-- ---------------------------------------------------------------------------------------------------------------
create table case_deadline (
    case_id        uuid not null references household_case (id),
    kind           text not null,                 -- RECOVERY_PERIOD, PRE_ASSESSMENT, KFM_ACKNOWLEDGEMENT, EVICTION
    ref            text not null,                 -- the notice id, KFM case number or 'case'
    due_on         date not null,                 -- the legal last day (latest computation)
    due_at         timestamptz not null,          -- the instant it is breached after
    act_by         date,                          -- the earliest day ever computed (recovery period)
    state          text not null,                 -- PENDING, MET, BREACHED, NOT_APPLICABLE
    near_at        timestamptz,                   -- from when it is 'near'
    next_check_at  timestamptz,                   -- when the scan must look again (an alert may become due)
    details        jsonb,
    computed_at    timestamptz not null,
    primary key (case_id, kind, ref)
);
create index case_deadline_next_check on case_deadline (next_check_at) where next_check_at is not null;

create table deadline_alert (
    alert_id     uuid primary key,
    case_id      uuid not null references household_case (id),
    deadline     text not null,
    due_on       date not null,
    alert        text not null,                   -- NEAR, BREACHED
    detected_at  timestamptz not null,
    constraint deadline_alert_once unique (case_id, deadline, due_on, alert)
);

-- ---------------------------------------------------------------------------------------------------------------
-- The checklist, the children-and-youth unit's tasks, letters, postponements, the timeline
-- ---------------------------------------------------------------------------------------------------------------
create table case_step (
    id                 uuid primary key,
    case_id            uuid not null references household_case (id),
    kind               text not null,
    status             text not null,             -- DONE, REFUSED (consent denied: the attempt and decision are kept)
    performed_by       text not null,
    performed_at       timestamptz not null,
    recorded_by        text not null,
    recorded_at        timestamptz not null,
    notes              text,
    details            jsonb not null,
    flags              text[] not null default '{}',
    consent_decision   text,                      -- ALLOW, DENY, NOT_REQUIRED, UNAVAILABLE
    consent_reason     text,
    consent_id         text,
    consent_version    integer,
    kfm_case_number    text
);
create index case_step_case on case_step (case_id, performed_at);

create table pre_assessment_extension (
    id           uuid primary key,
    case_id      uuid not null references household_case (id),
    new_limit    date not null,
    reason       text not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null
);
create index pre_assessment_extension_case on pre_assessment_extension (case_id, recorded_at);

create table case_task (
    id          uuid primary key,
    case_id     uuid not null references household_case (id),
    board       text,
    unit        text not null,                    -- children
    kind        text not null,                    -- CHILDREN_INVOLVEMENT
    created_at  timestamptz not null,
    done_at     timestamptz,
    done_by     text
);
create unique index case_task_once on case_task (case_id, kind);
create index case_task_open on case_task (board, unit, created_at) where done_at is null;

create table case_letter (
    id                  uuid primary key,
    case_id             uuid not null references household_case (id),
    kfm_case_number     text,
    dispatched_at       timestamptz not null,
    provider_reference  text,
    html                text not null
);
create index case_letter_case on case_letter (case_id);

create table postponement_request (
    id               uuid primary key,
    case_id          uuid not null references household_case (id),
    kfm_case_number  text not null,
    grounds          text not null,
    motivation       text not null,
    requested_by     text not null,
    requested_at     timestamptz not null,
    outcome          text,                       -- SENT, GRANTED, REFUSED
    answered_at      timestamptz,
    new_eviction_at  timestamptz,
    comment          text
);
create index postponement_request_case on postponement_request (case_id);

create table case_timeline (
    seq      bigserial primary key,
    case_id  uuid not null references household_case (id),
    at       timestamptz not null,
    kind     text not null,
    summary  text not null,
    actor    text,
    ref      text,
    details  jsonb
);
create index case_timeline_case on case_timeline (case_id, at, seq);

grant select, insert, update on case_notice_revision, kfm_eviction, case_deadline, case_step, case_task,
    case_letter, postponement_request to ${app_role};
grant select, insert, update, delete on parked_event to ${app_role};
grant delete on case_deadline, case_person to ${app_role};
grant select, insert on responsible_naming, deadline_alert, case_timeline, pre_assessment_extension to ${app_role};
grant usage, select on sequence case_timeline_seq_seq to ${app_role};
