-- consent-service: who may work with which case (a projection of case-service's access events), and the consent
-- records (samtycke, OSL 12 kap. 2 §) with their append-only version history.

-- Projection of se.bokvar.case.access-changed.v1: the board of each case, whether children are affected, and the
-- keyed hashes of its household's personnummer. Only a newer `sequence` replaces a row. A case that is not here
-- does not exist for consent-service (fail closed).
create table case_access (
    case_id           uuid primary key,
    board             text,                 -- null while the case is unrouted
    children_affected boolean not null,
    status            text not null,
    person_keys       jsonb not null,       -- ["<hmac>", ...]
    sequence          bigint not null,
    changed_at        timestamptz,          -- the event's `at`
    updated_at        timestamptz not null default now()
);
grant select, insert, update on case_access to ${app_role};

-- One consent record (or other recorded legal ground) of one person on one case. Never changes after insert.
create table consent (
    id                       uuid primary key,
    case_id                  uuid not null,
    person_key               text not null,     -- TenancyKeys.personKey: what events and audit records carry
    personal_identity_number text not null,     -- canonical 12 digits, for the printable form
    legal_ground             text not null check (legal_ground in ('CONSENT', 'OSL_26_9C')),
    created_at               timestamptz not null,
    created_by               text not null
);
create index consent_case_person on consent (case_id, person_key);

-- Every version of every record: the full scope after the change, what changed, who, when. Append-only.
create table consent_version (
    id                    uuid primary key,
    consent_id            uuid not null references consent (id),
    version               integer not null check (version >= 1),
    change                text not null check (change in ('GIVEN', 'CHANGED', 'PARTLY_WITHDRAWN', 'WITHDRAWN')),
    scope                 jsonb not null,       -- {"parties":[{"kind","id","name"}],"purposes":[],"categories":[],...}
    changes               jsonb not null,       -- {"added":{...},"removed":{...}}: what this version changed
    form                  text check (form in ('WRITTEN', 'ORAL_DOCUMENTED')),
    given_on              date not null,        -- the day the person gave (or withdrew) consent
    valid_until           date,                 -- inclusive, Europe/Stockholm
    signed_form_reference text,
    note                  text,
    documented_by         text not null,        -- the caseworker's username
    documented_by_name    text,
    recorded_at           timestamptz not null,
    unique (consent_id, version),
    check ((version = 1) = (change = 'GIVEN'))
);

-- The runtime role appends and reads; it can neither rewrite nor delete history.
revoke update, delete, truncate on consent, consent_version from ${app_role};
grant select, insert on consent, consent_version to ${app_role};

-- Defence in depth: no role rewrites or deletes history through ordinary statements.
create function consent_history_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'consent history is append-only: % on % refused', tg_op, tg_table_name
        using errcode = '42501';
end
$$;
create trigger consent_append_only before update or delete on consent
    for each row execute function consent_history_is_append_only();
create trigger consent_version_append_only before update or delete on consent_version
    for each row execute function consent_history_is_append_only();
