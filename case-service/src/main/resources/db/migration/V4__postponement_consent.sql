-- A postponement request tells Kronofogden about the household (issue 15 item 4): the consent it rested on is kept
-- with it, as on a disclosure step. Requests made before this check have none.
alter table postponement_request
    add column consent_id      text,
    add column consent_version integer,
    add column consent_reason  text;
