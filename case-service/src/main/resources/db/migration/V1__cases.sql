-- One case per household (see docs/domain-model.md): notices about the same tenancy attach to its open case.
create table household_case (
    id                          uuid primary key,
    board                       text,                    -- null: unrouted (no board covers the postal code)
    unit                        text not null,           -- adult (vuxenenheten); the children unit joins via children_known
    status                      text not null,
    opened_at                   timestamptz not null,
    tenancy_key                 text not null,
    building_key                text not null,
    street                      text not null,
    postal_code                 text not null,
    city                        text,
    flat_number                 text,
    children_known              text not null,
    assigned_to                 text,
    recovery_period_start       date,
    recovery_period_nominal_end date,
    recovery_period_last_day    date,
    recovery_period_provisional boolean,
    act_by_date                 date,
    version                     integer not null default 0
);
create unique index household_case_one_open_per_tenancy on household_case (tenancy_key) where status <> 'CLOSED';
create index household_case_board on household_case (board, status);

create table case_notice (
    id                 uuid primary key,                 -- the notice's own id
    case_id            uuid not null references household_case (id),
    kind               text not null,
    source             text not null,                    -- landlord, kronofogden, other
    sender_id          text,
    sender_reference   text,
    received_at        timestamptz not null,
    served_on          date,
    monthly_rent       numeric(12, 2),
    debt_amount        numeric(12, 2),
    months_in_arrears  integer,
    payload            jsonb not null,
    registered_at      timestamptz not null default now()
);
create index case_notice_case on case_notice (case_id);

create table case_person (
    case_id                  uuid not null references household_case (id),
    personal_identity_number text not null,
    coordination_number      boolean not null,
    name                     text not null,
    role                     text not null,
    primary key (case_id, personal_identity_number)
);
create index case_person_pin on case_person (personal_identity_number);

grant select, insert, update on household_case, case_notice, case_person to ${app_role};
