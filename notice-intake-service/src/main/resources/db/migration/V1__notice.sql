-- Notices as received from landlords. The payload is the accepted notice exactly as announced to case management.
create table notice (
    id                        uuid primary key,
    landlord_id               text not null,
    kind                      text not null,
    landlord_reference        text not null,
    received_at               timestamptz not null,
    served_on                 date,
    recovery_period_last_day  date,
    status                    text not null,
    building_key              text not null,
    tenancy_key               text not null,
    payload                   jsonb not null,
    version                   integer not null default 0
);
create index notice_landlord_received on notice (landlord_id, received_at desc);

grant select, insert, update on notice to ${app_role};
