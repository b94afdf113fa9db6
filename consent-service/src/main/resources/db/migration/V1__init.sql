-- consent-service: the platform tables (outbox, processed events, audit) come from db/platform; the service's own
-- tables arrive with its features.
select 1;
