-- The desk's list of alerts and the menu's badge read the alerts of a user's addresses (their own, their unit's and
-- the supervisors' mailbox) since a moment: by lower-cased recipient, then time.
create index alert_delivery_by_recipient on alert_delivery (lower(recipient), created_at);
